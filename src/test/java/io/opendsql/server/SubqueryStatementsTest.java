package io.opendsql.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Subqueries, WITH and set-returning functions through prepared statements over pgJDBC: parameters inside
 * subqueries, results cached per execution (never across executions), and rows that stream (an endless
 * recursive union or a long series read in portions).
 */
class SubqueryStatementsTest {
    private static TestServer server;

    @BeforeAll
    static void start() throws SQLException {
        server = TestServer.start();
        try (Connection c = connect(""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE sst_a (id int PRIMARY KEY, v int)");
            s.execute("INSERT INTO sst_a SELECT g, g * 10 FROM generate_series(1, 20) g");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection connect(String extra) throws SQLException {
        return server.connect(extra, "admin", server.adminToken());
    }

    private static List<Integer> ints(ResultSet rs) throws SQLException {
        List<Integer> out = new ArrayList<>();
        while (rs.next()) {
            out.add(rs.getInt(1));
        }
        return out;
    }

    @Test
    void uncorrelatedSubqueryRunsAgainForEachExecution() throws SQLException {
        try (Connection c = connect("prepareThreshold=1");
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id FROM sst_a WHERE id IN (SELECT v / 10 FROM sst_a WHERE v > ?) AND id < 18 ORDER BY id")) {
            assertThat(ps.getParameterMetaData().getParameterTypeName(1)).isEqualTo("int4");
            for (int bound : new int[] {150, 0, 190, 150}) {
                ps.setInt(1, bound);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Integer> expected = new ArrayList<>();
                    for (int id = bound / 10 + 1; id < 18; id++) {
                        expected.add(id);
                    }
                    assertThat(ints(rs)).as("bound %d", bound).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void parameterTypesAreInferredInsideSubqueriesAndWith() throws SQLException {
        try (Connection c = connect("stringtype=unspecified")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT ? + 1), EXISTS (SELECT 1 WHERE ? > 2.5)")) {
                assertThat(ps.getParameterMetaData().getParameterTypeName(1)).isEqualTo("int4");
                assertThat(ps.getParameterMetaData().getParameterTypeName(2)).isEqualTo("numeric");
                ps.setString(1, "41");
                ps.setString(2, "3");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(42);
                    assertThat(rs.getBoolean(2)).isTrue();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < ?) SELECT n FROM r")) {
                ps.setInt(1, 4);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(ints(rs)).containsExactly(1, 2, 3, 4);
                }
                ps.setInt(1, 2);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(ints(rs)).containsExactly(1, 2);
                }
            }
        }
    }

    @Test
    void endlessRecursiveUnionStopsWhereTheReaderStops() throws SQLException {
        try (Connection c = connect(""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r LIMIT 5000")) {
            int count = 0;
            while (rs.next()) {
                count++;
                assertThat(rs.getInt(1)).isEqualTo(count);
            }
            assertThat(count).isEqualTo(5000);
        }
    }

    @Test
    void longSeriesStreamsInPortions() throws SQLException {
        try (Connection c = connect("")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery("SELECT g, g % 7 FROM generate_series(1, 2000000) g")) {
                    long sum = 0;
                    while (rs.next()) {
                        sum += rs.getLong(1);
                    }
                    assertThat(sum).isEqualTo(2_000_000L * 2_000_001L / 2);
                }
            }
            c.commit();
        }
    }

    @Test
    void correlatedSubqueriesSeeEachOuterRow() throws SQLException {
        try (Connection c = connect("prepareThreshold=1");
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id, (SELECT b.v FROM sst_a b WHERE b.id = a.id + ?) FROM sst_a a "
                             + "WHERE EXISTS (SELECT 1 FROM sst_a b WHERE b.v = a.v + 10) ORDER BY id")) {
            for (int step : new int[] {1, 3}) {
                ps.setInt(1, step);
                try (ResultSet rs = ps.executeQuery()) {
                    int expectedId = 1;
                    while (rs.next()) {
                        assertThat(rs.getInt(1)).isEqualTo(expectedId);
                        int target = expectedId + step;
                        if (target <= 20) {
                            assertThat(rs.getInt(2)).isEqualTo(target * 10);
                        } else {
                            assertThat(rs.getObject(2)).isNull();
                        }
                        expectedId++;
                    }
                    assertThat(expectedId).isEqualTo(20);
                }
            }
        }
    }
}
