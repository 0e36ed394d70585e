package io.opendsql.txn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.opendsql.storage.KeyValue;
import io.opendsql.storage.KvIterator;
import io.opendsql.storage.NativeResources;
import io.opendsql.storage.RocksKvStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 under load, many times over one data directory: every commit acknowledged to a client is present
 * after restart, every transaction is there whole or not at all, and timestamps keep growing across restarts.
 */
class CrashRecoveryTest {
    private static final int KILLS = 20;
    private static final int THREADS = 4;

    @TempDir
    Path directory;

    /** An acknowledged commit as the child printed it. */
    record Ack(long id, String thread, long commitTs) {
    }

    @Test
    void acknowledgedCommitsSurviveKillNineWholeAndOnce() throws Exception {
        Random random = new Random();
        Path data = directory.resolve("db");
        long highestAcknowledgedTs = 0;
        int totalAcknowledged = 0;
        for (int r = 0; r < KILLS; r++) {
            int round = r;
            Map<Long, Ack> acknowledged = new ConcurrentHashMap<>();
            Process child = start(data, (long) round * 10_000_000L);
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = Thread.ofPlatform().start(() -> readAcks(child, acknowledged, ready));
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("child started").isTrue();
            Thread.sleep(30 + random.nextInt(250));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join();
            totalAcknowledged += acknowledged.size();
            System.out.printf("round %d: killed after %d acknowledged commits%n", round, acknowledged.size());

            try (RocksKvStore kv = RocksKvStore.open(data);
                 MvccStore store = MvccStore.open(kv, MvccOptions.defaults().withGcInterval(Duration.ZERO))) {
                assertThat(store.latestTimestamp()).as("round %d: clock moved past every acknowledged commit", round)
                        .isGreaterThan(highestAcknowledgedTs);
                try (Transaction check = store.begin()) {
                    Map<Long, Integer> keysById = keysById(check);
                    keysById.forEach((id, count) -> assertThat(count)
                            .as("round %d: transaction %d is whole", round, id)
                            .isEqualTo(CrashWorkload.KEYS_PER_TRANSACTION));
                    Map<String, Long> latestByThread = new HashMap<>();
                    for (Ack ack : acknowledged.values()) {
                        assertThat(keysById).as("round %d: acknowledged %d present", round, ack.id())
                                .containsKey(ack.id());
                        latestByThread.merge(ack.thread(), ack.id(), Math::max);
                        highestAcknowledgedTs = Math.max(highestAcknowledgedTs, ack.commitTs());
                    }
                    latestByThread.forEach((thread, id) -> {
                        long stored = Long.parseLong(new String(check.get(("thread/" + thread).getBytes(UTF_8)), UTF_8));
                        assertThat(stored).as("round %d: thread %s row is at least its last ack", round, thread)
                                .isGreaterThanOrEqualTo(id);
                        assertThat(keysById).containsKey(stored);
                    });
                }
            }
            NativeResources.assertAllClosed();
        }
        assertThat(totalAcknowledged).as("the children got work done").isGreaterThan(KILLS);
    }

    private static Map<Long, Integer> keysById(Transaction transaction) {
        Map<Long, Integer> keysById = new HashMap<>();
        try (KvIterator iterator = transaction.scan("c/".getBytes(UTF_8), "c0".getBytes(UTF_8))) {
            while (iterator.hasNext()) {
                KeyValue entry = iterator.next();
                String[] parts = new String(entry.key(), UTF_8).split("/");
                long id = Long.parseLong(parts[1]);
                assertThat(new String(entry.value(), UTF_8)).isEqualTo(String.valueOf(id));
                keysById.merge(id, 1, Integer::sum);
            }
        }
        return keysById;
    }

    private static Process start(Path data, long firstId) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a quick-starting JVM: the rounds are dominated by startup
        return new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), CrashWorkload.class.getName(),
                data.toString(), String.valueOf(firstId), String.valueOf(THREADS)))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void readAcks(Process child, Map<Long, Ack> acknowledged, CountDownLatch ready) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.equals("ready")) {
                    ready.countDown();
                    continue;
                }
                String[] parts = line.split(" ");
                // a line cut off by the kill is not an acknowledgement
                if (parts.length == 4 && parts[0].equals("ack") && !parts[3].isEmpty()) {
                    try {
                        Ack ack = new Ack(Long.parseLong(parts[1]), parts[2], Long.parseLong(parts[3]));
                        acknowledged.put(ack.id(), ack);
                    } catch (NumberFormatException cutOff) {
                        // ignore
                    }
                }
            }
        } catch (IOException e) {
            // the pipe breaks when the child dies
        } finally {
            ready.countDown();
        }
    }
}
