package io.opendsql.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/** Parameter types inferred from use, ParameterDescription, and binary results of the SQL engine. */
class EngineParametersTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection connect(String extra) throws SQLException {
        return server.connect(extra, "admin", server.adminToken());
    }

    @Test
    void parameterTypesComeFromHowTheyAreUsed() throws SQLException {
        try (Connection c = connect("stringtype=unspecified")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT ? + 1")) {
                assertThat(ps.getParameterMetaData().getParameterTypeName(1)).isEqualTo("int4");
                ps.setString(1, "41");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(42);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT ?::int8 * 2 AS doubled")) {
                assertThat(ps.getParameterMetaData().getParameterTypeName(1)).isEqualTo("int8");
                assertThat(ps.getMetaData().getColumnName(1)).isEqualTo("doubled");
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT ? IS NULL")) {
                ps.setString(1, "x");
                assertThatThrownBy(ps::executeQuery).isInstanceOfSatisfying(PSQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("42P18");
                    assertThat(e.getServerErrorMessage().getMessage())
                            .isEqualTo("could not determine data type of parameter $1");
                });
            }
        }
    }

    @Test
    void clientTypeHintsWin() throws SQLException {
        try (Connection c = connect(""); PreparedStatement ps = c.prepareStatement("SELECT ? || 'b'")) {
            ps.setString(1, "a"); // pgJDBC sends varchar
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ab");
            }
        }
    }

    @Test
    void binaryResultsRoundTrip() throws SQLException {
        try (Connection c = connect("prepareThreshold=1&binaryTransfer=true");
             PreparedStatement ps = c.prepareStatement(
                     "SELECT ?::numeric * 2, 1.5::float8, 'x'::text, true, 7::int2, 9000000000, DATE '2024-02-29'")) {
            for (int i = 0; i < 3; i++) {
                ps.setBigDecimal(1, new BigDecimal("1.25"));
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("2.50");
                    assertThat(rs.getDouble(2)).isEqualTo(1.5);
                    assertThat(rs.getString(3)).isEqualTo("x");
                    assertThat(rs.getBoolean(4)).isTrue();
                    assertThat(rs.getShort(5)).isEqualTo((short) 7);
                    assertThat(rs.getLong(6)).isEqualTo(9_000_000_000L);
                    assertThat(rs.getString(7)).isEqualTo("2024-02-29");
                }
            }
        }
    }
}
