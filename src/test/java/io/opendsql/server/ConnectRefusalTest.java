package io.opendsql.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.opendsql.auth.AccessKey;
import io.opendsql.auth.Principal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Connections DSQL refuses, seen through pgJDBC's server error fields (spec §1.2, §2.5): SQLSTATE
 * {@code 28000}, message {@code unable to accept connection, access denied}, and a hint only where
 * DSQL gives one.
 */
class ConnectRefusalTest {
    private static final String ACCESS_DENIED = "unable to accept connection, access denied";
    private static final String LOOPBACK = "127.0.0.1";

    @TempDir
    Path dataDir;

    private OpenDsqlServer server;

    @BeforeEach
    void startServer() {
        server = OpenDsqlServer.start(ServerConfig.defaults(dataDir).withPort(0));
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void expiredTokenIsDeniedWithSignatureExpiredHint() {
        Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        String token = sign(server.adminAccessKeyId(), server.adminSecretAccessKey(), LOOPBACK, true, anHourAgo);

        ServerErrorMessage error = refusal("admin", token, "postgres", "verify-full");

        assertAccessDenied(error);
        assertThat(error.getHint()).startsWith("Signature expired");
    }

    @Test
    void tokenForAnotherHostIsDenied() {
        String token = sign(server.adminAccessKeyId(), server.adminSecretAccessKey(),
                "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws", true, Clock.systemUTC());

        assertAccessDenied(refusal("admin", token, "postgres", "verify-full"));
    }

    @Test
    void tokenMustBeForTheServerNameTheClientSent() {
        String endpoint = server.defaultCluster().endpoint();
        Properties properties = properties("admin", AuthTokens.admin(server, LOOPBACK), "verify-full");
        properties.setProperty("socketFactory", LoopbackSocketFactory.class.getName());
        String url = "jdbc:postgresql://" + endpoint + ":" + server.port() + "/postgres";

        PSQLException refused = catchThrowableOfType(PSQLException.class,
                () -> DriverManager.getConnection(url, properties).close());

        assertThat((Throwable) refused).as("a token for 127.0.0.1 sent with SNI %s", endpoint).isNotNull();
        assertAccessDenied(refused.getServerErrorMessage());
    }

    @Test
    void dbConnectTokenForAdminIsDeniedWithWrongActionHint() {
        String token = sign(server.adminAccessKeyId(), server.adminSecretAccessKey(), LOOPBACK, false,
                Clock.systemUTC());

        ServerErrorMessage error = refusal("admin", token, "postgres", "verify-full");

        assertAccessDenied(error);
        assertThat(error.getHint()).isEqualTo("Wrong user to action mapping. user: admin, action: DbConnect");
    }

    @Test
    void tamperedSignatureIsDeniedWithoutHint() {
        String token = AuthTokens.admin(server, LOOPBACK);
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == '0' ? '1' : '0');

        ServerErrorMessage error = refusal("admin", tampered, "postgres", "verify-full");

        assertAccessDenied(error);
        assertThat(error.getHint()).isNull();
    }

    @Test
    void unknownAccessKeyIsDeniedWithoutHint() {
        String token = sign("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", LOOPBACK, true,
                Clock.systemUTC());

        ServerErrorMessage error = refusal("admin", token, "postgres", "verify-full");

        assertAccessDenied(error);
        assertThat(error.getHint()).isNull();
    }

    @Test
    void principalWithoutPermissionIsDeniedWithoutHint() {
        Principal user = server.iam().createUser("no-permission");
        AccessKey key = server.iam().createAccessKey(user.arn());
        String token = sign(key.accessKeyId(), key.secretAccessKey(), LOOPBACK, true, Clock.systemUTC());

        ServerErrorMessage error = refusal("admin", token, "postgres", "verify-full");

        assertAccessDenied(error);
        assertThat(error.getHint()).isNull();
    }

    @Test
    void principalGrantedDbConnectAdminOnTheClusterConnects() throws Exception {
        Principal user = server.iam().createUser("cluster-admin");
        AccessKey key = server.iam().createAccessKey(user.arn());
        server.iam().putPolicy(user.arn(), "connect", """
                {"Version": "2012-10-17",
                 "Statement": [{"Effect": "Allow", "Action": "dsql:DbConnectAdmin", "Resource": "%s"}]}
                """.formatted(server.defaultCluster().arn()));
        String token = sign(key.accessKeyId(), key.secretAccessKey(), LOOPBACK, true, Clock.systemUTC());

        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://" + LOOPBACK + ":" + server.port() + "/postgres",
                properties("admin", token, "verify-full"));
             ResultSet rows = connection.createStatement().executeQuery("SELECT 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void plaintextConnectionIsRefused() {
        ServerErrorMessage error = refusal("admin", AuthTokens.admin(server, LOOPBACK), "postgres", "disable");

        assertThat(error.getSeverity()).isEqualTo("FATAL");
        assertThat(error.getSQLState()).isEqualTo("28000");
        assertThat(error.getMessage()).startsWith("unable to accept connection");
    }

    @Test
    void unknownDatabaseIsRefused() {
        ServerErrorMessage error = refusal("admin", AuthTokens.admin(server, LOOPBACK), "x", "verify-full");

        assertThat(error.getSeverity()).isEqualTo("FATAL");
        assertThat(error.getSQLState()).isEqualTo("3D000");
        assertThat(error.getMessage()).isEqualTo("database \"x\" does not exist");
    }

    @Test
    void psqlShowsTheRefusalAndItsHint() {
        Path psql = ClientProcess.installed("/usr/bin/psql", "Debian package postgresql-client");
        String token = sign(server.adminAccessKeyId(), server.adminSecretAccessKey(), LOOPBACK, false,
                Clock.systemUTC());

        ClientProcess.Result result = ClientProcess.run(
                List.of(psql.toString(), "-X", "-A", "-t", "host=" + LOOPBACK + " port=" + server.port()
                        + " dbname=postgres user=admin sslmode=verify-full sslrootcert=" + server.caCertificateFile(),
                        "-c", "SELECT 1"),
                Map.of("PGPASSWORD", token));

        assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
        assertThat(result.stderr())
                .contains("FATAL:  " + ACCESS_DENIED)
                .contains("HINT:  Wrong user to action mapping. user: admin, action: DbConnect");
    }

    private String sign(String accessKeyId, String secretAccessKey, String host, boolean admin, Clock clock) {
        return AuthTokens.sign(accessKeyId, secretAccessKey, host, server.defaultCluster().region(), admin, clock,
                Duration.ofMinutes(15));
    }

    private ServerErrorMessage refusal(String user, String token, String database, String sslMode) {
        String url = "jdbc:postgresql://" + LOOPBACK + ":" + server.port() + "/" + database;
        PSQLException refused = catchThrowableOfType(PSQLException.class,
                () -> DriverManager.getConnection(url, properties(user, token, sslMode)).close());
        assertThat((Throwable) refused).as("the connection should have been refused").isNotNull();
        assertThat(refused.getServerErrorMessage()).as("server error fields of %s", refused).isNotNull();
        return refused.getServerErrorMessage();
    }

    private Properties properties(String user, String token, String sslMode) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", token);
        properties.setProperty("sslmode", sslMode);
        properties.setProperty("sslrootcert", server.caCertificateFile().toString());
        return properties;
    }

    private static void assertAccessDenied(ServerErrorMessage error) {
        assertThat(error.getSeverity()).isEqualTo("FATAL");
        assertThat(error.getSQLState()).isEqualTo("28000");
        assertThat(error.getMessage()).isEqualTo(ACCESS_DENIED);
    }
}
