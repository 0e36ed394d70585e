package io.opendsql.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opendsql.control.RegistrySettings;
import io.opendsql.server.OpenDsqlServer;
import io.opendsql.server.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code opendsql cluster ...} against a running server's DSQL API, with the data directory's admin key. */
class ClusterCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path dataDir;
    private static OpenDsqlServer server;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("opendsql-cli");
        server = OpenDsqlServer.start(ServerConfig.defaults(dataDir).withPort(0).withApiPort(0)
                .withClusterSettings(RegistrySettings.DEFAULTS.withTransitionDelay(Duration.ofMillis(200))));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        try (var walk = Files.walk(dataDir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Runs {@code opendsql cluster <args>} with no AWS settings from the environment. */
    private static CommandRun cluster(String... args) {
        CommandLine line = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K instance = CommandLine.defaultFactory().create(type);
                if (instance instanceof ClusterCommand.ApiCommand command) {
                    command.api.environment = Map.of();
                }
                return instance;
            }
        });
        List<String> all = new ArrayList<>(List.of("cluster"));
        all.addAll(List.of(args));
        all.addAll(List.of("--endpoint", "https://localhost:" + server.apiPort(), "--data-dir", dataDir.toString(),
                "--pg-port", Integer.toString(server.port())));
        return CommandRun.of(line, all.toArray(String[]::new));
    }

    private static String field(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " +(.*)$").matcher(text);
        assertThat(m.find()).as("%s in%n%s", name, text).isTrue();
        return m.group(1).strip();
    }

    private static void waitForStatus(String id, String status) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (field(cluster("get", id).out(), "status").equals(status)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("cluster " + id + " never became " + status);
    }

    @Test
    void createGetListTagUpdateDelete() throws Exception {
        CommandRun created = cluster("create", "--no-deletion-protection", "--tag", "env=dev", "--tag", "team=db");
        assertThat(created.exitCode()).as(created.err()).isZero();
        String id = field(created.out(), "identifier");
        String endpoint = id + ".dsql.us-east-1.on.aws";
        assertThat(id).matches("[a-z0-9]{26}");
        assertThat(field(created.out(), "status")).isEqualTo("CREATING");
        assertThat(field(created.out(), "deletion protection")).isEqualTo("off");
        assertThat(created.out()).contains("  127.0.0.1 " + endpoint + System.lineSeparator())
                .contains("psql \"host=" + endpoint + " hostaddr=127.0.0.1 port=" + server.port()
                        + " user=admin dbname=postgres sslmode=verify-full sslrootcert=")
                .contains("token --admin --hostname " + endpoint + " --region us-east-1 --data-dir " + dataDir + ")");
        waitForStatus(id, "ACTIVE");

        CommandRun got = cluster("get", id);
        assertThat(field(got.out(), "tags")).isEqualTo("env=dev, team=db");
        assertThat(field(got.out(), "endpoint")).isEqualTo(endpoint);

        CommandRun list = cluster("list", "--max-results", "1");
        assertThat(list.out()).contains(id).contains(server.defaultCluster().id()).startsWith("IDENTIFIER");

        CommandRun tagged = cluster("tag", id, "owner=alice");
        assertThat(tagged.exitCode()).as(tagged.err()).isZero();
        assertThat(tagged.out()).contains("owner=alice").contains("env=dev");
        CommandRun untagged = cluster("untag", id, "team", "owner");
        assertThat(untagged.out().strip()).isEqualTo("env=dev");

        CommandRun protect = cluster("update", id, "--deletion-protection");
        assertThat(field(protect.out(), "status")).isEqualTo("UPDATING");
        waitForStatus(id, "ACTIVE");
        CommandRun refused = cluster("delete", id);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("error: ValidationException: ").contains("deletion protection");
        cluster("update", id, "--no-deletion-protection");
        waitForStatus(id, "ACTIVE");
        CommandRun deleted = cluster("delete", id, "--output", "json");
        assertThat(deleted.exitCode()).as(deleted.err()).isZero();
        JsonNode json = JSON.readTree(deleted.out());
        assertThat(json.get("identifier").asText()).isEqualTo(id);
        assertThat(json.get("status").asText()).isEqualTo("DELETING");
    }

    @Test
    void createCanWaitUntilActive() {
        CommandRun created = cluster("create", "--no-deletion-protection", "--wait");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(field(created.out(), "status")).isEqualTo("ACTIVE");
        assertThat(created.out()).contains("Connect with psql:");
        String id = field(created.out(), "identifier");
        assertThat(field(cluster("update", id, "--deletion-protection", "--wait").out(), "status")).isEqualTo("ACTIVE");
        assertThat(cluster("update", id, "--no-deletion-protection", "--wait").exitCode()).isZero();
        assertThat(cluster("delete", id).exitCode()).isZero();
    }

    @Test
    void jsonOutputIsTheApiResponse() throws Exception {
        CommandRun got = cluster("get", server.defaultCluster().id(), "--output", "json");
        JsonNode json = JSON.readTree(got.out());
        assertThat(json.get("identifier").asText()).isEqualTo(server.defaultCluster().id());
        assertThat(json.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(json.get("creationTime").isNumber()).isTrue();
    }

    @Test
    void errorsAreOneLine() {
        CommandRun missing = cluster("get", "abcdefghijklmnopqrstuvwxyz");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().strip()).startsWith("error: ResourceNotFoundException: ");
        CommandRun unreachable = CommandRun.of(new CommandLine(new Main()), "cluster", "list", "--endpoint",
                "https://localhost:1", "--data-dir", dataDir.toString());
        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.err()).startsWith("error: ");
    }
}
