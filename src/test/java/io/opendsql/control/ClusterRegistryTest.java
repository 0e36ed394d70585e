package io.opendsql.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's durability and lifecycle rules, without HTTP. */
class ClusterRegistryTest {
    private static final String ACCOUNT = "123456789012";
    private static final RegistrySettings QUICK = RegistrySettings.DEFAULTS
            .withTransitionDelay(Duration.ofMillis(50)).withDeletedRetention(Duration.ofMillis(50));
    private static final RegistrySettings SLOW = RegistrySettings.DEFAULTS.withTransitionDelay(Duration.ofHours(1));

    @TempDir
    Path dataDir;

    private ClusterRegistry open(RegistrySettings settings) {
        return ClusterRegistry.open(dataDir, "us-east-1", ACCOUNT, settings, Clock.systemUTC());
    }

    private static ClusterRequests.Create unprotected() {
        return new ClusterRequests.Create(false, null, Map.of(), null, null, null);
    }

    private static void await(Supplier<Boolean> condition) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("condition never became true");
    }

    private static ClusterStatus status(ClusterRegistry registry, String id) {
        return registry.find(id).map(ManagedCluster::status).orElse(null);
    }

    @Test
    void defaultClusterFileOfEarlierVersionsIsKept() throws Exception {
        Files.createDirectories(dataDir.resolve("clusters"));
        Files.writeString(dataDir.resolve("clusters/default.json"),
                "{\"id\":\"abcdefghijklmnopqrstuvwxyz\",\"region\":\"us-east-1\",\"tags\":{\"env\":\"old\"}}");
        try (ClusterRegistry registry = open(QUICK)) {
            ManagedCluster cluster = registry.defaultCluster();
            assertThat(cluster.id()).isEqualTo("abcdefghijklmnopqrstuvwxyz");
            assertThat(cluster.status()).isEqualTo(ClusterStatus.ACTIVE);
            assertThat(cluster.tags()).isEqualTo(Map.of("env", "old"));
            assertThat(cluster.deletionProtectionEnabled()).isTrue();
            assertThat(cluster.profile()).isEqualTo("2025.11");
            registry.tag(cluster.id(), Map.of("team", "x"));
        }
        try (ClusterRegistry registry = open(QUICK)) {
            assertThat(registry.defaultCluster().tags()).isEqualTo(Map.of("env", "old", "team", "x"));
            assertThat(registry.list()).hasSize(1);
        }
        assertThat(Files.list(dataDir.resolve("clusters")).map(p -> p.getFileName().toString()))
                .containsExactly("default.json");
    }

    @Test
    void defaultClusterInAnotherRegionIsRefused() {
        try (ClusterRegistry registry = open(QUICK)) {
            assertThat(registry.defaultCluster()).isNotNull();
        }
        assertThatThrownBy(() -> ClusterRegistry.open(dataDir, "eu-west-1", ACCOUNT, QUICK, Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("--region us-east-1");
    }

    @Test
    void clustersSurviveARestart() throws Exception {
        String id;
        try (ClusterRegistry registry = open(QUICK)) {
            ManagedCluster created = registry.create(new ClusterRequests.Create(true, "alias/mine",
                    Map.of("env", "dev"), "token-1", new MultiRegionProperties("us-west-2", null), null));
            id = created.id();
            assertThat(created.status()).isEqualTo(ClusterStatus.PENDING_SETUP);
            registry.putPolicy(id, new ClusterRequests.PutPolicy("{\"Version\":\"2012-10-17\"}", null, null));
        }
        try (ClusterRegistry registry = open(QUICK)) {
            ManagedCluster cluster = registry.find(id).orElseThrow();
            assertThat(cluster.status()).isEqualTo(ClusterStatus.PENDING_SETUP);
            assertThat(cluster.kmsEncryptionKey()).isEqualTo("arn:aws:kms:us-east-1:" + ACCOUNT + ":alias/mine");
            assertThat(cluster.multiRegion().witnessRegion()).isEqualTo("us-west-2");
            assertThat(cluster.tags()).isEqualTo(Map.of("env", "dev"));
            assertThat(cluster.policy()).isEqualTo("{\"Version\":\"2012-10-17\"}");
            assertThat(cluster.policyVersion()).isEqualTo(1);
            // the client token still identifies the cluster after a restart
            assertThat(registry.create(new ClusterRequests.Create(true, "alias/mine", Map.of("env", "dev"), "token-1",
                    new MultiRegionProperties("us-west-2", null), null)).id()).isEqualTo(id);
        }
    }

    @Test
    void interruptedStatusChangesFinishAfterRestart() throws Exception {
        String creating;
        String deleting;
        try (ClusterRegistry registry = open(SLOW)) {
            creating = registry.create(unprotected()).id();
            deleting = registry.create(unprotected()).id();
        }
        try (ClusterRegistry registry = open(QUICK)) {
            await(() -> status(registry, creating) == ClusterStatus.ACTIVE);
            await(() -> status(registry, deleting) == ClusterStatus.ACTIVE);
        }
        try (ClusterRegistry registry = open(SLOW)) {
            Files.createDirectories(registry.dataDirectory(deleting).resolve("storage"));
            Files.writeString(registry.dataDirectory(deleting).resolve("storage/data"), "rows");
            assertThat(registry.delete(deleting, null).status()).isEqualTo(ClusterStatus.DELETING);
        }
        try (ClusterRegistry registry = open(QUICK)) {
            await(() -> registry.find(deleting).isEmpty());
            assertThat(registry.dataDirectory(deleting)).doesNotExist();
            assertThat(dataDir.resolve("clusters/" + deleting + ".json")).doesNotExist();
        }
    }

    @Test
    void deletedClusterIsReportedThenForgotten() throws Exception {
        try (ClusterRegistry registry = open(QUICK.withDeletedRetention(Duration.ofMillis(500)))) {
            String id = registry.create(unprotected()).id();
            await(() -> status(registry, id) == ClusterStatus.ACTIVE);
            registry.delete(id, null);
            await(() -> status(registry, id) == ClusterStatus.DELETED);
            assertThat(registry.list()).extracting(ManagedCluster::id).doesNotContain(id);
            assertThatThrownBy(() -> registry.tag(id, Map.of("a", "b"))).isInstanceOf(ApiException.class)
                    .extracting(e -> ((ApiException) e).type()).isEqualTo(ApiErrorType.RESOURCE_NOT_FOUND);
            await(() -> registry.find(id).isEmpty());
        }
    }

    @Test
    void quotasCountLiveClusters() throws Exception {
        try (ClusterRegistry registry = open(QUICK.withQuotas(2, 1))) {
            String second = registry.create(unprotected()).id();
            assertThatThrownBy(() -> registry.create(unprotected()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.type()).isEqualTo(ApiErrorType.SERVICE_QUOTA_EXCEEDED);
                        assertThat(e.type().httpStatus()).isEqualTo(402);
                        assertThat(e.getMessage()).isEqualTo("You have reached the cluster limit.");
                        assertThat(e.members()).containsEntry("serviceCode", "dsql");
                    });
            registry.create(new ClusterRequests.Create(false, null, Map.of(), null,
                    new MultiRegionProperties("us-west-2", null), null));
            await(() -> status(registry, second) == ClusterStatus.ACTIVE);
            registry.delete(second, null);
            registry.create(unprotected());
        }
    }

    @Test
    void updateClientTokenIsIdempotent() throws Exception {
        try (ClusterRegistry registry = open(QUICK)) {
            String id = registry.create(unprotected()).id();
            await(() -> status(registry, id) == ClusterStatus.ACTIVE);
            ClusterRequests.Update update = new ClusterRequests.Update(true, null, "update-1", null);
            ManagedCluster first = registry.update(id, update);
            assertThat(registry.update(id, update).statusSince()).isEqualTo(first.statusSince());
            assertThatThrownBy(() -> registry.update(id, new ClusterRequests.Update(false, null, "update-1", null)))
                    .isInstanceOfSatisfying(ApiException.class,
                            e -> assertThat(e.type()).isEqualTo(ApiErrorType.CONFLICT));
        }
    }

    @Test
    void peersMustBeInOtherRegions() {
        try (ClusterRegistry registry = open(QUICK)) {
            String sameRegion = "arn:aws:dsql:us-east-1:" + ACCOUNT + ":cluster/abcdefghijklmnopqrstuvwxyz";
            assertThatThrownBy(() -> registry.create(new ClusterRequests.Create(false, null, Map.of(), null,
                    new MultiRegionProperties("us-west-2", java.util.List.of(sameRegion)), null)))
                    .isInstanceOfSatisfying(ApiException.class,
                            e -> assertThat(e.type()).isEqualTo(ApiErrorType.VALIDATION));
            String peer = "arn:aws:dsql:us-east-2:" + ACCOUNT + ":cluster/abcdefghijklmnopqrstuvwxyz";
            ManagedCluster linked = registry.create(new ClusterRequests.Create(false, null, Map.of(), null,
                    new MultiRegionProperties("us-west-2", java.util.List.of(peer)), null));
            assertThat(linked.status()).isEqualTo(ClusterStatus.CREATING);
            assertThat(registry.untag(linked.id(), Set.of("none")).tags()).isEmpty();
        }
    }
}
