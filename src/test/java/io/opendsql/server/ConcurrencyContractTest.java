package io.opendsql.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DSQL's concurrency contract (spec §4.1–§4.2), step by step over the wire with two or three pgJDBC
 * connections: snapshot isolation, no waits, first committer wins, and the loser's COMMIT fails with
 * {@code 40001 change conflicts with another transaction (OC000)} according to the conflict matrix.
 */
class ConcurrencyContractTest {
    private static final String OC000 = "change conflicts with another transaction (OC000)";
    private static TestServer server;
    private Connection a;
    private Connection b;
    private Connection setup;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void open() throws SQLException {
        setup = server.connectAdmin();
        exec(setup, "CREATE TABLE acct (id int PRIMARY KEY, owner text, balance int)");
        exec(setup, "INSERT INTO acct VALUES (1, 'ann', 100), (2, 'bob', 100), (3, 'cy', 100)");
        a = server.connectAdmin();
        b = server.connectAdmin();
        a.setAutoCommit(false);
        b.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        a.close();
        b.close();
        exec(setup, "DROP TABLE acct");
        setup.close();
    }

    // ---- the conflict matrix (spec §4.2): X = the later committer fails ----

    @Test
    void updatesOfTheSameRowConflict() throws SQLException {
        exec(a, "UPDATE acct SET balance = balance - 10 WHERE id = 1");
        exec(b, "UPDATE acct SET balance = balance + 10 WHERE id = 1"); // no wait: both proceed
        a.commit();
        assertConflict(b);
        assertThat(balances(setup)).containsExactly(90, 100, 100);
    }

    @Test
    void updatesOfDifferentRowsBothCommit() throws SQLException {
        exec(a, "UPDATE acct SET balance = 1 WHERE id = 1");
        exec(b, "UPDATE acct SET balance = 2 WHERE id = 2");
        a.commit();
        b.commit();
        assertThat(balances(setup)).containsExactly(1, 2, 100);
    }

    @Test
    void insertsOfTheSameKeyConflictAtCommit() throws SQLException {
        exec(a, "INSERT INTO acct VALUES (4, 'dee', 5)");
        exec(b, "INSERT INTO acct VALUES (4, 'eve', 6)"); // b's snapshot has no row 4: no 23505
        a.commit();
        assertConflict(b);
        assertThat(single(setup, "SELECT owner FROM acct WHERE id = 4")).isEqualTo("dee");
    }

    @Test
    void deleteAndUpdateOfTheSameRowConflict() throws SQLException {
        exec(a, "DELETE FROM acct WHERE id = 2");
        exec(b, "UPDATE acct SET balance = 0 WHERE id = 2");
        b.commit();
        assertConflict(a);
        assertThat(balances(setup)).containsExactly(100, 0, 100);
    }

    @Test
    void forUpdateConflictsWithAConcurrentUpdate() throws SQLException {
        assertThat(single(a, "SELECT balance FROM acct WHERE id = 1 FOR UPDATE")).isEqualTo("100");
        exec(b, "UPDATE acct SET owner = 'anne' WHERE id = 1");
        b.commit();
        exec(a, "UPDATE acct SET balance = 50 WHERE id = 3"); // writes another row
        assertConflict(a);
    }

    @Test
    void twoForUpdateReadersThatWriteDifferentRowsConflict() throws SQLException {
        single(a, "SELECT balance FROM acct WHERE id = 1 FOR UPDATE");
        single(b, "SELECT balance FROM acct WHERE id = 1 FOR UPDATE");
        exec(a, "UPDATE acct SET balance = 1 WHERE id = 2");
        exec(b, "UPDATE acct SET balance = 2 WHERE id = 3");
        a.commit();
        assertConflict(b);
        assertThat(balances(setup)).containsExactly(100, 1, 100);
    }

    @Test
    void forUpdateLocksOnlyTheRowsTheQueryReturns() throws SQLException {
        single(a, "SELECT balance FROM acct WHERE id = 1 FOR UPDATE");
        exec(b, "UPDATE acct SET balance = 7 WHERE id = 2");
        b.commit();
        exec(a, "UPDATE acct SET balance = 8 WHERE id = 1");
        a.commit();
        assertThat(balances(setup)).containsExactly(8, 7, 100);
    }

    @Test
    void keyShareConflictsOnlyWithDeletesAndKeyChanges() throws SQLException {
        single(a, "SELECT owner FROM acct WHERE id = 1 FOR KEY SHARE");
        exec(b, "UPDATE acct SET balance = 5 WHERE id = 1"); // non-key update: compatible
        b.commit();
        exec(a, "UPDATE acct SET balance = 6 WHERE id = 3");
        a.commit();

        single(a, "SELECT owner FROM acct WHERE id = 2 FOR KEY SHARE");
        exec(b, "DELETE FROM acct WHERE id = 2");
        b.commit();
        exec(a, "UPDATE acct SET balance = 9 WHERE id = 3");
        assertConflict(a);
    }

    @Test
    void keySharersDoNotConflictWithEachOther() throws SQLException {
        single(a, "SELECT owner FROM acct WHERE id = 1 FOR KEY SHARE");
        single(b, "SELECT owner FROM acct WHERE id = 1 FOR KEY SHARE");
        exec(a, "UPDATE acct SET balance = 1 WHERE id = 2");
        exec(b, "UPDATE acct SET balance = 2 WHERE id = 3");
        a.commit();
        b.commit();
    }

    @Test
    void primaryKeyChangeConflictsWithKeyShare() throws SQLException {
        single(a, "SELECT owner FROM acct WHERE id = 3 FOR KEY SHARE");
        exec(b, "UPDATE acct SET id = 30 WHERE id = 3");
        b.commit();
        exec(a, "UPDATE acct SET balance = 1 WHERE id = 1");
        assertConflict(a);
    }

    // ---- anomalies ----

    @Test
    void lostUpdateIsPrevented() throws SQLException {
        int seenByA = Integer.parseInt(single(a, "SELECT balance FROM acct WHERE id = 1"));
        int seenByB = Integer.parseInt(single(b, "SELECT balance FROM acct WHERE id = 1"));
        exec(a, "UPDATE acct SET balance = " + (seenByA + 50) + " WHERE id = 1");
        exec(b, "UPDATE acct SET balance = " + (seenByB + 25) + " WHERE id = 1");
        a.commit();
        assertConflict(b);
        assertThat(balances(setup)).first().isEqualTo(150);
    }

    @Test
    void writeSkewIsAllowedAsUnderSnapshotIsolation() throws SQLException {
        // each checks that the two balances together stay >= 100, then withdraws from a different row
        assertThat(total(a, 1, 2)).isEqualTo(200);
        assertThat(total(b, 1, 2)).isEqualTo(200);
        exec(a, "UPDATE acct SET balance = balance - 100 WHERE id = 1");
        exec(b, "UPDATE acct SET balance = balance - 100 WHERE id = 2");
        a.commit();
        b.commit();
        assertThat(balances(setup)).containsExactly(0, 0, 100);
    }

    @Test
    void readSkewIsPrevented() throws SQLException {
        assertThat(single(a, "SELECT balance FROM acct WHERE id = 1")).isEqualTo("100");
        exec(b, "UPDATE acct SET balance = balance - 40 WHERE id = 1");
        exec(b, "UPDATE acct SET balance = balance + 40 WHERE id = 2");
        b.commit();
        // a still sees its snapshot: row 2 as it was, so the total is consistent
        assertThat(single(a, "SELECT balance FROM acct WHERE id = 2")).isEqualTo("100");
        assertThat(total(a, 1, 2)).isEqualTo(200);
        a.commit(); // read-only: never OC000
        assertThat(total(setup, 1, 2)).isEqualTo(200);
    }

    @Test
    void phantomsDoNotAppearWithinASnapshot() throws SQLException {
        assertThat(ids(a, "SELECT id FROM acct WHERE balance >= 100")).containsExactly(1, 2, 3);
        exec(b, "INSERT INTO acct VALUES (5, 'fay', 500)");
        b.commit();
        assertThat(ids(a, "SELECT id FROM acct WHERE balance >= 100")).containsExactly(1, 2, 3);
        a.commit();
        assertThat(ids(a, "SELECT id FROM acct WHERE balance >= 100")).containsExactly(1, 2, 3, 5);
        a.commit();
    }

    @Test
    void aTransactionReadsItsOwnWritesAndOthersDoNot() throws SQLException {
        exec(a, "INSERT INTO acct VALUES (6, 'gus', 1)");
        exec(a, "UPDATE acct SET balance = 2 WHERE id = 6");
        assertThat(single(a, "SELECT balance FROM acct WHERE id = 6")).isEqualTo("2");
        assertThat(ids(b, "SELECT id FROM acct")).containsExactly(1, 2, 3);
        a.commit();
        assertThat(ids(b, "SELECT id FROM acct")).containsExactly(1, 2, 3); // b's snapshot predates a's commit
        b.commit();
        assertThat(ids(b, "SELECT id FROM acct")).containsExactly(1, 2, 3, 6);
        b.commit();
    }

    @Test
    void deleteThenInsertOfTheSameKeyInOneTransaction() throws SQLException {
        exec(a, "DELETE FROM acct WHERE id = 1");
        exec(a, "INSERT INTO acct VALUES (1, 'new', 7)");
        assertThat(single(a, "SELECT owner FROM acct WHERE id = 1")).isEqualTo("new");
        a.commit();
        assertThat(single(setup, "SELECT owner FROM acct WHERE id = 1")).isEqualTo("new");
    }

    @Test
    void readOnlyTransactionsNeverFailWithOc000() throws SQLException {
        single(a, "SELECT balance FROM acct WHERE id = 1");
        exec(b, "UPDATE acct SET balance = 0 WHERE id = 1");
        b.commit();
        single(a, "SELECT balance FROM acct WHERE id = 1");
        a.commit();
    }

    @Test
    void theLoserCanRetryAndSucceed() throws SQLException {
        exec(a, "UPDATE acct SET balance = balance - 10 WHERE id = 1");
        exec(b, "UPDATE acct SET balance = balance - 20 WHERE id = 1");
        a.commit();
        assertConflict(b);
        exec(b, "UPDATE acct SET balance = balance - 20 WHERE id = 1");
        b.commit();
        assertThat(balances(setup)).first().isEqualTo(70);
    }

    @Test
    void autocommitStatementsConflictToo() throws SQLException {
        exec(a, "UPDATE acct SET balance = 1 WHERE id = 1");
        try (Connection auto = server.connectAdmin()) {
            exec(auto, "UPDATE acct SET balance = 2 WHERE id = 1");
        }
        assertConflict(a);
        assertThat(balances(setup)).first().isEqualTo(2);
    }

    // ---- helpers ----

    private static void assertConflict(Connection connection) {
        assertThatThrownBy(connection::commit)
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("40001");
                    assertThat(e.getMessage()).contains(OC000);
                });
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertThat(r.next()).as("a row from %s", sql).isTrue();
            String value = r.getString(1);
            assertThat(r.next()).as("one row from %s", sql).isFalse();
            return value;
        }
    }

    private static List<Integer> ids(Connection connection, String sql) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql + " ORDER BY 1")) {
            while (r.next()) {
                out.add(r.getInt(1));
            }
        }
        return out;
    }

    private static List<Integer> balances(Connection connection) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT balance FROM acct ORDER BY id")) {
            while (r.next()) {
                out.add(r.getInt(1));
            }
        }
        return out;
    }

    private static int total(Connection connection, int first, int second) throws SQLException {
        return Integer.parseInt(single(connection, "SELECT x.balance + y.balance FROM acct x, acct y WHERE x.id = "
                + first + " AND y.id = " + second));
    }
}
