package io.opendsql.txn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.storage.KeyValue;
import io.opendsql.storage.KvIterator;
import io.opendsql.storage.MemoryKvStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Snapshot isolation as DSQL defines it, at the transaction API. */
class TransactionSemanticsTest {
    private MemoryKvStore kv;
    private MvccStore store;
    private final AtomicLong nanos = new AtomicLong();

    @BeforeEach
    void open() {
        kv = new MemoryKvStore();
        store = MvccStore.open(kv, MvccOptions.defaults().withGcInterval(Duration.ZERO).withSyncCommits(false)
                .withNanoTime(nanos::get));
    }

    @AfterEach
    void close() {
        store.close();
        kv.close();
    }

    static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    static String text(byte[] value) {
        return value == null ? null : new String(value, UTF_8);
    }

    static List<String> scan(Transaction transaction, String start, String end) {
        List<String> result = new ArrayList<>();
        try (KvIterator iterator = transaction.scan(start == null ? null : bytes(start), end == null ? null : bytes(end))) {
            while (iterator.hasNext()) {
                KeyValue entry = iterator.next();
                result.add(text(entry.key()) + "=" + text(entry.value()));
            }
        }
        return result;
    }

    private void commitRow(String key, String value) {
        try (Transaction transaction = store.begin()) {
            transaction.put(bytes(key), bytes(value));
            transaction.commit();
        }
    }

    @Test
    void lostUpdateIsPrevented() {
        commitRow("counter", "0");
        Transaction first = store.begin();
        Transaction second = store.begin();
        int a = Integer.parseInt(text(first.get(bytes("counter"))));
        int b = Integer.parseInt(text(second.get(bytes("counter"))));
        first.put(bytes("counter"), bytes(String.valueOf(a + 1)), WriteKind.NON_KEY_UPDATE);
        second.put(bytes("counter"), bytes(String.valueOf(b + 1)), WriteKind.NON_KEY_UPDATE);
        first.commit();
        assertThatThrownBy(second::commit).isInstanceOf(DsqlException.class);
        try (Transaction check = store.begin()) {
            assertThat(text(check.get(bytes("counter")))).isEqualTo("1");
        }
    }

    @Test
    void writeSkewIsAllowed() {
        commitRow("alice-on-call", "yes");
        commitRow("bob-on-call", "yes");
        Transaction alice = store.begin();
        Transaction bob = store.begin();
        // each checks that the other is on call, then goes off call
        assertThat(text(alice.get(bytes("bob-on-call")))).isEqualTo("yes");
        assertThat(text(bob.get(bytes("alice-on-call")))).isEqualTo("yes");
        alice.put(bytes("alice-on-call"), bytes("no"), WriteKind.NON_KEY_UPDATE);
        bob.put(bytes("bob-on-call"), bytes("no"), WriteKind.NON_KEY_UPDATE);
        alice.commit();
        bob.commit();
        try (Transaction check = store.begin()) {
            assertThat(scan(check, null, null)).containsExactly("alice-on-call=no", "bob-on-call=no");
        }
    }

    @Test
    void phantomsDoNotAppearWithinASnapshot() {
        commitRow("item/1", "a");
        Transaction reader = store.begin();
        assertThat(scan(reader, "item/", "item0")).containsExactly("item/1=a");
        commitRow("item/2", "b");
        try (Transaction deleter = store.begin()) {
            deleter.delete(bytes("item/1"));
            deleter.commit();
        }
        assertThat(scan(reader, "item/", "item0")).containsExactly("item/1=a");
        assertThat(text(reader.get(bytes("item/2")))).isNull();
        reader.commit();
        try (Transaction later = store.begin()) {
            assertThat(scan(later, "item/", "item0")).containsExactly("item/2=b");
        }
    }

    @Test
    void readYourWritesIncludingDeleteThenInsertOfOneKey() {
        commitRow("k", "committed");
        try (Transaction transaction = store.begin()) {
            transaction.delete(bytes("k"));
            assertThat(transaction.get(bytes("k"))).isNull();
            assertThat(scan(transaction, null, null)).isEmpty();
            transaction.put(bytes("k"), bytes("reinserted"));
            assertThat(text(transaction.get(bytes("k")))).isEqualTo("reinserted");
            transaction.put(bytes("j"), bytes("new"));
            assertThat(scan(transaction, null, null)).containsExactly("j=new", "k=reinserted");
            transaction.commit();
        }
        try (Transaction check = store.begin()) {
            assertThat(scan(check, null, null)).containsExactly("j=new", "k=reinserted");
        }
    }

    @Test
    void scanDoesNotSeeWritesMadeWhileItRuns() {
        commitRow("a", "1");
        commitRow("b", "1");
        try (Transaction transaction = store.begin();
             KvIterator iterator = transaction.scan(null, null)) {
            List<String> seen = new ArrayList<>();
            while (iterator.hasNext()) {
                KeyValue entry = iterator.next();
                seen.add(text(entry.key()));
                // an UPDATE that moves rows forward must not revisit them
                transaction.put(bytes(text(entry.key()) + "z"), bytes("moved"));
            }
            assertThat(seen).containsExactly("a", "b");
        }
    }

    @Test
    void scanDoesNotSeeNewValuesOfBufferedKeysWrittenWhileItRuns() {
        try (Transaction transaction = store.begin()) {
            transaction.put(bytes("a"), bytes("1"));
            transaction.put(bytes("b"), bytes("1"));
            List<String> seen = new ArrayList<>();
            try (KvIterator iterator = transaction.scan(null, null)) {
                while (iterator.hasNext()) {
                    KeyValue entry = iterator.next();
                    seen.add(text(entry.key()) + "=" + text(entry.value()));
                    transaction.put(bytes("b"), bytes("changed"));
                }
            }
            assertThat(seen).containsExactly("a=1", "b=1");
            assertThat(text(transaction.get(bytes("b")))).isEqualTo("changed");
        }
    }

    @Test
    void readOnlyTransactionsNeverConflict() {
        commitRow("k", "1");
        Transaction reader = store.begin();
        reader.get(bytes("k"));
        commitRow("k", "2");
        assertThat(reader.isReadOnly()).isTrue();
        assertThat(reader.commit()).isEqualTo(reader.snapshotTs());
        assertThat(reader.state()).isEqualTo(Transaction.State.COMMITTED);
    }

    @Test
    void commitIsVisibleToEveryTransactionThatStartsAfterIt() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 200; i++) {
                    String key = thread + "/" + i;
                    long commitTs;
                    try (Transaction writer = store.begin()) {
                        writer.put(bytes(key), bytes("v"));
                        commitTs = writer.commit();
                    }
                    try (Transaction reader = store.begin()) {
                        if (reader.snapshotTs() < commitTs || reader.get(bytes(key)) == null) {
                            failures.add(key);
                        }
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
        assertThat(store.liveTransactions()).isZero();
    }

    @Test
    void commitCheckRunsForReadOnlyTransactionsAndAbortsTheCommit() {
        try (Transaction transaction = store.begin()) {
            transaction.addCommitCheck(snapshot -> {
                throw DsqlException.of(SqlState.SERIALIZATION_FAILURE,
                        "schema has been updated by another transaction (OC001)");
            });
            assertThatThrownBy(transaction::commit).hasMessageEndingWith("(OC001)");
            assertThat(transaction.state()).isEqualTo(Transaction.State.FAILED);
        }
        try (Transaction transaction = store.begin()) {
            transaction.put(bytes("k"), bytes("v"));
            transaction.addCommitCheck(snapshot -> {
                throw DsqlException.of(SqlState.SERIALIZATION_FAILURE, "no");
            });
            assertThatThrownBy(transaction::commit).isInstanceOf(DsqlException.class);
        }
        try (Transaction check = store.begin()) {
            assertThat(check.get(bytes("k"))).isNull();
        }
    }

    @Test
    void dsqlLimitsUseDsqlMessages() {
        try (Transaction transaction = store.begin()) {
            transaction.countMutatedRows(2_999);
            transaction.countMutatedRows(1);
            assertThatThrownBy(() -> transaction.countMutatedRows(1)).isInstanceOfSatisfying(DsqlException.class, e -> {
                assertThat(e.state()).isEqualTo(SqlState.PROGRAM_LIMIT_EXCEEDED);
                assertThat(e.getMessage()).isEqualTo("transaction row limit exceeded");
            });
        }
        try (Transaction transaction = store.begin()) {
            byte[] mebibyte = new byte[1024 * 1024];
            for (int i = 0; i < 11; i++) {
                transaction.put(bytes("blob" + i), mebibyte);
            }
            assertThatThrownBy(transaction::commit).isInstanceOfSatisfying(DsqlException.class, e -> {
                assertThat(e.state()).isEqualTo(SqlState.PROGRAM_LIMIT_EXCEEDED);
                assertThat(e.getMessage()).isEqualTo("transaction size limit 10mb exceeded");
                assertThat(e.detail()).isEqualTo("Current transaction size 12mb > 10mb");
            });
        }
        try (Transaction transaction = store.begin()) {
            byte[] almost = new byte[10 * 1024 * 1024 - 10];
            transaction.put(bytes("blob"), almost);
            transaction.commit();
        }
    }

    @Test
    void ageLimitFailsStatementsAndCommitAfterThreeHundredSeconds() {
        Transaction transaction = store.begin();
        transaction.put(bytes("k"), bytes("v"));
        nanos.addAndGet(Duration.ofSeconds(299).toNanos());
        transaction.checkAge();
        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        assertThatThrownBy(transaction::checkAge).hasMessage("transaction age limit of 300s exceeded");
        assertThatThrownBy(transaction::commit).isInstanceOfSatisfying(DsqlException.class, e -> {
            assertThat(e.state()).isEqualTo(SqlState.PROGRAM_LIMIT_EXCEEDED);
            assertThat(e.detail()).isEqualTo("Current transaction age 310s exceeds 300s");
        });
        try (Transaction check = store.begin()) {
            assertThat(check.get(bytes("k"))).isNull();
        }
    }

    @Test
    void endedTransactionsRejectUseAndReleaseTheirSnapshot() {
        Transaction transaction = store.begin();
        assertThat(store.liveTransactions()).isEqualTo(1);
        transaction.rollback();
        transaction.close();
        assertThat(store.liveTransactions()).isZero();
        assertThatThrownBy(() -> transaction.get(bytes("k"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void adjudicatorMemoryIsTrimmedToLiveSnapshots() {
        for (int i = 0; i < 5000; i++) {
            commitRow("key" + i, "v");
        }
        assertThat(store.adjudicatorSize()).isLessThan(5000);
        store.collectGarbage();
        assertThat(store.adjudicatorSize()).isZero();
        // a conflict still needs remembering while a snapshot older than the commit is live
        Transaction old = store.begin();
        commitRow("key1", "changed");
        store.collectGarbage();
        old.put(bytes("key1"), bytes("mine"));
        assertThatThrownBy(old::commit).isInstanceOf(DsqlException.class);
    }

    @Test
    void aSnapshotBelowTheAdjudicatorHorizonIsTreatedAsConflicting() {
        long ancient = store.latestTimestamp() - 1;
        WriteSet writes = new WriteSet();
        writes.put(bytes("k"), bytes("v"), WriteKind.FULL);
        assertThatThrownBy(() -> store.commit(writes, ancient)).hasMessageContaining("OC000");
    }
}
