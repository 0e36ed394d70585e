package io.opendsql.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendsql.auth.IamStore;
import io.opendsql.auth.Principal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IamCommandTest {
    private static final String CONNECT_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":"
            + "{\"Effect\":\"Allow\",\"Action\":\"dsql:DbConnect\",\"Resource\":\"*\"}}";

    @TempDir
    Path dataDir;

    private CommandRun iam(String... args) {
        String[] withDataDir = new String[args.length + 2];
        System.arraycopy(args, 0, withDataDir, 0, args.length);
        withDataDir[args.length] = "--data-dir";
        withDataDir[args.length + 1] = dataDir.toString();
        return CommandRun.of(new IamCommand(), withDataDir);
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
