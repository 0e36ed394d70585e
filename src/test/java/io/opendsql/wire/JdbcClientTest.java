package io.opendsql.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;

/** pgJDBC over TLS with full certificate verification against the generated CA. */
class JdbcClientTest {
    @TempDir
    Path dataDir;
    TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer(dataDir);
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
    void queriesOverVerifiedTls(String negotiation) throws SQLException {
        try (Connection connection = server.jdbc(negotiation);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT 1")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isEqualTo(1);
            assertThat(result.getMetaData().getColumnName(1)).isEqualTo("?column?");
        }
        StartupRequest request = server.opener.requests.getFirst();
        assertThat(request.directTls()).isEqualTo(negotiation.endsWith("direct"));
        // the JDK's client sends no SNI for a host name without a dot, such as localhost
        assertThat(request.serverName()).isIn(null, "localhost");
        assertThat(request.parameters()).containsEntry("client_encoding", "UTF8");
    }

    @Test
    void preparedStatementWithParametersAndNull() throws SQLException {
        try (Connection connection = server.jdbc("prepareThreshold=1");
             PreparedStatement statement = connection.prepareStatement("SELECT $1".replace("$1", "?"))) {
            for (String value : new String[] {"a", "b", null, "d"}) {
                statement.setString(1, value);
                try (ResultSet result = statement.executeQuery()) {
                    assertThat(result.next()).isTrue();
                    assertThat(result.getString(1)).isEqualTo(value);
                }
            }
        }
    }

    @Test
    void fetchSizeUsesPortalSuspension() throws SQLException {
        try (Connection connection = server.jdbc("")) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(3);
                List<Integer> values = new ArrayList<>();
                try (ResultSet result = statement.executeQuery("SELECT generate_series(1, 10)")) {
                    while (result.next()) {
                        values.add(result.getInt(1));
                    }
                }
                assertThat(values).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            }
            connection.commit();
        }
    }

    @Test
    void errorsAreReportedAndTheConnectionRecovers() throws SQLException {
        try (Connection connection = server.jdbc("")) {
            try (Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeQuery("SELECT nonsense"))
                        .isInstanceOfSatisfying(PSQLException.class,
                                e -> assertThat(e.getSQLState()).isEqualTo("42601"));
                try (ResultSet result = statement.executeQuery("SELECT 1")) {
                    assertThat(result.next()).isTrue();
                }
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeQuery("SELECT nonsense")).isInstanceOf(PSQLException.class);
                assertThatThrownBy(() -> statement.executeQuery("SELECT 1"))
                        .isInstanceOfSatisfying(PSQLException.class,
                                e -> assertThat(e.getSQLState()).isEqualTo("25P02"));
            }
            connection.rollback();
        }
    }

    @Test
    void wrongPasswordIsAccessDenied() {
        Properties properties = new Properties();
        properties.setProperty("user", "admin");
        properties.setProperty("password", "not-the-token");
        assertThatThrownBy(() -> java.sql.DriverManager.getConnection(server.jdbcUrl(""), properties).close())
                .isInstanceOfSatisfying(PSQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("28000");
                    assertThat(e.getServerErrorMessage().getMessage())
                            .isEqualTo("unable to accept connection, access denied");
                });
    }

    @Test
    void untrustedCertificateIsRejectedByTheClient() throws Exception {
        Path otherCa = io.opendsql.tls.TlsMaterial.generated(dataDir.resolve("other"), "us-east-1", List.of())
                .caCertificateFile();
        Properties properties = new Properties();
        properties.setProperty("user", "admin");
        properties.setProperty("password", CountingOpener.PASSWORD);
        String url = "jdbc:postgresql://localhost:" + server.port() + "/postgres?sslmode=verify-full&sslrootcert="
                + otherCa.toAbsolutePath();
        assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, properties).close())
                .isInstanceOf(PSQLException.class);
        assertThat(server.opener.admitted).hasValue(0);
    }

    @Test
    void plaintextClientIsRefused() {
        Properties properties = new Properties();
        properties.setProperty("user", "admin");
        properties.setProperty("password", CountingOpener.PASSWORD);
        String url = "jdbc:postgresql://localhost:" + server.port() + "/postgres?sslmode=disable";
        assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, properties).close())
                .isInstanceOfSatisfying(PSQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("28000");
                    assertThat(e.getMessage()).contains("unable to accept connection, SSL is required");
                });
    }

    @Test
    void manyConnectionsOpenAndCloseWithoutLeaks() throws Exception {
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            connections.add(server.jdbc(i % 2 == 0 ? "" : "sslNegotiation=direct"));
        }
        assertThat(server.server.openConnections()).isEqualTo(20);
        for (Connection connection : connections) {
            connection.close();
        }
    }
}
