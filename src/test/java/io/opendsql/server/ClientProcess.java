package io.opendsql.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real client program (psql, node, python3) to completion and captures what it printed. A
 * missing client is a test failure, not a skip: {@code scripts/install-test-deps.sh} installs them.
 */
final class ClientProcess {
    static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** What a client process printed, and how it ended. */
    record Result(List<String> command, int exitCode, String stdout, String stderr) {
        Result assertSucceeded() {
            assertThat(exitCode).as("exit code of %s%nstdout: %s%nstderr: %s", command, stdout, stderr).isZero();
            return this;
        }

        @Override
        public String toString() {
            return command + " exited " + exitCode + "\nstdout: " + stdout + "\nstderr: " + stderr;
        }
    }

    private ClientProcess() {
    }

    /** An executable at a fixed path, e.g. Debian's {@code /usr/bin/psql}; fails the test when absent. */
    static Path installed(String path, String installHint) {
        Path executable = Path.of(path);
        if (!Files.isExecutable(executable)) {
            fail(path + " is missing: run scripts/install-test-deps.sh (" + installHint + ")");
        }
        return executable;
    }

    /** An executable found on PATH; fails the test when absent. */
    static Path onPath(String name, String installHint) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail(name + " is not on PATH: run scripts/install-test-deps.sh (" + installHint + ")");
    }

    /**
     * Runs a command in the repository root with {@code environment} added to a copy of this process's
     * environment (from which AWS and libpq settings are removed, so only what the test sets counts).
     */
    static Result run(List<String> command, Map<String, String> environment) {
        try {
            Path stdout = Files.createTempFile("client-stdout", ".txt");
            Path stderr = Files.createTempFile("client-stderr", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(REPOSITORY.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(stdout.toFile())
                        .redirectError(stderr.toFile());
                builder.environment().keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("PG"));
                builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                    fail(command + " did not finish within " + TIMEOUT + "; stdout: " + Files.readString(stdout)
                            + " stderr: " + Files.readString(stderr));
                }
                return new Result(command, process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                        Files.readString(stderr, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
