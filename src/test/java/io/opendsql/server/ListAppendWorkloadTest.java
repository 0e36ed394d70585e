package io.opendsql.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendsql.history.HistoryFile;
import io.opendsql.history.ListAppendChecker;
import io.opendsql.history.Operation;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Elle-style list-append workload over the wire: 16 clients run random transactions of appends and reads on
 * a few hot keys (each key a row whose text column is its list); every transaction's outcome is recorded and
 * the history is checked for the anomalies snapshot isolation forbids. The history is written to
 * {@code target/list-append-history.jsonl} for {@code opendsql check-history}.
 */
class ListAppendWorkloadTest {
    private static final int KEYS = 6;
    private static final int CLIENTS = 16;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void historiesUnderContentionHaveNoForbiddenAnomaly() throws Exception {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE la (k int PRIMARY KEY, vals text NOT NULL)");
            for (int k = 0; k < KEYS; k++) {
                s.execute("INSERT INTO la VALUES (" + k + ", '')");
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.getLong("opendsql.listappend.seconds", 10)).toNanos();
        AtomicLong[] nextValue = new AtomicLong[KEYS];
        for (int k = 0; k < KEYS; k++) {
            nextValue[k] = new AtomicLong();
        }
        ConcurrentLinkedQueue<Operation> history = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> clients = new ArrayList<>();
        for (int p = 0; p < CLIENTS; p++) {
            int process = p;
            clients.add(Thread.ofPlatform().start(() -> {
                try (Connection c = server.connectAdmin()) {
                    run(c, process, deadline, nextValue, history);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread client : clients) {
            client.join();
        }
        assertThat(failures).isEmpty();
        List<Operation> ops = new ArrayList<>(history);
        Path file = Path.of("target", "list-append-history.jsonl");
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file)) {
            HistoryFile.write(ops, out);
        }
        ListAppendChecker.Result result = ListAppendChecker.check(HistoryFile.read(file));
        long committed = ops.stream().filter(o -> o.outcome() == Operation.Outcome.OK).count();
        long aborted = ops.stream().filter(o -> o.outcome() == Operation.Outcome.FAIL).count();
        System.out.printf("list-append: %d transactions, %d committed, %d aborted, %d G2 cycles%n", ops.size(),
                committed, aborted, result.allowedG2Cycles());
        assertThat(result.anomalies()).isEmpty();
        assertThat(committed).isGreaterThan(50);
        assertThat(aborted).as("contention produced conflicts").isPositive();
    }

    private static void run(Connection c, int process, long deadline, AtomicLong[] nextValue,
                            ConcurrentLinkedQueue<Operation> history) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement append = c.prepareStatement("UPDATE la SET vals = vals || ' ' || ? WHERE k = ?");
             PreparedStatement read = c.prepareStatement("SELECT vals FROM la WHERE k = ?")) {
            while (System.nanoTime() < deadline) {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                int size = 1 + random.nextInt(4);
                List<Operation.Micro> done = new ArrayList<>();
                long invoked = System.nanoTime();
                Operation.Outcome outcome;
                try {
                    for (int i = 0; i < size; i++) {
                        int key = random.nextInt(KEYS);
                        if (random.nextBoolean()) {
                            long value = nextValue[key].incrementAndGet();
                            append.setString(1, Long.toString(value));
                            append.setInt(2, key);
                            append.executeUpdate();
                            done.add(Operation.Micro.append(key, value));
                        } else {
                            read.setInt(1, key);
                            try (ResultSet r = read.executeQuery()) {
                                r.next();
                                done.add(Operation.Micro.read(key, parse(r.getString(1))));
                            }
                        }
                    }
                    c.commit();
                    outcome = Operation.Outcome.OK;
                } catch (SQLException e) {
                    if (!"40001".equals(e.getSQLState())) {
                        throw e;
                    }
                    c.rollback();
                    outcome = Operation.Outcome.FAIL;
                }
                history.add(new Operation(process, outcome, done, invoked, System.nanoTime()));
            }
        }
    }

    private static List<Long> parse(String vals) {
        String trimmed = vals.trim();
        return trimmed.isEmpty() ? List.of() : Arrays.stream(trimmed.split(" ")).map(Long::parseLong).toList();
    }
}
