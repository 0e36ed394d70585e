package io.opendsql.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opendsql.auth.AccessKey;
import io.opendsql.auth.IamStore;
import io.opendsql.auth.Principal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IamCommandTest {
    private static final String CONNECT_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":"
            + "{\"Effect\":\"Allow\",\"Action\":\"dsql:DbConnect\",\"Resource\":\"*\"}}";

    @TempDir
    Path dataDir;

    private CommandRun iam(String... args) {
        return iamWithEnvironment(Map.of(), args);
    }

    /** Runs {@code opendsql iam} with {@code environment} as the process environment (AWS_* credentials). */
    private CommandRun iamWithEnvironment(Map<String, String> environment, String... args) {
        String[] withDataDir = new String[args.length + 2];
        System.arraycopy(args, 0, withDataDir, 0, args.length);
        withDataDir[args.length] = "--data-dir";
        withDataDir[args.length + 1] = dataDir.toString();
        IamCommand command = new IamCommand();
        command.environment = environment;
        return CommandRun.of(command, withDataDir);
    }

    @Test
    void assumeRolePrintsTemporaryCredentialsThatAreStored() throws Exception {
        iam("create-role", "etl");
        CommandRun run = iam("assume-role", "etl", "--session-name", "nightly");
        assertThat(run.exitCode()).as(run.err()).isZero();
        IamStore store = IamStore.open(dataDir);
        String assumedArn = "arn:aws:sts::" + store.accountId() + ":assumed-role/etl/nightly";
        assertThat(run.out()).matches("# " + Pattern.quote(assumedArn) + ", expires \\S+Z\\R"
                + "aws_access_key_id = ASIA[A-Z2-7]{16}\\R"
                + "aws_secret_access_key = [A-Za-z0-9+/]{40}\\R"
                + "aws_session_token = [A-Za-z0-9+/]{160}\\R");
        String keyId = run.out().lines().filter(l -> l.startsWith("aws_access_key_id")).findFirst().orElseThrow()
                .substring("aws_access_key_id = ".length());
        AccessKey session = store.accessKey(keyId).orElseThrow();
        assertThat(session.sessionName()).isEqualTo("nightly");
        assertThat(session.expiration()).isBetween(Instant.now().plusSeconds(3590), Instant.now().plusSeconds(3601));
        assertThat(run.out()).contains(session.sessionToken());
        assertThat(iam("list").out()).contains("  session nightly access key " + keyId + " expires ")
                .doesNotContain(session.secretAccessKey()).doesNotContain(session.sessionToken());

        CommandRun json = iam("assume-role", "role/etl", "--role-session-name", "js", "--duration-seconds", "900",
                "--output", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode parsed = new ObjectMapper().readTree(json.out());
        assertThat(parsed.at("/Credentials/AccessKeyId").asText()).startsWith("ASIA");
        assertThat(parsed.at("/Credentials/SessionToken").asText()).hasSize(160);
        assertThat(Instant.parse(parsed.at("/Credentials/Expiration").asText()))
                .isBefore(Instant.now().plusSeconds(901));
        assertThat(parsed.at("/AssumedRoleUser/Arn").asText()).endsWith(":assumed-role/etl/js");
        assertThat(parsed.at("/AssumedRoleUser/AssumedRoleId").asText()).matches("AROA[A-Z2-7]{17}:js");

        CommandRun env = iam("assume-role", store.resolve("etl").arn(), "--session-name", "sh", "--output", "env");
        assertThat(env.out()).matches("export AWS_ACCESS_KEY_ID=ASIA[A-Z2-7]{16}\\R"
                + "export AWS_SECRET_ACCESS_KEY='[A-Za-z0-9+/]{40}'\\R"
                + "export AWS_SESSION_TOKEN='[A-Za-z0-9+/]{160}'\\R");
    }

    @Test
    void assumeRoleSignsAsTheEnvironmentsCredentialsAndChecksTheirPolicy() {
        iam("create-role", "etl");
        iam("create-role", "reporting");
        iam("create-user", "dave");
        CommandRun key = iam("create-access-key", "dave");
        Map<String, String> dave = credentials(key.out());

        CommandRun denied = iamWithEnvironment(dave, "assume-role", "etl", "--session-name", "s1");
        assertThat(denied.exitCode()).isEqualTo(1);
        IamStore store = IamStore.open(dataDir);
        assertThat(denied.err()).isEqualTo("error: AccessDenied: User: " + store.resolve("dave").arn()
                + " is not authorized to perform: sts:AssumeRole on resource: " + store.resolve("etl").arn()
                + System.lineSeparator());

        iam("put-policy", "dave", "assume", "--document", "{\"Version\":\"2012-10-17\",\"Statement\":"
                + "{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}}");
        iam("put-policy", "role/etl", "assume", "--document", "{\"Version\":\"2012-10-17\",\"Statement\":"
                + "{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}}");
        CommandRun first = iamWithEnvironment(dave, "assume-role", "etl", "--session-name", "s1");
        assertThat(first.exitCode()).as(first.err()).isZero();
        Map<String, String> session = credentials(first.out());

        CommandRun tooLong = iamWithEnvironment(session, "assume-role", "reporting", "--session-name", "s2",
                "--duration-seconds", "7200");
        assertThat(tooLong.exitCode()).isEqualTo(1);
        assertThat(tooLong.err()).startsWith("error: ValidationError: The requested DurationSeconds exceeds the 1 hour");
        CommandRun chained = iamWithEnvironment(session, "assume-role", "reporting", "--session-name", "s2");
        assertThat(chained.exitCode()).as(chained.err()).isZero();
        assertThat(chained.out()).contains(":assumed-role/reporting/s2,");

        Map<String, String> forged = Map.of("AWS_ACCESS_KEY_ID", dave.get("AWS_ACCESS_KEY_ID"),
                "AWS_SECRET_ACCESS_KEY", "x".repeat(40));
        CommandRun wrongSecret = iamWithEnvironment(forged, "assume-role", "etl", "--session-name", "s3");
        assertThat(wrongSecret.exitCode()).isEqualTo(1);
        assertThat(wrongSecret.err()).contains("are not valid in this installation");
        Map<String, String> noToken = Map.of("AWS_ACCESS_KEY_ID", session.get("AWS_ACCESS_KEY_ID"),
                "AWS_SECRET_ACCESS_KEY", session.get("AWS_SECRET_ACCESS_KEY"));
        assertThat(iamWithEnvironment(noToken, "assume-role", "etl", "--session-name", "s4").exitCode()).isEqualTo(1);

        assertThat(iam("assume-role", "etl").exitCode()).as("--session-name is required").isEqualTo(2);
        assertThat(iam("assume-role", "etl", "--session-name", "s", "--output", "yaml").exitCode()).isEqualTo(2);
    }

    /** AWS_* environment variables from shared-credentials lines. */
    private static Map<String, String> credentials(String lines) {
        Map<String, String> environment = new java.util.HashMap<>();
        lines.lines().filter(line -> line.startsWith("aws_")).forEach(line -> {
            String[] parts = line.split(" = ", 2);
            environment.put(parts[0].toUpperCase(java.util.Locale.ROOT), parts[1]);
        });
        return environment;
    }

    @Test
    void createsUsersRolesKeysAndPolicies() throws Exception {
        CommandRun user = iam("create-user", "alice");
        assertThat(user.exitCode()).isZero();
        IamStore store = IamStore.open(dataDir);
        assertThat(user.out().strip()).isEqualTo("arn:aws:iam::" + store.accountId() + ":user/alice");
        assertThat(iam("create-role", "etl").out().strip()).endsWith(":role/etl");

        CommandRun key = iam("create-access-key", "alice");
        assertThat(key.exitCode()).isZero();
        assertThat(key.out()).matches("aws_access_key_id = AKIA[A-Z2-7]{16}\\R"
                + "aws_secret_access_key = [A-Za-z0-9+/]{40}\\R");

        CommandRun put = iam("put-policy", "user/alice", "connect", "--document", CONNECT_POLICY);
        assertThat(put.exitCode()).as(put.err()).isZero();
        Path file = dataDir.resolve("policy.json");
        Files.writeString(file, CONNECT_POLICY);
        CommandRun fromFile = iam("put-policy", "role/etl", "connect", "--document", "file://" + file);
        assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
        CommandRun fromAtFile = CommandRun.of(new CommandLine(new IamCommand()).setExpandAtFiles(false),
                "put-policy", "alice", "connect2", "--document", "@" + file, "--data-dir", dataDir.toString());
        assertThat(fromAtFile.exitCode()).as(fromAtFile.err()).isZero();
        assertThat(iam("delete-policy", "alice", "connect2").exitCode()).isZero();
        Principal alice = store.resolve("alice");
        assertThat(alice.policies()).containsOnlyKeys("connect");
        assertThat(store.resolve("etl").policies()).containsOnlyKeys("connect");

        CommandRun tag = iam("tag", "alice", "team=data", "env=dev");
        assertThat(tag.exitCode()).as(tag.err()).isZero();
        assertThat(store.resolve("alice").tags()).containsEntry("team", "data").containsEntry("env", "dev");

        CommandRun list = iam("list");
        assertThat(list.out()).contains("account " + store.accountId(), alice.arn(), "  policy connect",
                "  access key " + store.accessKeys(alice.arn()).get(0).accessKeyId());
        assertThat(list.out()).doesNotContain(store.accessKeys(alice.arn()).get(0).secretAccessKey())
                .doesNotContain(store.defaultAccessKey().secretAccessKey());

        assertThat(iam("delete-policy", "alice", "connect").exitCode()).isZero();
        assertThat(store.resolve("alice").policies()).isEmpty();
    }

    @Test
    void refusalsExitWithOneAndAClearMessage() {
        iam("create-user", "bob");
        CommandRun duplicate = iam("create-user", "bob");
        assertThat(duplicate.exitCode()).isEqualTo(1);
        assertThat(duplicate.err()).isEqualTo("error: IAM user \"bob\" already exists" + System.lineSeparator());

        CommandRun badPolicy = iam("put-policy", "bob", "p", "--document",
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\","
                        + "\"Condition\":{\"NumericLessThan\":{\"k\":\"1\"}}}}");
        assertThat(badPolicy.exitCode()).isEqualTo(1);
        assertThat(badPolicy.err()).contains("unknown condition operator \"NumericLessThan\"");

        CommandRun missingFile = iam("put-policy", "bob", "p", "--document", "file://" + dataDir.resolve("absent.json"));
        assertThat(missingFile.exitCode()).isEqualTo(1);
        assertThat(missingFile.err()).startsWith("error: file not found: ").contains("absent.json");

        assertThat(iam("create-access-key", "nobody").exitCode()).isEqualTo(1);
        iam("create-role", "r");
        assertThat(iam("create-access-key", "role/r").err()).contains("roles have no long-term access keys");
        assertThat(iam("delete-policy", "bob", "absent").exitCode()).isEqualTo(1);
    }

    @Test
    void badArgumentsExitWithTwo() {
        assertThat(iam().exitCode()).isEqualTo(2);
        assertThat(iam("create-user").exitCode()).isEqualTo(2);
        assertThat(iam("put-policy", "bob", "p").exitCode()).isEqualTo(2);
        assertThat(iam("no-such-command").exitCode()).isEqualTo(2);
        assertThat(iam("tag", "bob", "novalue").exitCode()).isEqualTo(2);
    }

    @Test
    void dataDirMayComeBeforeTheSubcommand() {
        CommandRun run = CommandRun.of(new IamCommand(), "--data-dir", dataDir.toString(), "create-user", "carol");
        assertThat(run.exitCode()).isZero();
        assertThat(IamStore.open(dataDir).resolve("carol").name()).isEqualTo("carol");
    }
}
