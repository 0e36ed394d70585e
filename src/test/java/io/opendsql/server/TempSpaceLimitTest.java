package io.opendsql.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendsql.sql.exec.TempSpace;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * DSQL's per-operator temp space limit (spec §4.3) over the wire: hash aggregation, buffered aggregates and the
 * window operator fail with {@code 54000 query requires more than allowed temp space of … KB to execute} when
 * what they hold passes the limit, and the session goes on. The limit is lowered to 256 KB for the test with
 * the {@value TempSpace#LIMIT_PROPERTY} system property (DSQL's is 131072 KB).
 */
class TempSpaceLimitTest {
    private static final String LIMIT_ERROR = "query requires more than allowed temp space of 256 KB to execute";
    private static TestServer server;

    @BeforeAll
    static void start() throws SQLException {
        System.setProperty(TempSpace.LIMIT_PROPERTY, "256");
        server = TestServer.start();
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE tsl_rows (id int PRIMARY KEY, g int, s text)");
            StringBuilder insert = new StringBuilder("INSERT INTO tsl_rows VALUES ");
            for (int i = 0; i < 3_000; i++) {
                insert.append(i == 0 ? "" : ", ").append('(').append(i).append(", ").append(i % 10).append(", '")
                        .append(Integer.toString(i).repeat(100).substring(0, 100)).append("')");
            }
            s.execute(insert.toString());
        }
    }

    @AfterAll
    static void stop() {
        System.clearProperty(TempSpace.LIMIT_PROPERTY);
        if (server != null) {
            server.close();
        }
    }

    @Test
    void hashAggregationWithManyGroupsPassesTheLimit() throws SQLException {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            assertLimit(s, "SELECT id, count(*) FROM tsl_rows GROUP BY id");
            assertThat(rows(s, "SELECT g, count(*) FROM tsl_rows GROUP BY g")).isEqualTo(10);
            assertThat(single(s, "SELECT count(*) FROM tsl_rows")).isEqualTo("3000");
        }
    }

    @Test
    void aggregatesThatKeepTheirInputCountWhatTheyKeep() throws SQLException {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            assertLimit(s, "SELECT string_agg(s, ',') FROM tsl_rows");
            assertLimit(s, "SELECT array_agg(s) FROM tsl_rows");
            assertLimit(s, "SELECT count(DISTINCT s) FROM tsl_rows");
            assertLimit(s, "SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY s) FROM tsl_rows");
            assertThat(single(s, "SELECT length(string_agg(s, ',')) FROM tsl_rows WHERE id < 100"))
                    .isEqualTo("10099");
            assertThat(single(s, "SELECT count(DISTINCT g) FROM tsl_rows WHERE id < 1000")).isEqualTo("10");
            assertThat(single(s, "SELECT sum(id) FROM tsl_rows")).isEqualTo("4498500");
        }
    }

    @Test
    void theWindowOperatorCountsTheRowsItBuffers() throws SQLException {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            assertLimit(s, "SELECT id, row_number() OVER (ORDER BY id) FROM tsl_rows");
            assertLimit(s, "SELECT id, sum(g) OVER (PARTITION BY g) FROM tsl_rows");
            assertThat(rows(s, "SELECT id, row_number() OVER (ORDER BY id) FROM tsl_rows WHERE id < 200"))
                    .isEqualTo(200);
        }
    }

    @Test
    void theLimitFailsTheStatementNotTheTransaction() throws SQLException {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            assertLimit(s, "SELECT id, count(*) FROM tsl_rows GROUP BY id");
            assertThatThrownBy(() -> s.executeQuery("SELECT 1")).isInstanceOfSatisfying(PSQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("25P02"));
            c.rollback();
            c.setAutoCommit(true);
            assertThat(single(s, "SELECT max(id) FROM tsl_rows")).isEqualTo("2999");
        }
    }

    private static void assertLimit(Statement s, String sql) {
        assertThatThrownBy(() -> {
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }).as(sql).isInstanceOfSatisfying(PSQLException.class, e -> {
            assertThat(e.getSQLState()).isEqualTo("54000");
            assertThat(e.getServerErrorMessage().getMessage()).isEqualTo(LIMIT_ERROR);
        });
    }

    private static int rows(Statement s, String sql) throws SQLException {
        int n = 0;
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                n++;
            }
        }
        return n;
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
