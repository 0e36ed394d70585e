package io.opendsql.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conflict injection exercises an application's retry loop deterministically: the same seed fails the same
 * commits every run, the failures look exactly like real OC000/OC001 conflicts, and nothing of a failed
 * commit is written.
 */
@OpenDsqlTest
class ConflictInjectionTest {
    /** A typical application retry loop: returns how many attempts the transfer took. */
    private static int transferWithRetry(Connection c, int amount) throws SQLException {
        c.setAutoCommit(false);
        for (int attempt = 1; ; attempt++) {
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE inj_accounts SET balance = balance - " + amount + " WHERE id = 1");
                s.execute("UPDATE inj_accounts SET balance = balance + " + amount + " WHERE id = 2");
                c.commit();
                return attempt;
            } catch (SQLException e) {
                c.rollback();
                if (!"40001".equals(e.getSQLState()) || attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static List<Integer> run(Connection c, String spec) throws SQLException {
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("DROP TABLE IF EXISTS inj_accounts");
            s.execute("CREATE TABLE inj_accounts (id int PRIMARY KEY, balance int)");
            s.execute("INSERT INTO inj_accounts VALUES (1, 1000), (2, 0)");
            s.execute("SET opendsql.inject_conflicts = '" + spec + "'");
        }
        List<Integer> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            attempts.add(transferWithRetry(c, 10));
        }
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("SET opendsql.inject_conflicts = off");
            try (ResultSet r = s.executeQuery("SELECT balance FROM inj_accounts ORDER BY id")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(800); // every transfer applied exactly once
                r.next();
                assertThat(r.getInt(1)).isEqualTo(200);
            }
        }
        return attempts;
    }

    @Test
    void aSeededFractionFailsTheSameCommitsEveryRun(Connection c) throws SQLException {
        List<Integer> first = run(c, "OC000 0.3 42");
        List<Integer> second = run(c, "OC000 0.3 42");
        assertThat(first).isEqualTo(second);
        assertThat(first).anyMatch(attempts -> attempts > 1);
        assertThat(run(c, "OC000 0.3 7")).isNotEqualTo(first);
    }

    @Test
    void theNextCommitsFailLikeRealConflicts(Connection c, OpenDsql dsql) throws SQLException {
        List<Integer> attempts = run(c, "OC000 2");
        assertThat(attempts.get(0)).isEqualTo(3);
        assertThat(attempts.subList(1, attempts.size())).containsOnly(1);

        dsql.injectConflicts("OC001 1");
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE inj_accounts SET balance = 0 WHERE id = 1");
        }
        assertThatThrownBy(c::commit).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getSQLState()).isEqualTo("40001");
            assertThat(e.getMessage()).contains("schema has been updated by another transaction (OC001)");
        });
        c.setAutoCommit(true);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW opendsql.inject_conflicts")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("off");
        }
        dsql.injectConflicts("off");
    }

    @Test
    void badSpecsAreRefused(Connection c) {
        assertThatThrownBy(() -> c.createStatement().execute("SET opendsql.inject_conflicts = 'OC999 1'"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22023"));
    }
}
