package io.opendsql.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opendsql.audit.JsonLinesAuditLog;
import io.opendsql.auth.AccessKey;
import io.opendsql.auth.AssumeRoleRequest;
import io.opendsql.auth.AssumedRole;
import io.opendsql.auth.ConnectAction;
import io.opendsql.auth.IamIdentity;
import io.opendsql.auth.IamStore;
import io.opendsql.auth.Principal;
import io.opendsql.auth.RoleSessions;
import io.opendsql.auth.TokenSigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Every connection attempt over the wire lands in the cluster's audit log with the precise reason. */
class ConnectionAuditTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Path auditFile() {
        return server.server.clusters().dataDirectory(server.server.defaultCluster().id()).resolve("audit")
                .resolve(JsonLinesAuditLog.FILE_NAME);
    }

    private List<JsonNode> audit() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(auditFile())) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private ServerErrorMessage refusal(String user, String password) {
        PSQLException refused = catchThrowableOfType(PSQLException.class,
                () -> server.connect("", user, password).close());
        assertThat((Object) refused).as("refused").isNotNull();
        return refused.getServerErrorMessage();
    }

    @Test
    void acceptedAndRefusedAttemptsAreRecordedWithoutSecrets() throws Exception {
        server = TestServer.start();
        IamStore iam = server.server.iam();
        String adminArn = "arn:aws:iam::" + iam.accountId() + ":user/opendsql-admin";
        String good = server.adminToken();
        try (Connection connection = server.connectAdmin()) {
            assertThat(connection.isValid(5)).isTrue();
        }

        String expired = TokenSigner.sign("localhost", "us-east-1", ConnectAction.DB_CONNECT_ADMIN,
                server.adminCredential(), Instant.now().minus(Duration.ofHours(1)), 900);
        ServerErrorMessage expiredError = refusal("admin", expired);
        assertThat(expiredError.getMessage()).isEqualTo("unable to accept connection, access denied");
        assertThat(expiredError.getHint()).startsWith("Signature expired: ");

        Principal role = iam.createRole("app");
        iam.putPolicy(role.arn(), "connect", "{\"Version\":\"2012-10-17\",\"Statement\":"
                + "{\"Effect\":\"Allow\",\"Action\":\"dsql:DbConnect*\",\"Resource\":\"*\"}}");
        IamIdentity admin = iam.identity(server.server.adminAccessKeyId()).orElseThrow();
        AssumedRole session = new RoleSessions(iam).assumeRole(admin, new AssumeRoleRequest(role.arn(), "wire", null),
                Instant.now());
        AccessKey sessionKey = session.credentials();
        String sessionToken = TokenSigner.sign("localhost", "us-east-1", ConnectAction.DB_CONNECT_ADMIN,
                sessionKey.credential(), Instant.now(), 900);
        server.connect("", "admin", sessionToken).close();

        String appToken = TokenSigner.sign("localhost", "us-east-1", ConnectAction.DB_CONNECT,
                sessionKey.credential(), Instant.now(), 900);
        ServerErrorMessage noRole = refusal("app", appToken);
        assertThat(noRole.getHint()).isNull();

        List<JsonNode> lines = audit();
        assertThat(lines).hasSize(4);
        JsonNode accepted = lines.get(0);
        assertThat(accepted.get("event").asText()).isEqualTo("connect");
        assertThat(accepted.get("cluster").asText()).isEqualTo(server.server.defaultCluster().id());
        assertThat(accepted.get("result").asText()).isEqualTo("accepted");
        assertThat(accepted.get("principal").asText()).isEqualTo(adminArn);
        assertThat(accepted.has("iamRole")).isFalse();
        assertThat(accepted.get("accessKeyId").asText()).isEqualTo(server.server.adminAccessKeyId());
        assertThat(accepted.get("action").asText()).isEqualTo("DbConnectAdmin");
        assertThat(accepted.get("databaseRole").asText()).isEqualTo("admin");
        assertThat(accepted.get("source").asText()).matches("127\\.0\\.0\\.1:\\d+");
        assertThat(accepted.has("reason")).isFalse();

        JsonNode refused = lines.get(1);
        assertThat(refused.get("result").asText()).isEqualTo("refused");
        assertThat(refused.get("sqlState").asText()).isEqualTo("28000");
        assertThat(refused.get("reason").asText()).startsWith("token expired at ");
        assertThat(refused.get("principal").asText()).as("the identity the token claims").isEqualTo(adminArn);

        JsonNode viaRole = lines.get(2);
        assertThat(viaRole.get("result").asText()).isEqualTo("accepted");
        assertThat(viaRole.get("principal").asText()).isEqualTo(session.assumedRoleArn());
        assertThat(viaRole.get("iamRole").asText()).isEqualTo(role.arn());
        assertThat(viaRole.get("accessKeyId").asText()).isEqualTo(sessionKey.accessKeyId());

        JsonNode unknownRole = lines.get(3);
        assertThat(unknownRole.get("result").asText()).isEqualTo("refused");
        assertThat(unknownRole.get("databaseRole").asText()).isEqualTo("app");
        assertThat(unknownRole.get("reason").asText()).isEqualTo("role app does not exist");
        assertThat(unknownRole.get("iamRole").asText()).isEqualTo(role.arn());

        String log = Files.readString(auditFile());
        for (String secret : List.of(good, expired, sessionToken, appToken, server.server.adminSecretAccessKey(),
                sessionKey.secretAccessKey(), sessionKey.sessionToken())) {
            assertThat(log).doesNotContain(secret);
        }
    }

    @Test
    void wrongDatabaseAndConnectionQuotaRefusalsAreRecorded() throws Exception {
        server = TestServer.start(config -> config.withLimits(Limits.DSQL.withRate(0.001, 2)));
        PSQLException wrongDatabase = catchThrowableOfType(PSQLException.class, () ->
                java.sql.DriverManager.getConnection(server.jdbcUrl("").replace("/postgres?", "/other?"),
                        properties("admin", server.adminToken())).close());
        assertThat(wrongDatabase.getServerErrorMessage().getSQLState()).isEqualTo("3D000");
        server.connectAdmin().close();
        ServerErrorMessage limited = refusal("admin", server.adminToken());
        assertThat(limited.getSQLState()).isEqualTo("53400");

        List<JsonNode> lines = audit();
        assertThat(lines).extracting(line -> line.get("result").asText())
                .containsExactly("refused", "accepted", "refused");
        assertThat(lines.get(0).get("database").asText()).isEqualTo("other");
        assertThat(lines.get(0).get("sqlState").asText()).isEqualTo("3D000");
        assertThat(lines.get(0).get("reason").asText()).isEqualTo("database \"other\" does not exist");
        assertThat(lines.get(2).get("sqlState").asText()).isEqualTo("53400");
        assertThat(lines.get(2).get("reason").asText()).isEqualTo("Unable to accept connection, rate exceeded.");
        assertThat(lines.get(2).has("principal")).as("refused before authentication").isFalse();
    }

    private static java.util.Properties properties(String user, String password) {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return properties;
    }
}
