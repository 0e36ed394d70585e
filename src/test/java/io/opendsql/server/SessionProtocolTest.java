package io.opendsql.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;

/** The session seam over the real wire: what a connection can do before the SQL front end lands. */
class SessionProtocolTest {
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
    void selectOneSimpleAndExtendedInTextAndBinary() throws SQLException {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getMetaData().getColumnName(1)).isEqualTo("?column?");
                assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("int4");
                assertThat(rs.next()).isFalse();
            }
        }
        // prepareThreshold=1 makes pgJDBC switch to a named server statement and binary results
        try (Connection c = server.connect("prepareThreshold=1&binaryTransfer=true", "admin", server.adminToken());
             PreparedStatement ps = c.prepareStatement("SELECT 42 AS answer")) {
            for (int i = 0; i < 5; i++) {
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt("answer")).isEqualTo(42);
                }
            }
        }
    }

    @Test
    void versionIsWhatDsqlAnswers() throws SQLException {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("version")).isEqualTo("PostgreSQL 16");
            assertThat(c.getMetaData().getDatabaseMajorVersion()).isEqualTo(16);
        }
    }

    @Test
    void showSetResetAndParameterStatus() throws SQLException {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            // pgJDBC sends the JVM's zone in the startup packet; RESET returns to it, as in PostgreSQL
            String startupZone = pg.getParameterStatus("TimeZone");
            assertThat(startupZone).isEqualTo(java.util.TimeZone.getDefault().getID());
            assertThat(pg.getParameterStatus("server_encoding")).isEqualTo("UTF8");
            assertThat(pg.getParameterStatus("session_authorization")).isEqualTo("admin");
            assertThat(single(s, "SHOW transaction_isolation")).isEqualTo("repeatable read");
            assertThat(single(s, "SHOW TRANSACTION ISOLATION LEVEL")).isEqualTo("repeatable read");
            s.execute("SET TimeZone = 'America/New_York'");
            assertThat(pg.getParameterStatus("TimeZone")).isEqualTo("America/New_York");
            try (ResultSet rs = s.executeQuery("SHOW timezone")) {
                assertThat(rs.getMetaData().getColumnName(1)).isEqualTo("TimeZone");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("America/New_York");
            }
            s.execute("RESET TimeZone");
            assertThat(pg.getParameterStatus("TimeZone")).isEqualTo(startupZone);
            s.execute("SET application_name TO 'billing'");
            assertThat(single(s, "SHOW application_name")).isEqualTo("billing");
            s.execute("RESET ALL");
            assertThat(single(s, "SHOW application_name")).isEmpty();
            assertError(s, "SHOW no_such_setting", "42704", "unrecognized configuration parameter \"no_such_setting\"");
            assertError(s, "SET server_version = '17'", "55P02", null);
        }
    }

    @Test
    void transactionBlocksFailAndRecoverAsPostgres() throws SQLException {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            String zone = single(s, "SHOW TimeZone");
            s.execute("BEGIN");
            s.execute("SET LOCAL TimeZone = 'Europe/Paris'");
            assertThat(single(s, "SHOW TimeZone")).isEqualTo("Europe/Paris");
            assertError(s, "SELECT nonsense FROM nowhere", "42P01", "relation \"nowhere\" does not exist");
            assertError(s, "SELECT 1", "25P02",
                    "current transaction is aborted, commands ignored until end of transaction block");
            s.execute("COMMIT"); // a failed block's COMMIT answers ROLLBACK
            assertThat(single(s, "SHOW TimeZone")).isEqualTo(zone);
            s.execute("BEGIN");
            s.execute("SET TimeZone = 'Asia/Tokyo'");
            s.execute("ROLLBACK"); // SET inside a rolled-back block is undone
            assertThat(single(s, "SHOW TimeZone")).isEqualTo(zone);
            s.execute("COMMIT");
            SQLWarning warning = s.getWarnings();
            assertThat(warning == null ? null : warning.getMessage()).contains("there is no transaction in progress");
        }
    }

    @Test
    void nowIsTheTransactionStartAndStatementTimestampIsNot() throws Exception {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            s.execute("BEGIN");
            String first = single(s, "SELECT now()");
            String firstStatement = single(s, "SELECT statement_timestamp()");
            Thread.sleep(20);
            assertThat(single(s, "SELECT now()")).isEqualTo(first);
            assertThat(single(s, "SELECT current_timestamp")).isEqualTo(first);
            assertThat(single(s, "SELECT statement_timestamp()")).isNotEqualTo(firstStatement);
            s.execute("COMMIT");
            Thread.sleep(20);
            assertThat(single(s, "SELECT now()")).isNotEqualTo(first);
        }
    }

    @Test
    void jdbcTransactionsUseBeginAndCommit() throws SQLException {
        try (Connection c = server.connectAdmin()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 7")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(7);
            }
            c.commit();
            c.rollback();
        }
    }

    @Test
    void isolationLevelsOtherThanRepeatableReadAreRefused() throws SQLException {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            s.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            s.execute("COMMIT");
            assertError(s, "BEGIN ISOLATION LEVEL SERIALIZABLE", "0A000", "unsupported isolation level: serializable");
            assertError(s, "START TRANSACTION ISOLATION LEVEL READ COMMITTED", "0A000",
                    "unsupported isolation level: read committed");
        }
    }

    @Test
    void anythingElseIsRefusedWithoutAnInventedAnswer() throws SQLException {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            assertError(s, "SELECT 1 + true", "42883", "operator does not exist: integer + boolean");
            assertError(s, "CREATE VIEW v AS SELECT 1", "0A000", "OpenDSQL cannot run this statement yet");
            assertError(s, "SELECT 1 AS 2", "42601", "syntax error at or near \"2\"");
            assertError(s, "SHOW", "42601", "syntax error at end of input");
        }
    }

    @Test
    void severalStatementsInOneQueryAreOneImplicitTransaction() throws SQLException {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            s.execute("SET application_name = 'kept'; SET extra_float_digits = 2");
            assertThat(single(s, "SHOW application_name")).isEqualTo("kept");
            assertThatThrownBy(() -> s.execute("SET application_name = 'a'; SELECT nope; SET application_name = 'b'"))
                    .isInstanceOf(PSQLException.class);
            // the error rolled the implicit transaction back, SET included, as PostgreSQL does
            assertThat(single(s, "SHOW application_name")).isEqualTo("kept");
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static void assertError(Statement s, String sql, String sqlState, String message) {
        assertThatThrownBy(() -> s.execute(sql))
                .isInstanceOfSatisfying(PSQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo(sqlState);
                    if (message != null) {
                        assertThat(e.getServerErrorMessage().getMessage()).isEqualTo(message);
                    }
                });
    }
}
