package io.opendsql.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocksKvStoreTest extends KvStoreContract {
    @TempDir
    Path directory;

    @Override
    protected KvStore openStore() {
        return RocksKvStore.open(directory.resolve("db"));
    }

    @AfterEach
    void nothingLeaks() {
        store.close();
        NativeResources.assertAllClosed();
    }

    @Test
    void dataSurvivesReopen() {
        store.put(bytes("kept"), bytes("yes"), true);
        store.put(bytes("unsynced"), bytes("also"), false);
        store.close();
        store = openStore();
        assertThat(text(store.get(bytes("kept")))).isEqualTo("yes");
        assertThat(text(store.get(bytes("unsynced")))).isEqualTo("also");
    }

    @Test
    void closingTheStoreClosesForgottenIterators() {
        store.put(bytes("a"), bytes("1"), false);
        KvIterator forgotten = store.scan(null, null);
        assertThat(NativeResources.openResources()).hasSize(2);
        store.close();
        assertThat(forgotten.hasNext()).isFalse();
        forgotten.close();
        NativeResources.assertAllClosed();
    }

    @Test
    void leakCheckReportsAnOpenIterator() {
        KvIterator iterator = store.scan(null, null);
        assertThatThrownBy(NativeResources::assertAllClosed).hasMessageContaining("iterator of");
        iterator.close();
    }

    @Test
    void iteratorSeesAConsistentViewWhileWritesContinue() {
        store.put(bytes("a"), bytes("1"), false);
        store.put(bytes("b"), bytes("1"), false);
        try (KvIterator iterator = store.scan(null, null)) {
            store.put(bytes("c"), bytes("1"), false);
            store.delete(bytes("b"), false);
            assertThat(iterator.next().key()).isEqualTo(bytes("a"));
            assertThat(iterator.next().key()).isEqualTo(bytes("b"));
            assertThat(iterator.hasNext()).isFalse();
        }
    }

    @Test
    void openFailureNamesTheDirectory() {
        store.close();
        KvStore first = openStore();
        try {
            // RocksDB holds a LOCK file: a second open of the same directory fails
            assertThatThrownBy(this::openStore).isInstanceOf(StorageException.class)
                    .hasMessageContaining(directory.resolve("db").toString());
        } finally {
            first.close();
        }
    }
}
