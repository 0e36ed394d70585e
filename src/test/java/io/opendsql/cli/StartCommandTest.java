package io.opendsql.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code opendsql start} as a user runs it: a separate process that prints the endpoint, the CA and a
 * psql line; the printed psql line, pasted into a shell, connects with a fresh token.
 */
class StartCommandTest {
    private static final Pattern PSQL_LINE = Pattern.compile("^\\s+(PGPASSWORD=.*psql \".*\")$");

    @Test
    void printedPsqlLineConnects(@TempDir Path dir) throws Exception {
        Path launcher = writeLauncher(dir);
        Path data = dir.resolve("data");
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "start", "--port", "0",
                "--api-port", "0", "--data-dir", data.toString()).redirectErrorStream(true);
        builder.environment().put("OPENDSQL_LAUNCHER", launcher.toString());
        Process server = builder.start();
        try {
            List<String> banner = readBanner(server);
            String text = String.join("\n", banner);
            assertThat(text).contains("CA           " + data.resolve("tls/ca.crt"));
            assertThat(text).containsPattern("cluster endpoint [a-z0-9]{26}\\.dsql\\.us-east-1\\.on\\.aws");
            assertThat(text).containsPattern("DSQL API     https://localhost:\\d+ ");
            String psqlLine = banner.stream().map(PSQL_LINE::matcher).filter(Matcher::matches)
                    .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("no psql line in\n" + text));

            Process psql = new ProcessBuilder("bash", "-c", psqlLine + " -tA -c 'SELECT version()'")
                    .redirectErrorStream(true).start();
            psql.getOutputStream().close();
            String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(psql.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(output).isEqualTo("PostgreSQL 16");
            assertThat(psql.exitValue()).isZero();
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("server stops on SIGTERM").isTrue();
        }
    }

    /** A stand-in for ./opendsql that runs the CLI from this test's classpath. */
    private static Path writeLauncher(Path dir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path launcher = dir.resolve("opendsql");
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + java + "' --enable-native-access=ALL-UNNAMED -cp '"
                + System.getProperty("java.class.path") + "' io.opendsql.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        return launcher;
    }

    /** Lines up to "Stop with Ctrl-C.", or fails if the process ends first. */
    private static List<String> readBanner(Process server) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
            if (line.startsWith("Stop with Ctrl-C.")) {
                Thread drain = new Thread(() -> {
                    try {
                        reader.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the server is gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return lines;
            }
        }
        throw new AssertionError("server exited before printing its banner:\n" + String.join("\n", lines));
    }
}
