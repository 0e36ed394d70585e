package io.opendsql.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * DSQL's connection quotas (spec §1.6) with tiny limits, through pgJDBC: too many open connections is
 * {@code 53300}, too many new connections too fast is {@code 53400}. Closed connections give their slot
 * back.
 */
class ConnectionQuotaTest {
    private static final String LOOPBACK = "127.0.0.1";

    @TempDir
    Path dataDir;

    private OpenDsqlServer server;
    private final List<Connection> open = new ArrayList<>();

    @AfterEach
    void closeEverything() throws SQLException {
        for (Connection connection : open) {
            connection.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void connectionBeyondTheMaximumIsRefusedUntilOneCloses() throws Exception {
        server = OpenDsqlServer.start(ServerConfig.defaults(dataDir).withPort(0)
                .withLimits(Limits.DSQL.withMaxConnections(3)));
        String token = AuthTokens.admin(server, LOOPBACK);
        for (int i = 0; i < 3; i++) {
            open.add(connect(token));
        }
        assertThat(server.openConnections()).isEqualTo(3);

        ServerErrorMessage error = refusal(token);

        assertThat(error.getSeverity()).isEqualTo("FATAL");
        assertThat(error.getSQLState()).isEqualTo("53300");
        assertThat(error.getMessage()).isEqualTo("Unable to accept connection, too many open connections.");

        open.removeFirst().close();
        awaitOpenConnections(2);
        open.add(connect(token));
        assertThat(server.openConnections()).isEqualTo(3);
    }

    @Test
    void connectionsBeyondTheBurstAreRefusedForRate() throws Exception {
        server = OpenDsqlServer.start(ServerConfig.defaults(dataDir).withPort(0)
                .withLimits(Limits.DSQL.withRate(0.001, 2)));
        String token = AuthTokens.admin(server, LOOPBACK);
        connect(token).close();
        connect(token).close();

        ServerErrorMessage error = refusal(token);

        assertThat(error.getSeverity()).isEqualTo("FATAL");
        assertThat(error.getSQLState()).isEqualTo("53400");
        assertThat(error.getMessage()).isEqualTo("Unable to accept connection, rate exceeded.");
        awaitOpenConnections(0);
    }

    @Test
    void closedAndRefusedConnectionsLeaveNoSession() throws Exception {
        server = OpenDsqlServer.start(ServerConfig.defaults(dataDir).withPort(0));
        String token = AuthTokens.admin(server, LOOPBACK);
        for (int i = 0; i < 5; i++) {
            open.add(connect(token));
        }
        assertThat(server.openConnections()).isEqualTo(5);
        catchThrowableOfType(PSQLException.class, () -> DriverManager.getConnection(url(), properties("not a token")));
        for (Connection connection : open) {
            connection.close();
        }
        open.clear();

        awaitOpenConnections(0);
    }

    private void awaitOpenConnections(int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (server.openConnections() != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(server.openConnections()).isEqualTo(expected);
    }

    private ServerErrorMessage refusal(String token) {
        PSQLException refused = catchThrowableOfType(PSQLException.class,
                () -> DriverManager.getConnection(url(), properties(token)).close());
        assertThat((Throwable) refused).as("the connection should have been refused").isNotNull();
        assertThat(refused.getServerErrorMessage()).as("server error fields of %s", refused).isNotNull();
        return refused.getServerErrorMessage();
    }

    private Connection connect(String token) throws SQLException {
        return DriverManager.getConnection(url(), properties(token));
    }

    private String url() {
        return "jdbc:postgresql://" + LOOPBACK + ":" + server.port() + "/postgres";
    }

    private Properties properties(String token) {
        Properties properties = new Properties();
        properties.setProperty("user", "admin");
        properties.setProperty("password", token);
        properties.setProperty("sslmode", "verify-full");
        properties.setProperty("sslrootcert", server.caCertificateFile().toString());
        return properties;
    }
}
