package io.opendsql.txn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendsql.storage.NativeResources;
import io.opendsql.storage.RocksKvStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartTest {
    @TempDir
    Path directory;

    @Test
    void reopenedStoreSeesEverythingAndKeepsTimestampsGrowingWhenTheWallClockIsBehind() {
        AtomicLong wall = new AtomicLong(5_000_000);
        MvccOptions options = MvccOptions.defaults().withGcInterval(Duration.ZERO).withWallMillis(wall::get);
        long lastCommit;
        long oldSnapshot;
        try (RocksKvStore kv = RocksKvStore.open(directory);
             MvccStore store = MvccStore.open(kv, options)) {
            try (Transaction transaction = store.begin()) {
                transaction.put("a".getBytes(UTF_8), "1".getBytes(UTF_8));
                transaction.delete("b".getBytes(UTF_8));
                lastCommit = transaction.commit();
            }
            oldSnapshot = store.latestTimestamp();
        }
        wall.set(1_000); // the machine's clock jumped back across the restart
        try (RocksKvStore kv = RocksKvStore.open(directory);
             MvccStore store = MvccStore.open(kv, options)) {
            assertThat(store.latestTimestamp()).isGreaterThan(lastCommit);
            try (Transaction transaction = store.begin()) {
                assertThat(new String(transaction.get("a".getBytes(UTF_8)), UTF_8)).isEqualTo("1");
                transaction.put("a".getBytes(UTF_8), "2".getBytes(UTF_8));
                assertThat(transaction.commit()).isGreaterThan(lastCommit);
            }
            // a snapshot taken before the restart cannot be adjudicated any more: conflict, never a lost update
            WriteSet stale = new WriteSet();
            stale.put("a".getBytes(UTF_8), "stale".getBytes(UTF_8), WriteKind.NON_KEY_UPDATE);
            assertThatThrownBy(() -> store.commit(stale, oldSnapshot)).hasMessageContaining("OC000");
        }
        NativeResources.assertAllClosed();
    }
}
