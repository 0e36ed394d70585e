package io.opendsql.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real clients connect to a fresh server the way the Aurora DSQL guides show: TLS with the server's CA
 * and full certificate verification, user {@code admin}, database {@code postgres}, an IAM auth token
 * as the password. Each client runs {@code SELECT 1}; a missing client fails the test
 * ({@code scripts/install-test-deps.sh} installs them).
 */
class ClientInteropTest {
    private static final ObjectMapper JSON = new ObjectMapper();
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
    void psqlVerifyFullRunsSelectOne() {
        Path psql = ClientProcess.installed("/usr/bin/psql", "Debian package postgresql-client");
        ClientProcess.Result result = ClientProcess.run(
                List.of(psql.toString(), "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                        libpqConnectionString(LOOPBACK, null), "-c", "SELECT 1", "-c", "SELECT version()"),
                Map.of("PGPASSWORD", AuthTokens.admin(server, LOOPBACK))).assertSucceeded();

        assertThat(result.stdout().lines().toList()).containsExactly("1", "PostgreSQL 16");
    }

    @Test
    void psqlReachesTheClusterEndpointByServerName() {
        Path psql = ClientProcess.installed("/usr/bin/psql", "Debian package postgresql-client");
        String endpoint = server.defaultCluster().endpoint();
        ClientProcess.Result result = ClientProcess.run(
                List.of(psql.toString(), "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                        libpqConnectionString(endpoint, LOOPBACK), "-c", "SELECT 1"),
                Map.of("PGPASSWORD", AuthTokens.admin(server, endpoint))).assertSucceeded();

        assertThat(result.stdout().strip()).isEqualTo("1");
    }

    @Test
    void pgJdbcVerifyFullWithSslRequest() throws SQLException {
        try (Connection connection = pgJdbc(LOOPBACK, AuthTokens.admin(server, LOOPBACK), new Properties())) {
            assertSelectOne(connection);
        }
    }

    @Test
    void pgJdbcVerifyFullWithDirectTls() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("sslNegotiation", "direct");
        try (Connection connection = pgJdbc(LOOPBACK, AuthTokens.admin(server, LOOPBACK), properties)) {
            assertSelectOne(connection);
        }
    }

    @Test
    void pgJdbcDirectTlsToTheClusterEndpoint() throws SQLException {
        String endpoint = server.defaultCluster().endpoint();
        Properties properties = new Properties();
        properties.setProperty("sslNegotiation", "direct");
        properties.setProperty("socketFactory", LoopbackSocketFactory.class.getName());
        try (Connection connection = pgJdbc(endpoint, AuthTokens.admin(server, endpoint), properties)) {
            assertSelectOne(connection);
        }
    }

    @Test
    void nodePostgresWithDsqlSigner() throws Exception {
        JsonNode output = runNode(List.of("--host=" + LOOPBACK));

        assertThat(output.get("one").asInt()).isEqualTo(1);
        assertThat(output.get("version").asText()).isEqualTo("PostgreSQL 16");
        assertThat(output.get("tls").asBoolean()).isTrue();
    }

    @Test
    void nodePostgresWithTheClusterEndpointAsServerName() throws Exception {
        String endpoint = server.defaultCluster().endpoint();
        JsonNode output = runNode(List.of("--host=" + LOOPBACK, "--hostname=" + endpoint));

        assertThat(output.get("one").asInt()).isEqualTo(1);
        assertThat(output.get("serverName").asText()).isEqualTo(endpoint);
    }

    @Test
    void psycopg2VerifyFull() throws Exception {
        Path python = ClientProcess.installed("/usr/bin/python3", "Debian package python3");
        ClientProcess.Result result = ClientProcess.run(
                List.of(python.toString(), "interop/python/connect.py"),
                Map.of("PGHOST", LOOPBACK,
                        "PGPORT", Integer.toString(server.port()),
                        "PGSSLROOTCERT", server.caCertificateFile().toString(),
                        "DSQL_TOKEN", AuthTokens.admin(server, LOOPBACK))).assertSucceeded();

        JsonNode output = JSON.readTree(result.stdout());
        assertThat(output.get("one").asInt()).as("%s", result).isEqualTo(1);
        assertThat(output.get("version").asText()).isEqualTo("PostgreSQL 16");
        assertThat(output.get("tls").asBoolean()).isTrue();
    }

    private JsonNode runNode(List<String> arguments) throws Exception {
        Path node = ClientProcess.onPath("node", "Debian package nodejs");
        Path modules = ClientProcess.REPOSITORY.resolve("interop/node/node_modules");
        assertThat(modules).as("npm packages missing: run scripts/install-test-deps.sh").isDirectory();
        List<String> command = new java.util.ArrayList<>(List.of(node.toString(), "interop/node/connect.js",
                "--port=" + server.port(), "--ca=" + server.caCertificateFile()));
        command.addAll(arguments);
        ClientProcess.Result result = ClientProcess.run(command,
                Map.of("AWS_SHARED_CREDENTIALS_FILE", server.awsCredentialsFile().toString(),
                        "AWS_CONFIG_FILE", server.awsConfigFile().toString())).assertSucceeded();
        return JSON.readTree(result.stdout());
    }

    private String libpqConnectionString(String host, String hostAddress) {
        return "host=" + host + (hostAddress == null ? "" : " hostaddr=" + hostAddress)
                + " port=" + server.port() + " dbname=postgres user=admin sslmode=verify-full sslrootcert="
                + server.caCertificateFile() + " connect_timeout=15";
    }

    private Connection pgJdbc(String host, String token, Properties extra) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "admin");
        properties.setProperty("password", token);
        properties.setProperty("sslmode", "verify-full");
        properties.setProperty("sslrootcert", server.caCertificateFile().toString());
        properties.putAll(extra);
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + server.port() + "/postgres", properties);
    }

    private static void assertSelectOne(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(1);
            assertThat(rows.next()).isFalse();
        }
    }
}
