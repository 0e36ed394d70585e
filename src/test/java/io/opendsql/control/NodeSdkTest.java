package io.opendsql.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AWS SDK for JavaScript v3 ({@code @aws-sdk/client-dsql}) runs the cluster lifecycle against the
 * DSQL API: {@code interop/control-node/lifecycle.js} under Node. A missing node or npm install is a test
 * failure, not a skip: {@code scripts/install-test-deps.sh} installs both.
 */
class NodeSdkTest {
    private static final Path PROJECT = Path.of("interop", "control-node").toAbsolutePath();

    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Path node() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, "node");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail("node is not on PATH: run scripts/install-test-deps.sh");
    }

    @Test
    void javascriptSdkRunsTheClusterLifecycle() throws Exception {
        Path node = node();
        if (!Files.isDirectory(PROJECT.resolve("node_modules").resolve("@aws-sdk").resolve("client-dsql"))) {
            fail("@aws-sdk/client-dsql is not installed in " + PROJECT + ": run scripts/install-test-deps.sh");
        }
        Path output = Files.createTempFile("node-sdk", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of(node.toString(), "lifecycle.js"))
                    .directory(PROJECT.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("NODE_"));
            builder.environment().put("OPENDSQL_API_ENDPOINT", server.endpoint().toString());
            builder.environment().put("AWS_ACCESS_KEY_ID", server.server.adminAccessKeyId());
            builder.environment().put("AWS_SECRET_ACCESS_KEY", server.server.adminSecretAccessKey());
            builder.environment().put("AWS_REGION", "us-east-1");
            builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
            builder.environment().put("NODE_EXTRA_CA_CERTS", server.server.caCertificateFile().toString());
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("node did not finish within 120 s:\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("node exit code; output:%n%s", printed).isZero();
            assertThat(printed).contains("ok created ", "ok active", "ok tags {\"env\":\"node\",\"owner\":\"bob\"}",
                    "ok delete of a protected cluster -> ValidationException (400)", "ok deleted",
                    "ok call with an unknown access key -> UnrecognizedClientException (403)", "done");
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
