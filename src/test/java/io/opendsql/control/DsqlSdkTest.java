package io.opendsql.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.dsql.DsqlClient;
import software.amazon.awssdk.services.dsql.model.ClusterStatus;
import software.amazon.awssdk.services.dsql.model.ClusterSummary;
import software.amazon.awssdk.services.dsql.model.ConflictException;
import software.amazon.awssdk.services.dsql.model.CreateClusterResponse;
import software.amazon.awssdk.services.dsql.model.EncryptionType;
import software.amazon.awssdk.services.dsql.model.GetClusterResponse;
import software.amazon.awssdk.services.dsql.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dsql.model.ValidationException;
import software.amazon.awssdk.services.dsql.model.ValidationExceptionReason;
import software.amazon.awssdk.services.dsql.waiters.DsqlWaiter;

/** The AWS SDK for Java v2 {@code DsqlClient} driving the DSQL API over real HTTPS. */
class DsqlSdkTest {
    private static ApiServer server;
    private static DsqlClient dsql;
    private static DsqlWaiter quickWaiter;

    @BeforeAll
    static void start() {
        server = ApiServer.start();
        dsql = server.client();
        quickWaiter = DsqlWaiter.builder().client(dsql).overrideConfiguration(WaiterOverrideConfiguration.builder()
                .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(100))).maxAttempts(100).build())
                .build();
    }

    @AfterAll
    static void stop() {
        dsql.close();
        server.close();
    }

    @Test
    void clusterLifecycleWithWaiters() {
        Instant before = Instant.now().minusSeconds(1);
        CreateClusterResponse created = dsql.createCluster(r -> r.deletionProtectionEnabled(false)
                .tags(Map.of("env", "test", "team", "control")));
        String id = created.identifier();
        assertThat(id).matches("[a-z0-9]{26}");
        assertThat(created.arn()).isEqualTo("arn:aws:dsql:us-east-1:" + server.server.iam().accountId()
                + ":cluster/" + id);
        assertThat(created.status()).isEqualTo(ClusterStatus.CREATING);
        assertThat(created.endpoint()).isEqualTo(id + ".dsql.us-east-1.on.aws");
        assertThat(created.creationTime()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(created.deletionProtectionEnabled()).isFalse();
        assertThat(created.encryptionDetails().encryptionType()).isEqualTo(EncryptionType.AWS_OWNED_KMS_KEY);
        assertThat(created.multiRegionProperties()).isNull();

        // the SDK's own waiter, with its default schedule
        GetClusterResponse active = dsql.waiter().waitUntilClusterActive(r -> r.identifier(id)).matched().response()
                .orElseThrow();
        assertThat(active.status()).isEqualTo(ClusterStatus.ACTIVE);
        assertThat(active.tags()).containsEntry("env", "test").containsEntry("team", "control");
        assertThat(active.creationTime()).isEqualTo(created.creationTime());

        dsql.tagResource(r -> r.resourceArn(created.arn()).tags(Map.of("owner", "alice")));
        assertThat(dsql.listTagsForResource(r -> r.resourceArn(created.arn())).tags())
                .containsExactlyInAnyOrderEntriesOf(Map.of("env", "test", "team", "control", "owner", "alice"));
        dsql.untagResource(r -> r.resourceArn(created.arn()).tagKeys("team", "owner"));
        assertThat(dsql.getCluster(r -> r.identifier(id)).tags()).containsExactlyEntriesOf(Map.of("env", "test"));

        assertThat(dsql.listClustersPaginator(r -> { }).clusters().stream().map(ClusterSummary::identifier))
                .contains(id);

        var protectedUpdate = dsql.updateCluster(r -> r.identifier(id).deletionProtectionEnabled(true));
        assertThat(protectedUpdate.status()).isEqualTo(ClusterStatus.UPDATING);
        assertThatThrownBy(() -> dsql.deleteCluster(r -> r.identifier(id)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ValidationExceptionReason.DELETION_PROTECTION_ENABLED);
                    assertThat(e.statusCode()).isEqualTo(400);
                });
        quickWaiter.waitUntilClusterActive(r -> r.identifier(id));
        dsql.updateCluster(r -> r.identifier(id).deletionProtectionEnabled(false));
        quickWaiter.waitUntilClusterActive(r -> r.identifier(id));
        assertThat(dsql.getCluster(r -> r.identifier(id)).deletionProtectionEnabled()).isFalse();

        var deleting = dsql.deleteCluster(r -> r.identifier(id));
        assertThat(deleting.status()).isEqualTo(ClusterStatus.DELETING);
        assertThat(deleting.identifier()).isEqualTo(id);
        quickWaiter.waitUntilClusterNotExists(r -> r.identifier(id));
        assertThatThrownBy(() -> dsql.getCluster(r -> r.identifier(id)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.resourceId()).isEqualTo(id);
                    assertThat(e.resourceType()).isEqualTo("cluster");
                    assertThat(e.statusCode()).isEqualTo(404);
                });
        assertThat(server.server.clusters().dataDirectory(id)).doesNotExist();
    }

    @Test
    void deletionProtectionIsOnWhenNotSpecified() {
        CreateClusterResponse created = dsql.createCluster(r -> { });
        assertThat(created.deletionProtectionEnabled()).isTrue();
        quickWaiter.waitUntilClusterActive(r -> r.identifier(created.identifier()));
        assertThatThrownBy(() -> dsql.deleteCluster(r -> r.identifier(created.identifier())))
                .isInstanceOf(ValidationException.class);
        cleanUp(created.identifier());
    }

    @Test
    void clientTokenMakesCreateIdempotent() {
        String token = "token-" + System.nanoTime();
        var first = dsql.createCluster(r -> r.clientToken(token).deletionProtectionEnabled(false));
        var retry = dsql.createCluster(r -> r.clientToken(token).deletionProtectionEnabled(false));
        assertThat(retry.identifier()).isEqualTo(first.identifier());
        assertThatThrownBy(() -> dsql.createCluster(r -> r.clientToken(token).deletionProtectionEnabled(true)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.resourceId()).isEqualTo(first.identifier());
                });
        cleanUp(first.identifier());
    }

    @Test
    void listClustersPaginates() {
        List<String> ids = List.of(dsql.createCluster(r -> r.deletionProtectionEnabled(false)).identifier(),
                dsql.createCluster(r -> r.deletionProtectionEnabled(false)).identifier(),
                dsql.createCluster(r -> r.deletionProtectionEnabled(false)).identifier());
        var firstPage = dsql.listClusters(r -> r.maxResults(2));
        assertThat(firstPage.clusters()).hasSize(2);
        assertThat(firstPage.nextToken()).isNotNull();
        List<String> all = dsql.listClustersPaginator(r -> r.maxResults(2)).clusters().stream()
                .map(ClusterSummary::identifier).toList();
        assertThat(all).containsAll(ids).doesNotHaveDuplicates()
                .contains(server.server.defaultCluster().id());
        assertThatThrownBy(() -> dsql.listClusters(r -> r.maxResults(101)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ValidationExceptionReason.FIELD_VALIDATION_FAILED);
                    assertThat(e.fieldList()).extracting(f -> f.name()).containsExactly("maxResults");
                });
        assertThatThrownBy(() -> dsql.listClusters(r -> r.nextToken("not a token")))
                .isInstanceOf(ValidationException.class);
        ids.forEach(DsqlSdkTest::cleanUp);
    }

    @Test
    void clusterPolicyVersions() {
        String id = dsql.createCluster(r -> r.deletionProtectionEnabled(false)).identifier();
        assertThatThrownBy(() -> dsql.getClusterPolicy(r -> r.identifier(id)))
                .isInstanceOf(ResourceNotFoundException.class);
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\","
                + "\"Action\":\"dsql:DbConnect\",\"Resource\":\"*\"}]}";
        String version = dsql.putClusterPolicy(r -> r.identifier(id).policy(policy)).policyVersion();
        var got = dsql.getClusterPolicy(r -> r.identifier(id));
        assertThat(got.policy()).isEqualTo(policy);
        assertThat(got.policyVersion()).isEqualTo(version);
        assertThatThrownBy(() -> dsql.putClusterPolicy(r -> r.identifier(id).policy(policy)
                .expectedPolicyVersion("999")))
                .isInstanceOf(ConflictException.class);
        String second = dsql.putClusterPolicy(r -> r.identifier(id).policy(policy).expectedPolicyVersion(version))
                .policyVersion();
        assertThat(second).isNotEqualTo(version);
        assertThatThrownBy(() -> dsql.putClusterPolicy(r -> r.identifier(id).policy("{not json")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldList()).extracting(f -> f.name()).containsExactly("policy"));
        assertThat(dsql.deleteClusterPolicy(r -> r.identifier(id).expectedPolicyVersion(second)).policyVersion())
                .isEqualTo(second);
        assertThatThrownBy(() -> dsql.getClusterPolicy(r -> r.identifier(id)))
                .isInstanceOf(ResourceNotFoundException.class);
        cleanUp(id);
    }

    @Test
    void tagKeysNeedingEncodingAreSignedAlike() {
        String arn = server.server.clusters().defaultCluster().arn();
        Map<String, String> odd = Map.of("cost center", "a b:c/d=e+f@g", "x.y/z", "");
        dsql.tagResource(r -> r.resourceArn(arn).tags(odd));
        assertThat(dsql.listTagsForResource(r -> r.resourceArn(arn)).tags()).containsAllEntriesOf(odd);
        dsql.untagResource(r -> r.resourceArn(arn).tagKeys("cost center", "x.y/z"));
        assertThat(dsql.listTagsForResource(r -> r.resourceArn(arn)).tags()).doesNotContainKeys("cost center", "x.y/z");
    }

    @Test
    void vpcEndpointServiceName() {
        String id = server.server.defaultCluster().id();
        var answer = dsql.getVpcEndpointServiceName(r -> r.identifier(id));
        assertThat(answer.serviceName()).matches("com\\.amazonaws\\.us-east-1\\.dsql-[a-f0-9]{6}");
        assertThat(answer.clusterVpcEndpoint()).isEqualTo(id + ".dsql.us-east-1.on.aws");
    }

    @Test
    void multiRegionClusterIsPendingSetupUntilPeered() {
        var created = dsql.createCluster(r -> r.deletionProtectionEnabled(false)
                .multiRegionProperties(p -> p.witnessRegion("us-west-2")));
        assertThat(created.status()).isEqualTo(ClusterStatus.PENDING_SETUP);
        assertThat(created.multiRegionProperties().witnessRegion()).isEqualTo("us-west-2");
        assertThat(created.multiRegionProperties().clusters()).isEmpty();
        String peer = "arn:aws:dsql:us-east-2:" + server.server.iam().accountId() + ":cluster/"
                + "abcdefghijklmnopqrstuvwxyz";
        var updated = dsql.updateCluster(r -> r.identifier(created.identifier())
                .multiRegionProperties(p -> p.clusters(peer)));
        assertThat(updated.status()).isEqualTo(ClusterStatus.UPDATING);
        var active = quickWaiter.waitUntilClusterActive(r -> r.identifier(created.identifier())).matched().response()
                .orElseThrow();
        assertThat(active.multiRegionProperties().witnessRegion()).isEqualTo("us-west-2");
        assertThat(active.multiRegionProperties().clusters()).containsExactly(peer);

        assertThatThrownBy(() -> dsql.createCluster(r -> r.multiRegionProperties(p -> p.witnessRegion("us-east-1"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldList())
                        .extracting(f -> f.name()).containsExactly("multiRegionProperties.witnessRegion"));
        cleanUp(created.identifier());
    }

    @Test
    void customerManagedKeyUpdateGoesThroughUpdating() {
        var created = dsql.createCluster(r -> r.deletionProtectionEnabled(false).kmsEncryptionKey("1234abcd-12ab"));
        assertThat(created.encryptionDetails().encryptionType()).isEqualTo(EncryptionType.CUSTOMER_MANAGED_KMS_KEY);
        assertThat(created.encryptionDetails().kmsKeyArn())
                .isEqualTo("arn:aws:kms:us-east-1:" + server.server.iam().accountId() + ":key/1234abcd-12ab");
        quickWaiter.waitUntilClusterActive(r -> r.identifier(created.identifier()));
        var updated = dsql.updateCluster(r -> r.identifier(created.identifier()).kmsEncryptionKey("AWS_OWNED_KMS_KEY"));
        assertThat(updated.status()).isEqualTo(ClusterStatus.UPDATING);
        var active = quickWaiter.waitUntilClusterActive(r -> r.identifier(created.identifier())).matched().response()
                .orElseThrow();
        assertThat(active.encryptionDetails().encryptionType()).isEqualTo(EncryptionType.AWS_OWNED_KMS_KEY);
        cleanUp(created.identifier());
    }

    @Test
    void unknownClustersAndBadIdentifiers() {
        assertThatThrownBy(() -> dsql.getCluster(r -> r.identifier("abcdefghijklmnopqrstuvwxyz")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dsql.getCluster(r -> r.identifier("Not-An-Id")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ValidationExceptionReason.FIELD_VALIDATION_FAILED);
                    assertThat(e.fieldList()).extracting(f -> f.name()).containsExactly("identifier");
                });
        assertThatThrownBy(() -> dsql.listTagsForResource(r -> r.resourceArn(
                "arn:aws:dsql:us-east-1:123456789012:cluster/abcdefghijklmnopqrstuvwxyz")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dsql.createCluster(r -> r.tags(Map.of("bad{key}", "v"))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> dsql.deleteCluster(r -> r.identifier(server.server.defaultCluster().id())))
                .isInstanceOf(ValidationException.class);
    }

    /** Removes a test's cluster so quotas never bite other tests. */
    private static void cleanUp(String id) {
        quickWaiter.waitUntilClusterActive(r -> r.identifier(id));
        dsql.updateCluster(r -> r.identifier(id).deletionProtectionEnabled(false));
        dsql.deleteCluster(r -> r.identifier(id));
    }
}
