package io.opendsql.txn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.opendsql.common.DsqlException;
import io.opendsql.storage.KeyValue;
import io.opendsql.storage.KvIterator;
import io.opendsql.storage.KvStore;
import io.opendsql.storage.MemoryKvStore;
import io.opendsql.storage.NativeResources;
import io.opendsql.storage.RocksKvStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers replace or delete a whole group of keys per transaction while readers scan and garbage collection
 * runs constantly: every scan must see each group whole (all keys, one value) or not at all.
 */
class ConcurrentSnapshotTest {
    private static final int GROUPS = 5;
    private static final int KEYS_PER_GROUP = 6;

    @TempDir
    Path directory;

    @Test
    void memoryEngine() throws InterruptedException {
        try (MemoryKvStore kv = new MemoryKvStore()) {
            run(kv);
        }
    }

    @Test
    void rocksEngine() throws InterruptedException {
        try (RocksKvStore kv = RocksKvStore.open(directory)) {
            run(kv);
        }
        NativeResources.assertAllClosed();
    }

    private static byte[] key(int group, int index) {
        return ("g" + group + "/" + index).getBytes(UTF_8);
    }

    private void run(KvStore kv) throws InterruptedException {
        try (MvccStore store = MvccStore.open(kv, MvccOptions.defaults().withGcInterval(Duration.ofMillis(5))
                .withSyncCommits(false))) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger scans = new AtomicInteger();
            AtomicInteger commits = new AtomicInteger();
            AtomicInteger conflicts = new AtomicInteger();
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                long seed = w;
                threads.add(Thread.ofPlatform().start(() -> {
                    Random random = new Random(seed);
                    int version = 0;
                    while (running.get()) {
                        int group = random.nextInt(GROUPS);
                        try (Transaction writer = store.begin()) {
                            boolean delete = random.nextInt(4) == 0;
                            String value = seed + "." + version++;
                            for (int i = 0; i < KEYS_PER_GROUP; i++) {
                                if (delete) {
                                    writer.delete(key(group, i));
                                } else {
                                    writer.put(key(group, i), value.getBytes(UTF_8), WriteKind.NON_KEY_UPDATE);
                                }
                            }
                            writer.commit();
                            commits.incrementAndGet();
                        } catch (DsqlException conflict) {
                            conflicts.incrementAndGet(); // another writer won this group
                        }
                    }
                }));
            }
            for (int r = 0; r < 2; r++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    while (running.get()) {
                        try (Transaction reader = store.begin()) {
                            for (int pass = 0; pass < 2; pass++) {
                                String seen = check(reader);
                                if (seen != null) {
                                    failures.add(seen);
                                }
                            }
                        }
                        scans.incrementAndGet();
                    }
                }));
            }
            Thread.sleep(1500);
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
            System.out.printf("%s: %d commits, %d scans, %d conflicts%n", kv.name(), commits.get(), scans.get(),
                    conflicts.get());
            assertThat(failures).isEmpty();
            assertThat(commits.get()).isGreaterThan(50);
            assertThat(scans.get()).isGreaterThan(50);
        }
    }

    /** Null when every group is whole or absent, else a description of what was wrong. */
    private static String check(Transaction reader) {
        List<Set<String>> values = new ArrayList<>();
        int[] counts = new int[GROUPS];
        for (int g = 0; g < GROUPS; g++) {
            values.add(new HashSet<>());
        }
        try (KvIterator iterator = reader.scan(null, null)) {
            while (iterator.hasNext()) {
                KeyValue entry = iterator.next();
                int group = Integer.parseInt(new String(entry.key(), UTF_8).substring(1, 2));
                counts[group]++;
                values.get(group).add(new String(entry.value(), UTF_8));
            }
        }
        for (int g = 0; g < GROUPS; g++) {
            if ((counts[g] != 0 && counts[g] != KEYS_PER_GROUP) || values.get(g).size() > 1) {
                return "group " + g + " at " + reader.snapshotTs() + ": " + counts[g] + " keys, values " + values.get(g);
            }
        }
        return null;
    }
}
