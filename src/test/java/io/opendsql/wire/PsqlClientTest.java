package io.opendsql.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * psql (libpq) with sslmode=verify-full against the generated CA, over the real session. Skipped where psql
 * is not installed.
 */
class PsqlClientTest {
    private static final Path PSQL = Path.of("/usr/bin/psql");

    @TempDir
    Path dataDir;

    @Test
    void psqlRunsAQueryOverVerifiedTls() throws Exception {
        assertTrue(Files.isExecutable(PSQL), "psql is not installed");
        try (TestServer server = new TestServer(dataDir, config -> config, CountingOpener.dsql())) {
            Result result = psql(server, "admin", CountingOpener.PASSWORD, "SELECT 1");
            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).isEqualTo("1\n");
            assertThat(server.opener.requests.getFirst().serverName()).isEqualTo("localhost");
            server.assertNoOpenConnections();
        }
    }

    @Test
    void psqlShowsTheAuthenticationFailure() throws Exception {
        assertTrue(Files.isExecutable(PSQL), "psql is not installed");
        try (TestServer server = new TestServer(dataDir, config -> config, CountingOpener.dsql())) {
            Result result = psql(server, "admin", "wrong", "SELECT 1");
            assertThat(result.exitCode()).isNotZero();
            assertThat(result.output()).contains("FATAL:  unable to accept connection, access denied");
            server.assertNoOpenConnections();
        }
    }

    @Test
    void psqlShowsStatementErrorsWithTheirSqlstate() throws Exception {
        assertTrue(Files.isExecutable(PSQL), "psql is not installed");
        try (TestServer server = new TestServer(dataDir, config -> config, CountingOpener.dsql())) {
            Result result = psql(server, "admin", CountingOpener.PASSWORD, "SHOW no_such_setting");
            assertThat(result.exitCode()).isNotZero();
            assertThat(result.output()).contains("ERROR:  42704: unrecognized configuration parameter \"no_such_setting\"")
                    .contains("LOCATION:");
            server.assertNoOpenConnections();
        }
    }

    private record Result(int exitCode, String output) {
    }

    private Result psql(TestServer server, String user, String password, String sql)
            throws IOException, InterruptedException {
        String connection = "host=localhost port=" + server.port() + " dbname=postgres user=" + user
                + " sslmode=verify-full sslrootcert=" + server.tls.caCertificateFile().toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(PSQL.toString(), "-X", "-A", "-t", "-v", "VERBOSITY=verbose",
                "-c", sql, connection));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        builder.environment().put("PGCONNECT_TIMEOUT", "10");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), output);
    }
}
