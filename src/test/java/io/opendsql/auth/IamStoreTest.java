package io.opendsql.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;

class IamStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void firstOpenCreatesAccountAdministratorKeyAndPolicy() {
        IamStore store = IamStore.openOrCreate(dataDir);
        assertThat(store.accountId()).matches("[0-9]{12}");
        Principal admin = store.resolve(IamStore.ADMIN_USER);
        assertThat(admin.arn()).isEqualTo("arn:aws:iam::" + store.accountId() + ":user/opendsql-admin");
        assertThat(admin.policies()).containsOnlyKeys(IamStore.ADMIN_POLICY);
        AccessKey key = store.defaultAccessKey();
        assertThat(key.accessKeyId()).matches("AKIA[A-Z2-7]{16}");
        assertThat(key.secretAccessKey()).hasSize(40);
        assertThat(key.principalArn()).isEqualTo(admin.arn());
        assertThat(store.find(key.accessKeyId())).contains(SigningCredential.longTerm(key.accessKeyId(), key.secretAccessKey()));
        assertThat(store.find("AKIANOTTHEREATALL234")).isEmpty();
        assertThat(PolicyEvaluator.evaluate(admin.policies().values(), "dsql:DbConnectAdmin",
                "arn:aws:dsql:us-east-1:" + store.accountId() + ":cluster/x", Map.of()).allowed()).isTrue();
    }

    @Test
    void stateSurvivesARestart() {
        IamStore first = IamStore.openOrCreate(dataDir);
        Principal alice = first.createUser("alice");
        AccessKey key = first.createAccessKey(alice.arn());
        first.createRole("analytics");
        first.putPolicy(alice.arn(), "connect", "{\"Version\":\"2012-10-17\",\"Statement\":"
                + "{\"Effect\":\"Allow\",\"Action\":\"dsql:DbConnect\",\"Resource\":\"*\"}}");
        first.tagPrincipal(alice.arn(), Map.of("team", "data"));

        IamStore second = IamStore.openOrCreate(dataDir);
        assertThat(second.accountId()).isEqualTo(first.accountId());
        assertThat(second.defaultAccessKey()).isEqualTo(first.defaultAccessKey());
        assertThat(second.principals()).extracting(Principal::name).containsExactly("opendsql-admin", "alice", "analytics");
        Principal reloaded = second.resolve("alice");
        assertThat(reloaded.tags()).containsEntry("team", "data");
        assertThat(reloaded.policies().get("connect").statements().get(0).actions()).containsExactly("dsql:DbConnect");
        assertThat(second.accessKey(key.accessKeyId())).contains(key);
        assertThat(second.resolve("role/analytics").type()).isEqualTo(PrincipalType.ROLE);
    }

    @Test
    void changesByAnotherInstanceAreSeenWithoutRestart() {
        IamStore server = IamStore.openOrCreate(dataDir);
        IamStore command = IamStore.open(dataDir);
        Principal bob = command.createUser("bob");
        AccessKey key = command.createAccessKey(bob.arn());
        assertThat(server.find(key.accessKeyId())).isPresent();
        server.createUser("carol");
        assertThat(command.principals()).extracting(Principal::name).contains("bob", "carol");
    }

    @Test
    void concurrentChangesAreNotLost() throws Exception {
        IamStore one = IamStore.openOrCreate(dataDir);
        IamStore two = IamStore.openOrCreate(dataDir);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                IamStore store = i % 2 == 0 ? one : two;
                String name = "user" + i;
                futures.add(pool.submit(() -> store.createUser(name)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(IamStore.openOrCreate(dataDir).principals()).hasSize(21);
    }

    @Test
    void writesSharedCredentialsAndConfigTheSdkCanRead() throws IOException {
        IamStore store = IamStore.openOrCreate(dataDir, "eu-west-1");
        AccessKey key = store.defaultAccessKey();
        assertThat(Files.readString(store.credentialsFile())).isEqualTo("[default]\naws_access_key_id = "
                + key.accessKeyId() + "\naws_secret_access_key = " + key.secretAccessKey() + "\n");
        assertThat(Files.readString(store.configFile())).isEqualTo("[default]\nregion = eu-west-1\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.credentialsFile())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.directory().resolve("iam.json"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.directory()))).isEqualTo("rwx------");

        ProfileFile profiles = ProfileFile.builder().content(store.credentialsFile())
                .type(ProfileFile.Type.CREDENTIALS).build();
        AwsCredentials loaded = ProfileCredentialsProvider.builder().profileFile(profiles).profileName("default").build()
                .resolveCredentials();
        assertThat(loaded.accessKeyId()).isEqualTo(key.accessKeyId());
        assertThat(loaded.secretAccessKey()).isEqualTo(key.secretAccessKey());
        assertThat(ProfileFileSystemSetting.AWS_SHARED_CREDENTIALS_FILE.environmentVariable())
                .isEqualTo("AWS_SHARED_CREDENTIALS_FILE");
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        IamStore store = IamStore.openOrCreate(dataDir);
        store.createUser("dave");
        try (var files = Files.list(store.directory())) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("iam.json", "iam.lock", "credentials", "config");
        }
    }

    @Test
    void refusesDuplicatesUnknownPrincipalsBadNamesAndRoleKeys() {
        IamStore store = IamStore.openOrCreate(dataDir);
        store.createUser("erin");
        assertThatThrownBy(() -> store.createUser("erin")).isInstanceOfSatisfying(DsqlException.class,
                e -> assertThat(e.state()).isEqualTo(SqlState.DUPLICATE_OBJECT));
        store.createRole("erin");
        assertThatThrownBy(() -> store.resolve("erin")).hasMessageContaining("both a user and a role");
        assertThatThrownBy(() -> store.resolve("nobody")).isInstanceOfSatisfying(DsqlException.class,
                e -> assertThat(e.state()).isEqualTo(SqlState.UNDEFINED_OBJECT));
        assertThatThrownBy(() -> store.createUser("bad name")).hasMessageContaining("invalid IAM name");
        assertThatThrownBy(() -> store.createUser("x".repeat(65))).hasMessageContaining("invalid IAM name");
        assertThatThrownBy(() -> store.createAccessKey(store.resolve("role/erin").arn()))
                .hasMessageContaining("roles have no long-term access keys");
        String erin = store.resolve("user/erin").arn();
        assertThatThrownBy(() -> store.putPolicy(erin, "p", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":"
                + "\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"DateLessThan\":{\"k\":\"v\"}}}}"))
                .hasMessageContaining("unknown condition operator \"DateLessThan\"");
        assertThat(store.resolve(erin).policies()).isEmpty();
        assertThatThrownBy(() -> store.deletePolicy(erin, "p")).hasMessageContaining("is not attached");
        assertThatThrownBy(() -> store.putPolicy(erin, "bad name", IamStore.ADMIN_POLICY_DOCUMENT))
                .hasMessageContaining("invalid policy name");
    }

    @Test
    void deletePolicyRemovesIt() {
        IamStore store = IamStore.openOrCreate(dataDir);
        String arn = store.createUser("frank").arn();
        store.putPolicy(arn, "all", IamStore.ADMIN_POLICY_DOCUMENT);
        assertThat(store.resolve(arn).policies()).containsOnlyKeys("all");
        store.deletePolicy(arn, "all");
        assertThat(IamStore.openOrCreate(dataDir).resolve(arn).policies()).isEmpty();
    }

    @Test
    void openRefusesAMissingStoreAndSecretsStayOutOfStrings() {
        assertThatThrownBy(() -> IamStore.open(dataDir.resolve("elsewhere"))).hasMessageContaining("no IAM store");
        AccessKey key = IamStore.openOrCreate(dataDir).defaultAccessKey();
        assertThat(key.toString()).doesNotContain(key.secretAccessKey());
        assertThat(key.credential().toString()).doesNotContain(key.secretAccessKey());
    }

    @Test
    void accountIdsAndKeysAreRandom() {
        assertThat(IamStore.openOrCreate(dataDir.resolve("a")).accountId())
                .isNotEqualTo(IamStore.openOrCreate(dataDir.resolve("b")).accountId());
        assertThat(IamIdentifiers.newAccessKeyId(true)).matches("ASIA[A-Z2-7]{16}");
        assertThat(IamIdentifiers.newSecretAccessKey()).isNotEqualTo(IamIdentifiers.newSecretAccessKey());
    }
}
