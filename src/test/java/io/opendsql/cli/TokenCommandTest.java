package io.opendsql.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendsql.auth.AccessKey;
import io.opendsql.auth.ConnectAuthenticator;
import io.opendsql.auth.ConnectRequest;
import io.opendsql.auth.IamStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dsql.DefaultDsqlUtilities;
import software.amazon.awssdk.services.dsql.DsqlUtilities;

class TokenCommandTest {
    private static final Instant NOW = Instant.parse("2026-02-03T04:05:06Z");
    private static final String HOST = "abcdefghijklmnopqrstuvwxyz.dsql.eu-central-1.on.aws";

    @TempDir
    Path dataDir;

    private static TokenCommand command(Map<String, String> environment) {
        TokenCommand command = new TokenCommand();
        command.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        command.environment = environment;
        return command;
    }

    private static DsqlUtilities sdk(AwsCredentials credentials) {
        DsqlUtilities.Builder builder = DsqlUtilities.builder().region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(credentials));
        return new DefaultDsqlUtilities((DefaultDsqlUtilities.DefaultBuilder) builder, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void environmentCredentialsGiveTheSdkTokenByteForByte() {
        Map<String, String> environment = Map.of("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        CommandRun run = CommandRun.of(command(environment), "--hostname", HOST, "--region", "eu-central-1",
                "--expires-in", "3600", "--user", "reader");
        assertThat(run.exitCode()).isZero();
        String expected = sdk(AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))
                .generateDbConnectAuthToken(b -> b.hostname(HOST).expiresIn(Duration.ofSeconds(3600)));
        assertThat(run.out()).isEqualTo(expected + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void sessionTokenAndAdminFlagGiveTheSdkAdminToken() {
        Map<String, String> environment = Map.of("AWS_ACCESS_KEY_ID", "ASIAIOSFODNN7EXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "secret", "AWS_SESSION_TOKEN", "session/token+==");
        CommandRun run = CommandRun.of(command(environment), "--hostname", HOST, "--region", "eu-central-1",
                "--admin", "--user", "someone");
        assertThat(run.exitCode()).isZero();
        String expected = sdk(AwsSessionCredentials.create("ASIAIOSFODNN7EXAMPLE", "secret", "session/token+=="))
                .generateDbConnectAdminAuthToken(b -> b.hostname(HOST));
        assertThat(run.out().strip()).isEqualTo(expected);
    }

    @Test
    void defaultsUseTheStoreAdministratorAndAnAdminTokenTheServerAccepts() {
        IamStore store = IamStore.openOrCreate(dataDir);
        CommandRun run = CommandRun.of(command(Map.of()), "--data-dir", dataDir.toString());
        assertThat(run.exitCode()).isZero();
        String token = run.out().strip();
        assertThat(token).startsWith("localhost/?Action=DbConnectAdmin&").contains("X-Amz-Expires=900")
                .contains(store.defaultAccessKey().accessKeyId() + "%2F20260203%2Fus-east-1%2Fdsql%2Faws4_request");
        assertThat(token.lines()).hasSize(1);
        String clusterArn = "arn:aws:dsql:us-east-1:" + store.accountId() + ":cluster/local";
        new ConnectAuthenticator(store).authenticate(
                new ConnectRequest(token, "admin", Set.of("localhost"), "us-east-1", clusterArn, Map.of(), NOW));
    }

    @Test
    void profileIsReadFromTheSharedCredentialsFile() throws Exception {
        Path file = dataDir.resolve("credentials");
        Files.writeString(file, "[default]\naws_access_key_id = AKIADEFAULT\naws_secret_access_key = one\n\n"
                + "# comment\n[dev]\naws_access_key_id=AKIADEV\naws_secret_access_key=two\naws_session_token = tok\n");
        CommandRun run = CommandRun.of(command(Map.of("AWS_SHARED_CREDENTIALS_FILE", file.toString(),
                "AWS_ACCESS_KEY_ID", "AKIAENV", "AWS_SECRET_ACCESS_KEY", "env")), "--profile", "dev", "--user", "app");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("localhost/?Action=DbConnect&X-Amz-Security-Token=tok&")
                .contains("X-Amz-Credential=AKIADEV%2F");

        CommandRun missing = CommandRun.of(command(Map.of("AWS_SHARED_CREDENTIALS_FILE", file.toString())),
                "--profile", "prod");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("profile \"prod\"");
    }

    @Test
    void storeKeyMatchesTheSdkUsingTheSameKey() {
        IamStore store = IamStore.openOrCreate(dataDir);
        AccessKey key = store.defaultAccessKey();
        CommandRun run = CommandRun.of(command(Map.of()), "--data-dir", dataDir.toString(), "--hostname", HOST,
                "--region", "eu-central-1", "--expires-in", "604800");
        String expected = sdk(AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey()))
                .generateDbConnectAdminAuthToken(b -> b.hostname(HOST).expiresIn(Duration.ofSeconds(604800)));
        assertThat(run.out().strip()).isEqualTo(expected);
    }

    @Test
    void badArgumentsExitWithTwoAndFailuresWithOne() {
        assertThat(CommandRun.of(command(Map.of()), "--expires-in", "0").exitCode()).isEqualTo(2);
        assertThat(CommandRun.of(command(Map.of()), "--expires-in", "604801").exitCode()).isEqualTo(2);
        assertThat(CommandRun.of(command(Map.of()), "--expires-in", "ten").exitCode()).isEqualTo(2);
        assertThat(CommandRun.of(command(Map.of()), "--bogus").exitCode()).isEqualTo(2);
        CommandRun noStore = CommandRun.of(command(Map.of()), "--data-dir", dataDir.resolve("none").toString());
        assertThat(noStore.exitCode()).isEqualTo(1);
        assertThat(noStore.err()).startsWith("error: no IAM store in");
        assertThat(noStore.out()).isEmpty();
    }
}
