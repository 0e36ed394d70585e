package io.opendsql.txn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.storage.MemoryKvStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every cell of the conflict matrix of spec §4.2, in both commit orders, on one existing row. */
class ConflictMatrixTest {
    /** What a transaction does to the row. */
    enum Operation {
        INSERT(Category.FULL),
        DELETE(Category.FULL),
        UPDATE_KEY_COLUMNS(Category.FULL),
        SELECT_FOR_UPDATE(Category.FULL),
        UPDATE_NON_KEY_COLUMNS(Category.NON_KEY),
        SELECT_FOR_KEY_SHARE(Category.KEY_SHARE),
        PLAIN_READ(Category.NONE);

        final Category category;

        Operation(Category category) {
            this.category = category;
        }

        void apply(Transaction transaction, byte[] row) {
            switch (this) {
                case INSERT -> transaction.put(row, "inserted".getBytes(UTF_8), WriteKind.FULL);
                case DELETE -> transaction.delete(row);
                case UPDATE_KEY_COLUMNS -> transaction.put(row, "new key".getBytes(UTF_8), WriteKind.FULL);
                case SELECT_FOR_UPDATE -> transaction.lockForUpdate(row);
                case UPDATE_NON_KEY_COLUMNS -> transaction.put(row, "updated".getBytes(UTF_8), WriteKind.NON_KEY_UPDATE);
                case SELECT_FOR_KEY_SHARE -> transaction.lockForKeyShare(row);
                case PLAIN_READ -> transaction.get(row);
            }
        }
    }

    enum Category { FULL, NON_KEY, KEY_SHARE, NONE }

    /** The spec's table, written out rather than derived from {@link WriteKind}. */
    static boolean conflicts(Category first, Category second) {
        if (first == Category.NONE || second == Category.NONE) {
            return false;
        }
        if (first == Category.FULL || second == Category.FULL) {
            return true;
        }
        return first == Category.NON_KEY && second == Category.NON_KEY;
    }

    static Stream<Arguments> pairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (Operation first : Operation.values()) {
            for (Operation second : Operation.values()) {
                pairs.add(Arguments.of(first, second));
            }
        }
        return pairs.stream();
    }

    private MemoryKvStore kv;
    private MvccStore store;
    private final byte[] row = "row".getBytes(UTF_8);
    private final byte[] otherRow = "other".getBytes(UTF_8);

    @BeforeEach
    void open() {
        kv = new MemoryKvStore();
        store = MvccStore.open(kv, MvccOptions.defaults().withGcInterval(Duration.ZERO).withSyncCommits(false));
        try (Transaction setup = store.begin()) {
            setup.put(row, "original".getBytes(UTF_8));
            setup.commit();
        }
    }

    @AfterEach
    void close() {
        store.close();
        kv.close();
    }

    @ParameterizedTest(name = "{0} then {1}")
    @MethodSource("pairs")
    void laterCommitterFailsExactlyWhenTheMatrixSaysSo(Operation first, Operation second) {
        Transaction winner = store.begin();
        Transaction other = store.begin();
        first.apply(winner, row);
        second.apply(other, row);
        // the second also writes another row, so it is never read-only and a conflict must undo that too
        other.put(otherRow, "side effect".getBytes(UTF_8));
        winner.commit();
        if (conflicts(first.category, second.category)) {
            assertThatThrownBy(other::commit).isInstanceOfSatisfying(DsqlException.class, e -> {
                assertThat(e.state()).isEqualTo(SqlState.SERIALIZATION_FAILURE);
                assertThat(e.getMessage()).isEqualTo("change conflicts with another transaction (OC000)");
            });
            assertThat(other.state()).isEqualTo(Transaction.State.FAILED);
            try (Transaction check = store.begin()) {
                assertThat(check.get(otherRow)).isNull();
            }
        } else {
            other.commit();
            try (Transaction check = store.begin()) {
                assertThat(check.get(otherRow)).isNotNull();
            }
        }
    }
}
