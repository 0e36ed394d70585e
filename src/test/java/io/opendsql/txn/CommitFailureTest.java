package io.opendsql.txn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendsql.storage.NativeResources;
import io.opendsql.storage.RocksKvStore;
import io.opendsql.storage.StorageException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitFailureTest {
    @TempDir
    Path directory;

    @Test
    void aFailedDurableWriteFailsTheCommitAndStopsLaterCommits() {
        RocksKvStore kv = RocksKvStore.open(directory);
        try (MvccStore store = MvccStore.open(kv, MvccOptions.defaults().withGcInterval(Duration.ZERO))) {
            try (Transaction ok = store.begin()) {
                ok.put("a".getBytes(UTF_8), "1".getBytes(UTF_8));
                ok.commit();
            }
            Transaction doomed = store.begin();
            doomed.put("b".getBytes(UTF_8), "2".getBytes(UTF_8));
            kv.close(); // the disk goes away underneath the store
            assertThatThrownBy(doomed::commit).isInstanceOf(StorageException.class).hasMessageContaining("closed");
            assertThat(doomed.state()).isEqualTo(Transaction.State.FAILED);
            Transaction later = store.begin();
            later.put("c".getBytes(UTF_8), "3".getBytes(UTF_8));
            assertThatThrownBy(later::commit).isInstanceOf(StorageException.class)
                    .hasMessageContaining("stopped after a write failure");
        }
        try (RocksKvStore reopened = RocksKvStore.open(directory);
             MvccStore store = MvccStore.open(reopened, MvccOptions.defaults().withGcInterval(Duration.ZERO));
             Transaction check = store.begin()) {
            assertThat(check.get("a".getBytes(UTF_8))).isNotNull();
            assertThat(check.get("b".getBytes(UTF_8))).isNull();
        }
        NativeResources.assertAllClosed();
    }
}
