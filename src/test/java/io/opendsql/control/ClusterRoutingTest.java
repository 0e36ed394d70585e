package io.opendsql.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendsql.auth.ConnectAction;
import io.opendsql.auth.SigningCredential;
import io.opendsql.auth.TokenSigner;
import io.opendsql.server.Limits;
import io.opendsql.server.LoopbackSocketFactory;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.dsql.DsqlClient;
import software.amazon.awssdk.services.dsql.waiters.DsqlWaiter;

/**
 * Connections pick their cluster by TLS SNI. pgJDBC connects to {@code <id>.dsql.us-east-1.on.aws}
 * through {@link LoopbackSocketFactory} (so the name is the SNI and is verified against the certificate,
 * while the socket goes to 127.0.0.1); a token is valid only for the cluster whose name it was signed for.
 */
class ClusterRoutingTest {
    private static ApiServer server;
    private static DsqlClient dsql;
    private static DsqlWaiter waiter;
    private static String clusterA;
    private static String clusterB;

    /** A cluster stored as INACTIVE (scaled to zero), a status only the file can give it. */
    private static final String INACTIVE = "inactiveinactiveinactive22";

    @BeforeAll
    static void start() throws Exception {
        java.nio.file.Path dataDir = Files.createTempDirectory("opendsql-routing");
        Files.createDirectories(dataDir.resolve("clusters"));
        Files.writeString(dataDir.resolve("clusters").resolve(INACTIVE + ".json"),
                "{\"id\":\"" + INACTIVE + "\",\"region\":\"us-east-1\",\"status\":\"INACTIVE\"}");
        server = ApiServer.start(dataDir, settings -> settings,
                config -> config.withLimits(Limits.DSQL.withMaxConnections(1)));
        dsql = server.client();
        waiter = DsqlWaiter.builder().client(dsql).overrideConfiguration(WaiterOverrideConfiguration.builder()
                .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(100))).maxAttempts(100).build())
                .build();
        clusterA = dsql.createCluster(r -> r.deletionProtectionEnabled(false)).identifier();
        clusterB = dsql.createCluster(r -> r.deletionProtectionEnabled(false)).identifier();
        waiter.waitUntilClusterActive(r -> r.identifier(clusterA));
        waiter.waitUntilClusterActive(r -> r.identifier(clusterB));
    }

    @AfterAll
    static void stop() {
        dsql.close();
        server.close();
    }

    private static String endpoint(String id) {
        return id + ".dsql.us-east-1.on.aws";
    }

    private static String adminToken(String host) {
        SigningCredential admin = SigningCredential.longTerm(server.server.adminAccessKeyId(),
                server.server.adminSecretAccessKey());
        return TokenSigner.sign(host, "us-east-1", ConnectAction.DB_CONNECT_ADMIN, admin, Instant.now(), 900);
    }

    /** pgJDBC to {@code host} (SNI and certificate check) over a socket to 127.0.0.1. */
    private static Connection connect(String host, String token) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "admin");
        props.setProperty("password", token);
        props.setProperty("sslmode", "verify-full");
        props.setProperty("sslrootcert", server.server.caCertificateFile().toString());
        props.setProperty("socketFactory", LoopbackSocketFactory.class.getName());
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + server.server.port() + "/postgres",
                props);
    }

    private static int selectOne(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void tokenForOneClusterCannotOpenAnother() throws SQLException {
        try (Connection a = connect(endpoint(clusterA), adminToken(endpoint(clusterA)))) {
            assertThat(selectOne(a)).isEqualTo(1);
        }
        assertThatThrownBy(() -> connect(endpoint(clusterB), adminToken(endpoint(clusterA))))
                .isInstanceOfSatisfying(PSQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("28000");
                    assertThat(e.getServerErrorMessage().getMessage())
                            .isEqualTo("unable to accept connection, access denied");
                });
        try (Connection b = connect(endpoint(clusterB), adminToken(endpoint(clusterB)))) {
            assertThat(selectOne(b)).isEqualTo(1);
        }
    }

    @Test
    void connectionLimitsArePerCluster() throws SQLException {
        try (Connection a = connect(endpoint(clusterA), adminToken(endpoint(clusterA)));
             Connection b = connect(endpoint(clusterB), adminToken(endpoint(clusterB)))) {
            assertThat(selectOne(a) + selectOne(b)).isEqualTo(2);
            assertThatThrownBy(() -> connect(endpoint(clusterA), adminToken(endpoint(clusterA))))
                    .isInstanceOfSatisfying(PSQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("53300"));
        }
    }

    @Test
    void clustersHoldTheirOwnData() throws SQLException {
        try (Connection a = connect(endpoint(clusterA), adminToken(endpoint(clusterA)));
             Connection b = connect(endpoint(clusterB), adminToken(endpoint(clusterB)));
             Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
            sa.execute("CREATE TABLE notes (id int PRIMARY KEY, body text)");
            sa.execute("INSERT INTO notes VALUES (1, 'only in A')");
            assertThatThrownBy(() -> sb.executeQuery("SELECT * FROM notes"))
                    .isInstanceOfSatisfying(PSQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42P01"));
            sb.execute("CREATE TABLE notes (id int PRIMARY KEY, body text)");
            sb.execute("INSERT INTO notes VALUES (1, 'only in B')");
            try (ResultSet ra = sa.executeQuery("SELECT body FROM notes");
                 ResultSet rb = sb.executeQuery("SELECT body FROM notes")) {
                assertThat(ra.next() && rb.next()).isTrue();
                assertThat(ra.getString(1)).isEqualTo("only in A");
                assertThat(rb.getString(1)).isEqualTo("only in B");
            }
        }
    }

    @Test
    void deletingAClusterRemovesItsData() throws SQLException {
        String doomed = dsql.createCluster(r -> r.deletionProtectionEnabled(false)).identifier();
        waiter.waitUntilClusterActive(r -> r.identifier(doomed));
        try (Connection c = connect(endpoint(doomed), adminToken(endpoint(doomed)));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE doomed (id int PRIMARY KEY)");
            s.execute("INSERT INTO doomed VALUES (1)");
        }
        java.nio.file.Path data = server.server.clusters().dataDirectory(doomed);
        assertThat(data.resolve("store")).isDirectory();
        dsql.deleteCluster(r -> r.identifier(doomed));
        waiter.waitUntilClusterNotExists(r -> r.identifier(doomed));
        assertThat(data).doesNotExist();
    }

    @Test
    void unknownClusterNameIsRefused() {
        String unknown = endpoint("abcdefghijklmnopqrstuvwxyz");
        assertThatThrownBy(() -> connect(unknown, adminToken(unknown)))
                .isInstanceOfSatisfying(PSQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28000"));
    }

    @Test
    void clusterThatIsNotActiveIsRefused() {
        String pending = dsql.createCluster(r -> r.deletionProtectionEnabled(false)
                .multiRegionProperties(p -> p.witnessRegion("us-west-2"))).identifier();
        assertThatThrownBy(() -> connect(endpoint(pending), adminToken(endpoint(pending))))
                .isInstanceOfSatisfying(PSQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("57P03");
                    assertThat(e.getServerErrorMessage().getMessage())
                            .isEqualTo("unable to accept connection, cluster is not active (status PENDING_SETUP)");
                });
        dsql.deleteCluster(r -> r.identifier(pending));
        waiter.waitUntilClusterNotExists(r -> r.identifier(pending));
        assertThatThrownBy(() -> connect(endpoint(pending), adminToken(endpoint(pending))))
                .isInstanceOfSatisfying(PSQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28000"));
    }

    @Test
    void inactiveClusterIsWakingUp() {
        assertThat(dsql.getCluster(r -> r.identifier(INACTIVE)).statusAsString()).isEqualTo("INACTIVE");
        assertThatThrownBy(() -> connect(endpoint(INACTIVE), adminToken(endpoint(INACTIVE))))
                .isInstanceOfSatisfying(PSQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("57P03");
                    assertThat(e.getServerErrorMessage().getMessage())
                            .isEqualTo("unable to accept connection, waking up cluster, please retry later");
                });
    }

    @Test
    void connectionsWithoutClusterNameReachTheDefaultCluster() throws SQLException {
        try (Connection c = connect("localhost", adminToken("localhost"))) {
            assertThat(selectOne(c)).isEqualTo(1);
        }
        String defaultEndpoint = server.server.defaultCluster().endpoint();
        try (Connection c = connect(defaultEndpoint, adminToken(defaultEndpoint))) {
            assertThat(selectOne(c)).isEqualTo(1);
        }
    }
}
