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
 * The isolation anomaly catalogue (Adya's phenomena as Hermitage tests them) with DSQL's outcomes: where
 * PostgreSQL's REPEATABLE READ would block on a row lock and then abort, DSQL lets both sides run and fails
 * the later COMMIT with OC000; anomalies snapshot isolation allows (write skew, anti-dependency cycles)
 * commit. Table {@code test} starts as (1, 10), (2, 20) for every test.
 */
class IsolationAnomalyTest {
    private static TestServer server;
    private Connection setup;
    private Connection t1;
    private Connection t2;
    private Connection t3;

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
        exec(setup, "CREATE TABLE test (id int PRIMARY KEY, value int)");
        exec(setup, "INSERT INTO test VALUES (1, 10), (2, 20)");
        t1 = begin();
        t2 = begin();
        t3 = begin();
    }

    @AfterEach
    void close() throws SQLException {
        t1.close();
        t2.close();
        t3.close();
        exec(setup, "DROP TABLE test");
        setup.close();
    }

    @Test
    void g0WriteCycleIsPrevented() throws SQLException {
        exec(t1, "UPDATE test SET value = 11 WHERE id = 1");
        exec(t2, "UPDATE test SET value = 12 WHERE id = 1");
        exec(t1, "UPDATE test SET value = 21 WHERE id = 2");
        t1.commit();
        exec(t2, "UPDATE test SET value = 22 WHERE id = 2");
        assertConflict(t2);
        assertThat(values(setup, "SELECT value FROM test ORDER BY id")).containsExactly(11, 21);
    }

    @Test
    void g1aAbortedReadIsPrevented() throws SQLException {
        exec(t1, "UPDATE test SET value = 101 WHERE id = 1");
        assertThat(values(t2, "SELECT value FROM test ORDER BY id")).containsExactly(10, 20);
        t1.rollback();
        assertThat(values(t2, "SELECT value FROM test ORDER BY id")).containsExactly(10, 20);
        t2.commit();
    }

    @Test
    void g1bIntermediateReadIsPrevented() throws SQLException {
        exec(t1, "UPDATE test SET value = 101 WHERE id = 1");
        assertThat(values(t2, "SELECT value FROM test ORDER BY id")).containsExactly(10, 20);
        exec(t1, "UPDATE test SET value = 11 WHERE id = 1");
        t1.commit();
        assertThat(values(t2, "SELECT value FROM test ORDER BY id")).containsExactly(10, 20);
        t2.commit();
    }

    @Test
    void g1cCircularInformationFlowIsPrevented() throws SQLException {
        exec(t1, "UPDATE test SET value = 11 WHERE id = 1");
        exec(t2, "UPDATE test SET value = 22 WHERE id = 2");
        assertThat(values(t1, "SELECT value FROM test WHERE id = 2")).containsExactly(20);
        assertThat(values(t2, "SELECT value FROM test WHERE id = 1")).containsExactly(10);
        t1.commit();
        t2.commit();
        assertThat(values(setup, "SELECT value FROM test ORDER BY id")).containsExactly(11, 22);
    }

    @Test
    void observedTransactionVanishesIsPrevented() throws SQLException {
        exec(t1, "UPDATE test SET value = 11 WHERE id = 1");
        exec(t1, "UPDATE test SET value = 19 WHERE id = 2");
        exec(t2, "UPDATE test SET value = 12 WHERE id = 1");
        t1.commit();
        assertThat(values(t3, "SELECT value FROM test WHERE id = 1")).containsExactly(11);
        exec(t2, "UPDATE test SET value = 18 WHERE id = 2");
        assertThat(values(t3, "SELECT value FROM test WHERE id = 2")).containsExactly(19);
        assertConflict(t2);
        t3.commit();
        assertThat(values(setup, "SELECT value FROM test ORDER BY id")).containsExactly(11, 19);
    }

    @Test
    void predicateManyPrecedersIsPrevented() throws SQLException {
        assertThat(values(t1, "SELECT value FROM test WHERE value = 30")).isEmpty();
        exec(t2, "INSERT INTO test VALUES (3, 30)");
        t2.commit();
        assertThat(values(t1, "SELECT value FROM test WHERE value % 3 = 0")).isEmpty();
        t1.commit();
    }

    @Test
    void predicateManyPrecedersForWritePredicatesAborts() throws SQLException {
        exec(t1, "UPDATE test SET value = value + 10");
        exec(t2, "DELETE FROM test WHERE value = 20");
        t1.commit();
        assertConflict(t2);
        assertThat(values(setup, "SELECT value FROM test ORDER BY id")).containsExactly(20, 30);
    }

    @Test
    void lostUpdateIsPrevented() throws SQLException {
        assertThat(values(t1, "SELECT value FROM test WHERE id = 1")).containsExactly(10);
        assertThat(values(t2, "SELECT value FROM test WHERE id = 1")).containsExactly(10);
        exec(t1, "UPDATE test SET value = 11 WHERE id = 1");
        exec(t2, "UPDATE test SET value = 11 WHERE id = 1");
        t1.commit();
        assertConflict(t2);
    }

    @Test
    void readSkewIsPrevented() throws SQLException {
        assertThat(values(t1, "SELECT value FROM test WHERE id = 1")).containsExactly(10);
        assertThat(values(t2, "SELECT value FROM test ORDER BY id")).containsExactly(10, 20);
        exec(t2, "UPDATE test SET value = 12 WHERE id = 1");
        exec(t2, "UPDATE test SET value = 18 WHERE id = 2");
        t2.commit();
        assertThat(values(t1, "SELECT value FROM test WHERE id = 2")).containsExactly(20);
        t1.commit();
    }

    @Test
    void readSkewOverPredicatesIsPrevented() throws SQLException {
        assertThat(values(t1, "SELECT value FROM test WHERE value % 5 = 0 ORDER BY id")).containsExactly(10, 20);
        exec(t2, "UPDATE test SET value = 12 WHERE value = 10");
        t2.commit();
        assertThat(values(t1, "SELECT value FROM test WHERE value % 3 = 0")).isEmpty();
        t1.commit();
    }

    @Test
    void readSkewWithAWritePredicateAborts() throws SQLException {
        assertThat(values(t1, "SELECT value FROM test WHERE id = 1")).containsExactly(10);
        assertThat(values(t2, "SELECT value FROM test ORDER BY id")).containsExactly(10, 20);
        exec(t2, "UPDATE test SET value = 12 WHERE id = 1");
        exec(t2, "UPDATE test SET value = 18 WHERE id = 2");
        t2.commit();
        exec(t1, "DELETE FROM test WHERE value = 20"); // its snapshot still has (2, 20)
        assertConflict(t1);
        assertThat(values(setup, "SELECT value FROM test ORDER BY id")).containsExactly(12, 18);
    }

    @Test
    void writeSkewIsAllowed() throws SQLException {
        assertThat(values(t1, "SELECT value FROM test ORDER BY id")).containsExactly(10, 20);
        assertThat(values(t2, "SELECT value FROM test ORDER BY id")).containsExactly(10, 20);
        exec(t1, "UPDATE test SET value = 11 WHERE id = 1");
        exec(t2, "UPDATE test SET value = 21 WHERE id = 2");
        t1.commit();
        t2.commit();
        assertThat(values(setup, "SELECT value FROM test ORDER BY id")).containsExactly(11, 21);
    }

    @Test
    void antiDependencyCyclesAreAllowed() throws SQLException {
        assertThat(values(t1, "SELECT value FROM test WHERE value % 3 = 0")).isEmpty();
        assertThat(values(t2, "SELECT value FROM test WHERE value % 3 = 0")).isEmpty();
        exec(t1, "INSERT INTO test VALUES (3, 30)");
        exec(t2, "INSERT INTO test VALUES (4, 42)");
        t1.commit();
        t2.commit();
        assertThat(values(setup, "SELECT value FROM test WHERE value % 3 = 0 ORDER BY id")).containsExactly(30, 42);
    }

    @Test
    void threeTransactionAntiDependencyCycleIsAllowed() throws SQLException {
        // Fekete et al.'s read-only anomaly: SI permits it, and so does DSQL
        exec(t2, "UPDATE test SET value = value + 5 WHERE id = 2"); // T2 writes
        assertThat(values(t1, "SELECT value FROM test ORDER BY id")).containsExactly(10, 20);
        exec(t1, "UPDATE test SET value = 0 WHERE id = 1"); // T1 writes another row
        t1.commit();
        assertThat(values(t3, "SELECT value FROM test ORDER BY id")).containsExactly(0, 20);
        t3.commit();
        t2.commit();
        assertThat(values(setup, "SELECT value FROM test ORDER BY id")).containsExactly(0, 25);
    }

    private Connection begin() throws SQLException {
        Connection c = server.connectAdmin();
        c.setAutoCommit(false);
        return c;
    }

    private static void assertConflict(Connection connection) {
        assertThatThrownBy(connection::commit).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getSQLState()).isEqualTo("40001");
            assertThat(e.getMessage()).contains("change conflicts with another transaction (OC000)");
        });
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<Integer> values(Connection connection, String sql) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getInt(1));
            }
        }
        return out;
    }
}
