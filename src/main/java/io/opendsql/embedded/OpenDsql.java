package io.opendsql.embedded;

import io.opendsql.auth.ConnectAction;
import io.opendsql.auth.SigningCredential;
import io.opendsql.auth.TokenSigner;
import io.opendsql.server.Cluster;
import io.opendsql.server.Limits;
import io.opendsql.server.OpenDsqlServer;
import io.opendsql.server.ServerConfig;
import io.opendsql.txn.TransactionLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.util.Comparator;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * An OpenDSQL server running inside this JVM, for tests and tools: the same wire protocol, TLS, IAM token
 * checks and DSQL rules as {@code opendsql start}, on a free port, in memory by default.
 *
 * <pre>{@code
 * try (OpenDsql dsql = OpenDsql.embedded().start();
 *      Connection c = dsql.dataSource().getConnection()) {
 *     c.createStatement().execute("CREATE TABLE t (id uuid PRIMARY KEY)");
 * }
 * }</pre>
 *
 * Connections need a PostgreSQL JDBC driver (pgJDBC) on the class path.
 */
public final class OpenDsql implements AutoCloseable {
    private final OpenDsqlServer server;
    private final Path dataDir;
    private final boolean temporary;

    private OpenDsql(OpenDsqlServer server, Path dataDir, boolean temporary) {
        this.server = server;
        this.dataDir = dataDir;
        this.temporary = temporary;
    }

    /** A builder: in memory, us-east-1, DSQL's limits, a free port. */
    public static Builder embedded() {
        return new Builder();
    }

    /** How to start an embedded server. */
    public static final class Builder {
        private Path dataDir;
        private String region = ServerConfig.DEFAULT_REGION;
        private TransactionLimits transactionLimits = TransactionLimits.DSQL;
        private int port;

        private Builder() {
        }

        /** Keep data durably (RocksDB) in {@code directory}, which survives {@link #close()}. */
        public Builder dataDirectory(Path directory) {
            this.dataDir = directory;
            return this;
        }

        public Builder region(String awsRegion) {
            this.region = awsRegion;
            return this;
        }

        /** Per-transaction limits; DSQL's (3,000 rows, 10 MiB, 300 s) by default. */
        public Builder transactionLimits(TransactionLimits limits) {
            this.transactionLimits = limits;
            return this;
        }

        /** A fixed port instead of a free one. */
        public Builder port(int tcpPort) {
            this.port = tcpPort;
            return this;
        }

        public OpenDsql start() {
            boolean temporary = dataDir == null;
            Path directory;
            try {
                directory = temporary ? Files.createTempDirectory("opendsql-embedded") : dataDir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ServerConfig config = ServerConfig.defaults(directory).withPort(port).withRegion(region)
                    .withLimits(Limits.DSQL.withTransactionLimits(transactionLimits))
                    .withStorage(temporary ? ServerConfig.StorageMode.MEMORY : ServerConfig.StorageMode.DURABLE);
            try {
                return new OpenDsql(OpenDsqlServer.start(config), directory, temporary);
            } catch (RuntimeException e) {
                if (temporary) {
                    deleteTree(directory);
                }
                throw e;
            }
        }
    }

    public int port() {
        return server.port();
    }

    /** The default cluster's id, endpoint and region. */
    public Cluster cluster() {
        return server.defaultCluster();
    }

    /** PEM file of the CA that signed the server's certificate: the {@code sslrootcert} for clients. */
    public Path caCertificate() {
        return server.caCertificateFile();
    }

    /** A pgJDBC URL for the default cluster with full certificate verification. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres?sslmode=verify-full&sslrootcert=" + caCertificate();
    }

    /** A fresh admin token ({@code DbConnectAdmin} for host {@code localhost}, valid 15 minutes). */
    public String adminToken() {
        return token("localhost", ConnectAction.DB_CONNECT_ADMIN);
    }

    /** Fresh admin tokens, for connection pools that ask for a password per connection. */
    public Supplier<String> adminTokens() {
        return this::adminToken;
    }

    /** A token signed with the installation's administrator key. */
    public String token(String host, ConnectAction action) {
        SigningCredential admin = SigningCredential.longTerm(server.adminAccessKeyId(), server.adminSecretAccessKey());
        return TokenSigner.sign(host, cluster().region(), action, admin, Clock.systemUTC().instant(), 900);
    }

    /** Access key id and secret of the administrator principal (for AWS SDK clients and signers). */
    public String adminAccessKeyId() {
        return server.adminAccessKeyId();
    }

    public String adminSecretAccessKey() {
        return server.adminSecretAccessKey();
    }

    /** A connection as {@code admin} with a fresh token. */
    public Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "admin");
        props.setProperty("password", adminToken());
        return DriverManager.getConnection(jdbcUrl(), props);
    }

    /** A DataSource whose connections log in as {@code admin} with a fresh token each. */
    public DataSource dataSource() {
        return new TokenDataSource();
    }

    /** The server itself, for tools that need more than connections. */
    public OpenDsqlServer server() {
        return server;
    }

    /** Stops the server; an in-memory one forgets everything. */
    @Override
    public void close() {
        try {
            server.close();
        } finally {
            if (temporary) {
                deleteTree(dataDir);
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class TokenDataSource implements DataSource {
        private PrintWriter logWriter;
        private int loginTimeout;

        @Override
        public Connection getConnection() throws SQLException {
            return connect();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            Properties props = new Properties();
            props.setProperty("user", username);
            props.setProperty("password", password);
            return DriverManager.getConnection(jdbcUrl(), props);
        }

        @Override
        public PrintWriter getLogWriter() {
            return logWriter;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            this.logWriter = out;
        }

        @Override
        public void setLoginTimeout(int seconds) {
            this.loginTimeout = seconds;
        }

        @Override
        public int getLoginTimeout() {
            return loginTimeout;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no java.util.logging");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new SQLException("not a wrapper of " + type.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return type.isInstance(this);
        }
    }
}
