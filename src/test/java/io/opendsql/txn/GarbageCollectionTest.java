package io.opendsql.txn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.opendsql.storage.KeyValue;
import io.opendsql.storage.KvIterator;
import io.opendsql.storage.MemoryKvStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GarbageCollectionTest {
    private static List<String> contents(Transaction transaction) {
        List<String> result = new ArrayList<>();
        try (KvIterator iterator = transaction.scan(null, null)) {
            while (iterator.hasNext()) {
                KeyValue entry = iterator.next();
                result.add(new String(entry.key(), UTF_8) + "=" + new String(entry.value(), UTF_8));
            }
        }
        return result;
    }

    private static int versions(MvccStore store) {
        int[] count = {0};
        store.forEachVersion((key, ts, value) -> count[0]++);
        return count[0];
    }

    @Test
    void liveSnapshotsReadTheSameBeforeAndAfterCollection() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try (MemoryKvStore kv = new MemoryKvStore();
             MvccStore store = MvccStore.open(kv, MvccOptions.defaults().withGcInterval(Duration.ZERO)
                     .withSyncCommits(false))) {
            List<Transaction> readers = new ArrayList<>();
            Map<Transaction, List<String>> seen = new HashMap<>();
            for (int round = 0; round < 300; round++) {
                try (Transaction writer = store.begin()) {
                    for (int i = 0; i < 3; i++) {
                        byte[] key = ("k" + random.nextInt(20)).getBytes(UTF_8);
                        if (random.nextInt(3) == 0) {
                            writer.delete(key);
                        } else {
                            writer.put(key, ("v" + round).getBytes(UTF_8));
                        }
                    }
                    writer.commit();
                }
                if (random.nextInt(10) == 0) {
                    Transaction reader = store.begin();
                    readers.add(reader);
                    seen.put(reader, contents(reader));
                }
                if (!readers.isEmpty() && random.nextInt(15) == 0) {
                    readers.remove(random.nextInt(readers.size())).rollback();
                }
                if (random.nextInt(20) == 0) {
                    store.collectGarbage();
                    for (Transaction reader : readers) {
                        assertThat(contents(reader)).as("seed %d", seed).isEqualTo(seen.get(reader));
                    }
                }
            }
            List<String> latest;
            try (Transaction before = store.begin()) {
                latest = contents(before);
            }
            readers.forEach(Transaction::rollback);
            store.collectGarbage();
            // with no reader left, one version per live key remains and no tombstones
            assertThat(versions(store)).isEqualTo(latest.size());
            try (Transaction after = store.begin()) {
                assertThat(contents(after)).isEqualTo(latest);
            }
        }
    }

    @Test
    void backgroundCollectorRemovesOldVersions() throws InterruptedException {
        try (MemoryKvStore kv = new MemoryKvStore();
             MvccStore store = MvccStore.open(kv, MvccOptions.defaults().withGcInterval(Duration.ofMillis(20))
                     .withSyncCommits(false))) {
            for (int i = 0; i < 50; i++) {
                try (Transaction writer = store.begin()) {
                    writer.put("hot".getBytes(UTF_8), String.valueOf(i).getBytes(UTF_8), WriteKind.NON_KEY_UPDATE);
                    writer.commit();
                }
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (versions(store) > 1 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(versions(store)).isEqualTo(1);
            try (Transaction reader = store.begin()) {
                assertThat(new String(reader.get("hot".getBytes(UTF_8)), UTF_8)).isEqualTo("49");
            }
        }
    }
}
