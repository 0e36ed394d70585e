package io.opendsql.txn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.storage.KeyValue;
import io.opendsql.storage.KvIterator;
import io.opendsql.storage.NativeResources;
import io.opendsql.storage.RocksKvStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many clients move money between accounts with retries; every snapshot always sums to the same total. */
class BankTransferTest {
    private static final int ACCOUNTS = 10;
    private static final int INITIAL = 1000;

    @TempDir
    Path directory;

    private static byte[] account(int number) {
        return ("account/" + number).getBytes(UTF_8);
    }

    private static long total(Transaction transaction) {
        long sum = 0;
        int count = 0;
        try (KvIterator iterator = transaction.scan("account/".getBytes(UTF_8), "account0".getBytes(UTF_8))) {
            while (iterator.hasNext()) {
                KeyValue entry = iterator.next();
                sum += Long.parseLong(new String(entry.value(), UTF_8));
                count++;
            }
        }
        assertThat(count).isEqualTo(ACCOUNTS);
        return sum;
    }

    @Test
    void totalIsInvariantUnderConcurrentTransfers() throws InterruptedException {
        try (RocksKvStore kv = RocksKvStore.open(directory);
             MvccStore store = MvccStore.open(kv, MvccOptions.defaults().withGcInterval(Duration.ofMillis(50)))) {
            try (Transaction setup = store.begin()) {
                for (int i = 0; i < ACCOUNTS; i++) {
                    setup.put(account(i), String.valueOf(INITIAL).getBytes(UTF_8));
                }
                setup.commit();
            }
            AtomicInteger conflicts = new AtomicInteger();
            AtomicInteger transfers = new AtomicInteger();
            List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                long seed = c;
                clients.add(Thread.ofVirtual().start(() -> {
                    Random random = new Random(seed);
                    for (int n = 0; n < 100; n++) {
                        int from = random.nextInt(ACCOUNTS);
                        int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                        int amount = random.nextInt(50);
                        while (true) {
                            try (Transaction transfer = store.begin()) {
                                long fromBalance = Long.parseLong(new String(transfer.get(account(from)), UTF_8));
                                long toBalance = Long.parseLong(new String(transfer.get(account(to)), UTF_8));
                                transfer.put(account(from), String.valueOf(fromBalance - amount).getBytes(UTF_8),
                                        WriteKind.NON_KEY_UPDATE);
                                transfer.put(account(to), String.valueOf(toBalance + amount).getBytes(UTF_8),
                                        WriteKind.NON_KEY_UPDATE);
                                transfer.commit();
                                transfers.incrementAndGet();
                                break;
                            } catch (DsqlException e) {
                                if (e.state() != SqlState.SERIALIZATION_FAILURE) {
                                    throw e;
                                }
                                conflicts.incrementAndGet();
                            }
                        }
                        if (n % 10 == 0) {
                            try (Transaction audit = store.begin()) {
                                long total = total(audit);
                                if (total != (long) ACCOUNTS * INITIAL) {
                                    failures.add("total " + total + " at " + audit.snapshotTs());
                                }
                            }
                        }
                    }
                }));
            }
            for (Thread client : clients) {
                client.join();
            }
            assertThat(failures).isEmpty();
            assertThat(transfers.get()).isEqualTo(8 * 100);
            assertThat(conflicts.get()).as("contention happened").isPositive();
            try (Transaction audit = store.begin()) {
                assertThat(total(audit)).isEqualTo((long) ACCOUNTS * INITIAL);
            }
        }
        NativeResources.assertAllClosed();
    }
}
