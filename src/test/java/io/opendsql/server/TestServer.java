package io.opendsql.server;

import io.opendsql.auth.ConnectAction;
import io.opendsql.auth.SigningCredential;
import io.opendsql.auth.TokenSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/** A real server on a free port with its own data directory, and pgJDBC connections to it. */
final class TestServer implements AutoCloseable {
    final Path dataDir;
    final OpenDsqlServer server;

    private TestServer(Path dataDir, OpenDsqlServer server) {
        this.dataDir = dataDir;
        this.server = server;
    }

    static TestServer start() {
        return start(config -> config);
    }

    static TestServer start(java.util.function.UnaryOperator<ServerConfig> customize) {
        try {
            Path dir = Files.createTempDirectory("opendsql-test");
            return new TestServer(dir, OpenDsqlServer.start(customize.apply(ServerConfig.defaults(dir).withPort(0))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SigningCredential adminCredential() {
        return SigningCredential.longTerm(server.adminAccessKeyId(), server.adminSecretAccessKey());
    }

    /** A token for {@code host} signed now with the admin principal's key. */
    String token(String host, ConnectAction action) {
        return TokenSigner.sign(host, server.defaultCluster().region(), action, adminCredential(),
                Clock.systemUTC().instant(), 900);
    }

    String adminToken() {
        return token("localhost", ConnectAction.DB_CONNECT_ADMIN);
    }

    String jdbcUrl(String extra) {
        return "jdbc:postgresql://localhost:" + server.port() + "/postgres?sslmode=verify-full&sslrootcert="
                + server.caCertificateFile() + (extra.isEmpty() ? "" : "&" + extra);
    }

    Connection connect(String extra, String user, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(extra), props);
    }

    Connection connectAdmin() throws SQLException {
        return connect("", "admin", adminToken());
    }

    @Override
    public void close() {
        server.close();
        try (Stream<Path> walk = Files.walk(dataDir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
