package io.opendsql.txn.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.opendsql.storage.KvIterator;
import io.opendsql.storage.KvStore;
import io.opendsql.storage.MemoryKvStore;
import io.opendsql.storage.RocksKvStore;
import io.opendsql.txn.MvccOptions;
import io.opendsql.txn.MvccStore;
import io.opendsql.txn.Transaction;
import io.opendsql.txn.TransactionLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

/**
 * Point reads and 100-row scans per second on one thread over 10,000 rows, with 3 versions of each row and
 * again after garbage collection left one. Not a test; run like {@link CommitThroughput}.
 */
public final class ReadThroughput {
    private static final int ROWS = 10_000;

    private ReadThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Files.createTempDirectory("read-throughput");
        try (RocksKvStore kv = RocksKvStore.open(directory)) {
            run("rocksdb", kv);
        }
        try (MemoryKvStore kv = new MemoryKvStore()) {
            run("memory", kv);
        }
    }

    private static byte[] key(int row) {
        return String.format("row/%08d", row).getBytes(UTF_8);
    }

    private static void run(String engine, KvStore kv) {
        try (MvccStore store = MvccStore.open(kv, MvccOptions.defaults().withGcInterval(Duration.ZERO)
                .withSyncCommits(false).withLimits(TransactionLimits.NONE))) {
            for (int version = 0; version < 3; version++) {
                try (Transaction load = store.begin()) {
                    for (int row = 0; row < ROWS; row++) {
                        load.put(key(row), new byte[100]);
                    }
                    load.commit();
                }
            }
            measure(engine + " 3v", store);
            store.collectGarbage();
            measure(engine + " 1v", store);
        }
    }

    private static void measure(String label, MvccStore store) {
        {
            Random random = new Random(1);
            try (Transaction reader = store.begin()) {
                for (int round = 0; round < 2; round++) { // the first round warms up
                    long start = System.nanoTime();
                    int reads = 200_000;
                    for (int i = 0; i < reads; i++) {
                        reader.get(key(random.nextInt(ROWS)));
                    }
                    double pointSeconds = (System.nanoTime() - start) / 1e9;
                    start = System.nanoTime();
                    int scans = 5_000;
                    long rows = 0;
                    for (int i = 0; i < scans; i++) {
                        int first = random.nextInt(ROWS - 100);
                        try (KvIterator iterator = reader.scan(key(first), key(first + 100))) {
                            while (iterator.hasNext()) {
                                iterator.next();
                                rows++;
                            }
                        }
                    }
                    double scanSeconds = (System.nanoTime() - start) / 1e9;
                    if (round == 1) {
                        System.out.printf("%-12s %10.0f point reads/s %10.0f scanned rows/s%n", label,
                                reads / pointSeconds, rows / scanSeconds);
                    }
                }
            }
        }
    }
}
