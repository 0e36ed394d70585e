package io.opendsql.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesAuditLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-05-05T10:00:00Z");
    private static final String CLUSTER = "abcdefghijklmnopqrstuvwxyz";

    @TempDir
    Path dataDir;

    private static ConnectionAttempt refused(int n) {
        return new ConnectionAttempt(NOW, "127.0.0.1:" + (40000 + n), null, "admin", "postgres", false, null, null,
                null, null, "28000", "attempt " + n + ": signature mismatch");
    }

    private static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void writesOneJsonObjectPerEventLeavingOutEmptyFields() throws IOException {
        JsonLinesAuditLog log = new JsonLinesAuditLog(dataDir.resolve("audit"), CLUSTER, 1 << 20, 3);
        log.record(new ConnectionAttempt(NOW, "[::1]:5000", CLUSTER + ".dsql.us-east-1.on.aws", "admin", "postgres",
                true, "arn:aws:sts::123456789012:assumed-role/app/s1", "arn:aws:iam::123456789012:role/app",
                "ASIAAAAAAAAAAAAAAAAA", "DbConnectAdmin", null, null));
        log.record(refused(1));
        log.record(new CatalogChange(NOW, "admin", "arn:aws:iam::123456789012:user/opendsql-admin", "AWS IAM GRANT",
                "myapp", "arn:aws:iam::123456789012:role/app"));

        List<String> raw = Files.readAllLines(log.file());
        assertThat(raw).hasSize(3);
        assertThat(raw.get(0)).isEqualTo("{\"time\":\"2026-05-05T10:00:00Z\",\"event\":\"connect\",\"cluster\":\""
                + CLUSTER + "\",\"result\":\"accepted\",\"source\":\"[::1]:5000\",\"serverName\":\"" + CLUSTER
                + ".dsql.us-east-1.on.aws\",\"databaseRole\":\"admin\",\"database\":\"postgres\","
                + "\"principal\":\"arn:aws:sts::123456789012:assumed-role/app/s1\","
                + "\"iamRole\":\"arn:aws:iam::123456789012:role/app\",\"accessKeyId\":\"ASIAAAAAAAAAAAAAAAAA\","
                + "\"action\":\"DbConnectAdmin\"}");
        JsonNode refusal = read(log.file()).get(1);
        assertThat(refusal.get("result").asText()).isEqualTo("refused");
        assertThat(refusal.get("sqlState").asText()).isEqualTo("28000");
        assertThat(refusal.get("reason").asText()).isEqualTo("attempt 1: signature mismatch");
        assertThat(refusal.has("principal")).isFalse();
        JsonNode change = read(log.file()).get(2);
        assertThat(change.get("event").asText()).isEqualTo("catalog");
        assertThat(change.get("commandTag").asText()).isEqualTo("AWS IAM GRANT");
        assertThat(change.get("object").asText()).isEqualTo("myapp");
    }

    @Test
    void filesAreOwnerOnly() throws IOException {
        JsonLinesAuditLog log = new JsonLinesAuditLog(dataDir.resolve("clusters/x/audit"), CLUSTER, 1 << 20, 3);
        log.record(refused(1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file().getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void rotatesBySizeKeepingTheNewestFilesAndWholeLines() throws IOException {
        JsonLinesAuditLog log = new JsonLinesAuditLog(dataDir.resolve("audit"), CLUSTER, 1000, 2);
        for (int n = 0; n < 40; n++) {
            log.record(refused(n));
        }
        assertThat(Files.size(log.file())).isLessThanOrEqualTo(1000);
        assertThat(Files.size(log.rotatedFile(1))).isLessThanOrEqualTo(1000);
        assertThat(log.rotatedFile(2)).exists();
        assertThat(log.rotatedFile(3)).doesNotExist();
        List<Integer> attempts = new ArrayList<>();
        for (Path file : List.of(log.rotatedFile(2), log.rotatedFile(1), log.file())) {
            for (JsonNode line : read(file)) {
                String reason = line.get("reason").asText();
                attempts.add(Integer.parseInt(reason.substring("attempt ".length(), reason.indexOf(':'))));
            }
        }
        // the kept files hold the newest attempts, in order, up to the last one
        assertThat(attempts).isSorted().endsWith(39);
        assertThat(attempts.getFirst()).isGreaterThan(0);
        for (int i = 1; i < attempts.size(); i++) {
            assertThat(attempts.get(i)).isEqualTo(attempts.get(i - 1) + 1);
        }
    }

    @Test
    void concurrentWritersNeverInterleaveLines() throws Exception {
        JsonLinesAuditLog log = new JsonLinesAuditLog(dataDir.resolve("audit"), CLUSTER, 1 << 20, 1);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int n = 0; n < 800; n++) {
                int attempt = n;
                pool.submit(() -> log.record(refused(attempt)));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        Set<String> sources = new HashSet<>();
        for (JsonNode line : read(log.file())) {
            sources.add(line.get("source").asText());
        }
        assertThat(sources).hasSize(800);
    }

    @Test
    void tokenShapedValuesAreRedactedAsALastGuard() throws IOException {
        JsonLinesAuditLog log = new JsonLinesAuditLog(dataDir.resolve("audit"), CLUSTER, 1 << 20, 1);
        String token = "localhost/?Action=DbConnectAdmin&X-Amz-Credential=AKIA%2F&X-Amz-Signature=abc";
        log.record(new ConnectionAttempt(NOW, "127.0.0.1:1", null, "admin", "postgres", false, null, null, null, null,
                "28000", "bad token " + token));
        assertThat(Files.readString(log.file())).doesNotContain(token).contains(AuditJson.REDACTED);
    }

    @Test
    void aWriteFailureDropsTheEventWithoutThrowing() throws IOException {
        Path blocked = dataDir.resolve("blocked");
        Files.writeString(blocked, "a file where the directory should be");
        AuditLog log = new JsonLinesAuditLog(blocked.resolve("audit"), CLUSTER, 1 << 20, 1);
        log.record(refused(1));
        assertThat(blocked).isRegularFile();
    }

    @Test
    void logsAreOnePerCluster() {
        AuditLogs logs = new AuditLogs(id -> dataDir.resolve(id), 1 << 20, 1);
        assertThat(logs.forCluster("a")).isSameAs(logs.forCluster("a")).isNotSameAs(logs.forCluster("b"));
    }
}
