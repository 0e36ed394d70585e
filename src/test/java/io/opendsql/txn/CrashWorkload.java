package io.opendsql.txn;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.opendsql.storage.RocksKvStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child process of {@link CrashRecoveryTest}: commits numbered transactions from several threads until
 * killed, printing {@code ack <id> <thread> <commitTs>} after each commit returns. Transaction {@code id}
 * writes {@value #KEYS_PER_TRANSACTION} keys {@code c/<id>/<n>} and sets {@code thread/<thread>} to its id.
 *
 * <p>Arguments: data directory, first id, thread count.
 */
public final class CrashWorkload {
    static final int KEYS_PER_TRANSACTION = 4;

    private CrashWorkload() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path directory = Path.of(args[0]);
        AtomicLong nextId = new AtomicLong(Long.parseLong(args[1]));
        int threadCount = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, UTF_8);
        RocksKvStore kv = RocksKvStore.open(directory);
        MvccStore store = MvccStore.open(kv, MvccOptions.defaults().withGcInterval(Duration.ofMillis(100)));
        synchronized (out) {
            out.println("ready");
            out.flush();
        }
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < threadCount; t++) {
            String thread = String.valueOf(t);
            threads.add(Thread.ofVirtual().start(() -> {
                while (true) {
                    long id = nextId.getAndIncrement();
                    long commitTs;
                    try (Transaction transaction = store.begin()) {
                        for (int n = 0; n < KEYS_PER_TRANSACTION; n++) {
                            transaction.put(("c/" + id + "/" + n).getBytes(UTF_8), String.valueOf(id).getBytes(UTF_8));
                        }
                        transaction.put(("thread/" + thread).getBytes(UTF_8), String.valueOf(id).getBytes(UTF_8),
                                WriteKind.NON_KEY_UPDATE);
                        commitTs = transaction.commit();
                    }
                    synchronized (out) {
                        out.println("ack " + id + " " + thread + " " + commitTs);
                        out.flush();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
