package io.opendsql.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;

/** The wire layer over the real {@link io.opendsql.session.DsqlSession} (bootstrap SQL engine). */
class DsqlSessionWireTest {
    @TempDir
    Path dataDir;
    TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer(dataDir, config -> config, CountingOpener.dsql());
    }

    @AfterEach
    void stop() throws InterruptedException {
        try {
            server.assertNoOpenConnections();
        } finally {
            server.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sslNegotiation=postgres", "sslNegotiation=direct"})
    void pgJdbcRunsStatements(String negotiation) throws SQLException {
        try (Connection connection = server.jdbc(negotiation); Statement statement = connection.createStatement()) {
            try (ResultSet result = statement.executeQuery("SELECT 1")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getInt(1)).isEqualTo(1);
            }
            try (ResultSet result = statement.executeQuery("SELECT version()")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("PostgreSQL 16");
            }
            assertThat(connection.getMetaData().getDatabaseProductVersion()).startsWith("16.");
        }
    }

    @Test
    void pgJdbcTransactionsAndErrors() throws SQLException {
        try (Connection connection = server.jdbc("")) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                try (ResultSet result = statement.executeQuery("SELECT 2")) {
                    assertThat(result.next()).isTrue();
                }
                assertThatThrownBy(() -> statement.execute("SELECT nonsense FROM nowhere"))
                        .isInstanceOf(PSQLException.class);
                assertThatThrownBy(() -> statement.executeQuery("SELECT 1"))
                        .isInstanceOfSatisfying(PSQLException.class,
                                e -> assertThat(e.getSQLState()).isEqualTo("25P02"));
            }
            connection.rollback();
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT 3")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getInt(1)).isEqualTo(3);
            }
            connection.commit();
        }
    }

    @Test
    void setReportsParameterStatus() throws IOException {
        try (RawClient client = server.raw()) {
            List<RawClient.Message> login = client.login("admin");
            assertThat(login).filteredOn(m -> m.type() == 'S').extracting(m -> m.text().split("\0")[0])
                    .contains("server_version", "client_encoding", "TimeZone");
            client.send(RawClient.query("SET application_name = 'wire-test'"));
            List<RawClient.Message> reply = client.readUntil('Z');
            assertThat(reply).filteredOn(m -> m.type() == 'S').extracting(RawClient.Message::text)
                    .containsExactly("application_name\0wire-test");
            client.send(RawClient.query("SHOW application_name"));
            List<RawClient.Message> show = client.readUntil('Z');
            assertThat(RawClient.types(show)).isEqualTo("TDCZ");
        }
    }

    @Test
    void syntaxErrorCarriesItsPosition() throws IOException {
        try (RawClient client = server.raw()) {
            client.login("admin");
            client.send(RawClient.query("SELECT 'unterminated"));
            List<RawClient.Message> reply = client.readUntil('Z');
            assertThat(RawClient.types(reply)).isEqualTo("EZ");
            assertThat(reply.getFirst().fields()).containsEntry('C', "42601").containsKey('P');
        }
    }

    @Test
    void warningsArriveAsNoticeResponses() throws IOException {
        try (RawClient client = server.raw()) {
            client.login("admin");
            client.send(RawClient.query("COMMIT"));
            List<RawClient.Message> reply = client.readUntil('Z');
            assertThat(RawClient.types(reply)).isEqualTo("NCZ");
            assertThat(reply.getFirst().fields()).containsEntry('S', "WARNING").containsEntry('V', "WARNING")
                    .containsEntry('C', "25P01").containsEntry('M', "there is no transaction in progress");
        }
    }

    @Test
    void extendedProtocolErrorRecoversAtSync() throws IOException {
        try (RawClient client = server.raw()) {
            client.login("admin");
            client.send(StartupTest.concat(RawClient.parse("", "SELECT nonsense FROM nowhere"), RawClient.bind("", ""),
                    RawClient.execute("", 0), RawClient.sync()));
            List<RawClient.Message> reply = client.readUntil('Z');
            assertThat(RawClient.types(reply)).isEqualTo("EZ");
            Map<Character, String> fields = reply.getFirst().fields();
            assertThat(fields).containsKeys('S', 'V', 'C', 'M', 'F', 'L', 'R');
            client.send(StartupTest.concat(RawClient.parse("", "SELECT 1"), RawClient.bind("", ""),
                    RawClient.execute("", 0), RawClient.sync()));
            assertThat(RawClient.types(client.readUntil('Z'))).isEqualTo("12DCZ");
        }
    }
}
