package io.opendsql.txn.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.opendsql.storage.KvStore;
import io.opendsql.storage.MemoryKvStore;
import io.opendsql.storage.RocksKvStore;
import io.opendsql.txn.MvccOptions;
import io.opendsql.txn.MvccStore;
import io.opendsql.txn.Transaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Commits per second with 1, 8 and 32 committing virtual threads, each transaction writing one small row,
 * against RocksDB with synced group commits (and the memory engine for comparison). Not a test: run it by hand.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java --enable-native-access=ALL-UNNAMED -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     io.opendsql.txn.bench.CommitThroughput [seconds-per-run]
 * </pre>
 */
public final class CommitThroughput {
    private CommitThroughput() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        System.out.printf("%-8s %7s %12s %12s%n", "engine", "threads", "commits/s", "per group");
        for (int threads : new int[] {1, 8, 32}) {
            Path directory = Files.createTempDirectory("commit-throughput");
            try (RocksKvStore kv = RocksKvStore.open(directory)) {
                run("rocksdb", kv, threads, seconds, true);
            } finally {
                delete(directory);
            }
        }
        for (int threads : new int[] {1, 8, 32}) {
            try (MemoryKvStore kv = new MemoryKvStore()) {
                run("memory", kv, threads, seconds, false);
            }
        }
    }

    private static void run(String engine, KvStore kv, int threadCount, double seconds, boolean sync)
            throws InterruptedException {
        try (MvccStore store = MvccStore.open(kv, MvccOptions.defaults().withSyncCommits(sync)
                .withGcInterval(Duration.ofSeconds(1)))) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong commits = new AtomicLong();
            List<Thread> threads = new ArrayList<>();
            byte[] value = new byte[100];
            for (int t = 0; t < threadCount; t++) {
                int thread = t;
                threads.add(Thread.ofVirtual().start(() -> {
                    long i = 0;
                    while (running.get()) {
                        try (Transaction transaction = store.begin()) {
                            transaction.put(("row/" + thread + "/" + i++).getBytes(UTF_8), value);
                            transaction.commit();
                        }
                        commits.incrementAndGet();
                    }
                }));
            }
            long start = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            long[] statistics = store.commitStatistics();
            System.out.printf("%-8s %7d %12.0f %12.1f%n", engine, threadCount, commits.get() / elapsed,
                    statistics[1] == 0 ? 0.0 : (double) statistics[0] / statistics[1]);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
