package io.opendsql.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bank test of the storage issue's acceptance: 32 clients move money between accounts for 60 seconds
 * (system property {@code opendsql.bank.seconds}), each transfer one transaction retried on {@code 40001};
 * meanwhile readers sum every balance inside a transaction. The total never changes, and every snapshot a
 * reader takes sees the same total: no transfer is half visible and none is lost.
 */
class BankWorkloadTest {
    private static final int ACCOUNTS = 20;
    private static final int INITIAL = 1_000;
    private static final int CLIENTS = 32;
    private static final int READERS = 2;
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
    void transfersConserveMoneyAndEverySnapshotIsConsistent() throws Exception {
        try (Connection setup = server.connectAdmin(); Statement s = setup.createStatement()) {
            s.execute("CREATE TABLE bank (id int PRIMARY KEY, balance bigint NOT NULL)");
            StringBuilder insert = new StringBuilder("INSERT INTO bank VALUES ");
            for (int i = 0; i < ACCOUNTS; i++) {
                insert.append(i == 0 ? "" : ", ").append('(').append(i).append(", ").append(INITIAL).append(')');
            }
            s.execute(insert.toString());
        }
        long expected = (long) ACCOUNTS * INITIAL;
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.getLong("opendsql.bank.seconds", 60)).toNanos();
        AtomicLong committed = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong snapshots = new AtomicLong();
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection connection = server.connectAdmin()) {
                    transfer(connection, deadline, committed, conflicts);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (int r = 0; r < READERS; r++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection connection = server.connectAdmin()) {
                    connection.setAutoCommit(false);
                    while (System.nanoTime() < deadline) {
                        long total = total(connection);
                        connection.commit();
                        snapshots.incrementAndGet();
                        if (total != expected) {
                            violations.add("a snapshot saw a total of " + total);
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
        assertThat(violations).isEmpty();
        try (Connection check = server.connectAdmin()) {
            assertThat(total(check)).isEqualTo(expected);
        }
        assertThat(committed.get()).as("committed transfers").isGreaterThan(100);
        assertThat(conflicts.get()).as("transfers that hit OC000 and were retried").isGreaterThan(0);
        assertThat(snapshots.get()).isGreaterThan(10);
        System.out.printf("bank: %d transfers committed, %d conflicts retried, %d snapshots checked%n",
                committed.get(), conflicts.get(), snapshots.get());
    }

    private static void transfer(Connection connection, long deadline, AtomicLong committed, AtomicLong conflicts)
            throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement read = connection.prepareStatement("SELECT balance FROM bank WHERE id = ?");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE bank SET balance = balance + ? WHERE id = ?")) {
            while (System.nanoTime() < deadline) {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                int from = random.nextInt(ACCOUNTS);
                int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                int amount = 1 + random.nextInt(50);
                while (true) {
                    try {
                        read.setInt(1, from);
                        long balance;
                        try (ResultSet r = read.executeQuery()) {
                            r.next();
                            balance = r.getLong(1);
                        }
                        if (balance >= amount) {
                            update.setInt(1, -amount);
                            update.setInt(2, from);
                            update.executeUpdate();
                            update.setInt(1, amount);
                            update.setInt(2, to);
                            update.executeUpdate();
                        }
                        connection.commit();
                        committed.incrementAndGet();
                        break;
                    } catch (SQLException e) {
                        if (!"40001".equals(e.getSQLState())) {
                            throw e;
                        }
                        conflicts.incrementAndGet();
                        connection.rollback();
                    }
                }
            }
        }
    }

    private static long total(Connection connection) throws SQLException {
        long total = 0;
        int rows = 0;
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT balance FROM bank")) {
            while (r.next()) {
                total += r.getLong(1);
                rows++;
            }
        }
        assertThat(rows).isEqualTo(ACCOUNTS);
        return total;
    }
}
