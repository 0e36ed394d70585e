package io.opendsql.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendsql.tls.TlsMaterial;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;

/** A {@link PgServer} on an ephemeral port with a generated CA, and clients for it. */
final class TestServer implements AutoCloseable {
    final TlsMaterial tls;
    final CountingOpener opener;
    final PgServer server;

    /** A server whose sessions are the scripted test double. */
    TestServer(Path dataDir) throws IOException {
        this(dataDir, config -> config);
    }

    TestServer(Path dataDir, UnaryOperator<PgServerConfig> tune) throws IOException {
        this(dataDir, tune, CountingOpener.scripted());
    }

    TestServer(Path dataDir, UnaryOperator<PgServerConfig> tune, CountingOpener opener) throws IOException {
        this.opener = opener;
        tls = TlsMaterial.generated(dataDir, "us-east-1", List.of());
        PgServerConfig config = PgServerConfig.defaults(tls.sslContext()).withPort(0);
        server = new PgServer(tune.apply(config), opener).start();
    }

    int port() {
        return server.port();
    }

    /** A client TLS context trusting the generated CA. */
    SSLContext clientContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tls.trustManagers(), null);
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String jdbcUrl(String extra) {
        return "jdbc:postgresql://localhost:" + port() + "/postgres?sslmode=verify-full&sslrootcert="
                + tls.caCertificateFile().toAbsolutePath() + (extra.isEmpty() ? "" : "&" + extra);
    }

    Connection jdbc(String extra) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "admin");
        properties.setProperty("password", CountingOpener.PASSWORD);
        return DriverManager.getConnection(jdbcUrl(extra), properties);
    }

    RawClient raw() throws IOException {
        return new RawClient("localhost", port(), clientContext());
    }

    /** Waits until every connection has been cleaned up and checks nothing leaked. */
    void assertNoOpenConnections() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (server.openConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.openConnections()).as("open connections").isZero();
        assertThat(opener.balanced()).as("every admitted request and session closed exactly once").isTrue();
    }

    @Override
    public void close() {
        server.close();
    }
}
