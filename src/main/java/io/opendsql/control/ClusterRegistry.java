package io.opendsql.control;

import static java.util.Objects.requireNonNull;

import io.opendsql.control.ApiException.ValidationReason;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clusters of an installation, durable under {@code <dataDir>/clusters/}. Operations check their
 * preconditions, change the cluster, write its file, and schedule the next status change (CREATING and
 * UPDATING become ACTIVE, DELETING becomes DELETED) after {@link RegistrySettings#transitionDelay()}, so
 * clients polling GetCluster (the SDK waiters) see the transition. A status change interrupted by a
 * restart is finished after the restart.
 *
 * <p>Thread-safe: every operation holds the registry's monitor while it reads and writes.
 */
public final class ClusterRegistry implements AutoCloseable {
    private volatile java.util.function.Consumer<String> removalListener = id -> { };
    /** Placeholder meaning "the AWS owned key" in {@code kmsEncryptionKey}. */
    public static final String AWS_OWNED_KMS_KEY = "AWS_OWNED_KMS_KEY";
    static final int MAX_TAGS = 200;

    private static final Logger log = LoggerFactory.getLogger(ClusterRegistry.class);
    /** ListClusters' order, which its next-tokens rely on: creation time in milliseconds, then id. */
    static final Comparator<ManagedCluster> LIST_ORDER = Comparator
            .comparingLong((ManagedCluster cluster) -> cluster.creationTime().toEpochMilli())
            .thenComparing(ManagedCluster::id);

    private final ClusterFiles files;
    private final String region;
    private final String accountId;
    private final RegistrySettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ScheduledExecutorService transitions;
    private final Map<String, ManagedCluster> clusters = new LinkedHashMap<>();
    /** CreateCluster client tokens of live clusters, to cluster id. */
    private final Map<String, String> createTokens = new HashMap<>();

    private ClusterRegistry(ClusterFiles files, String region, String accountId, RegistrySettings settings,
                            Clock clock) {
        this.files = files;
        this.region = region;
        this.accountId = accountId;
        this.settings = settings;
        this.clock = clock;
        this.transitions = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("opendsql-cluster-transitions").factory());
    }

    /**
     * Loads the clusters under {@code dataDir}, creating the default cluster on first start, and resumes
     * unfinished status changes.
     *
     * @param region the Region this installation serves; the default cluster must be in it
     */
    public static ClusterRegistry open(Path dataDir, String region, String accountId, RegistrySettings settings,
                                       Clock clock) {
        ClusterRegistry registry = new ClusterRegistry(new ClusterFiles(dataDir), requireNonNull(region, "region"),
                requireNonNull(accountId, "accountId"), requireNonNull(settings, "settings"), clock);
        registry.load();
        return registry;
    }

    private synchronized void load() {
        List<ManagedCluster> stored = new ArrayList<>(files.readAll(accountId, settings.defaultProfile()));
        stored.sort(LIST_ORDER);
        for (ManagedCluster cluster : stored) {
            if (cluster.defaultCluster() && !cluster.region().equals(region)) {
                throw new IllegalStateException("the default cluster in " + files.directory() + " is in region "
                        + cluster.region() + ", not " + region + "; start with --region " + cluster.region());
            }
            clusters.put(cluster.id(), cluster);
            rememberCreateToken(cluster);
        }
        if (defaultClusterOrNull() == null) {
            Instant now = clock.instant();
            ManagedCluster created = new ManagedCluster(ClusterIds.newId(random), region, accountId,
                    ClusterStatus.ACTIVE, now, now, true, null, null, Map.of(), settings.defaultProfile(), null, 0,
                    true, Map.of());
            files.write(created);
            clusters.put(created.id(), created);
            log.info("created default cluster {}", created.id());
        }
        for (ManagedCluster cluster : clusters.values()) {
            switch (cluster.status()) {
                case CREATING, UPDATING -> scheduleActivation(cluster.id(), cluster.status());
                case DELETING -> scheduleRemoval(cluster.id());
                default -> { }
            }
        }
    }

    /** The Region this installation serves. */
    public String region() {
        return region;
    }

    public String accountId() {
        return accountId;
    }

    /** The cluster that connections without a DSQL server name reach. */
    public synchronized ManagedCluster defaultCluster() {
        return defaultClusterOrNull();
    }

    private ManagedCluster defaultClusterOrNull() {
        return clusters.values().stream().filter(ManagedCluster::defaultCluster).findFirst().orElse(null);
    }

    /** The cluster with this id, unless it is already forgotten. */
    public synchronized Optional<ManagedCluster> find(String id) {
        return Optional.ofNullable(clusters.get(id));
    }

    /** The cluster whose endpoint is {@code host} (ignoring case), unless it is forgotten. */
    public synchronized Optional<ManagedCluster> findByEndpoint(String host) {
        String lowered = host.toLowerCase(Locale.ROOT);
        return clusters.values().stream().filter(cluster -> cluster.endpoint().equals(lowered)).findFirst();
    }

    /** The cluster with this ARN, or empty when no cluster of this installation has it. */
    public synchronized Optional<ManagedCluster> findByArn(String arn) {
        return clusters.values().stream().filter(cluster -> cluster.arn().equals(arn)).findFirst();
    }

    /** Every cluster not yet deleted, oldest first. */
    public synchronized List<ManagedCluster> list() {
        return clusters.values().stream().filter(cluster -> cluster.status() != ClusterStatus.DELETED)
                .sorted(LIST_ORDER).toList();
    }

    /** The directory that holds (or will hold) a cluster's data. */
    public Path dataDirectory(String id) {
        return files.dataDirectory(id);
    }

    /** CreateCluster. */
    public synchronized ManagedCluster create(ClusterRequests.Create request) {
        String digest = request.digest();
        if (request.clientToken() != null) {
            String existingId = createTokens.get(request.clientToken());
            if (existingId != null) {
                ManagedCluster existing = clusters.get(existingId);
                if (digest.equals(existing.clientTokenDigest("CreateCluster", request.clientToken()))) {
                    return existing;
                }
                throw ApiException.conflict("cluster", existingId, "The client token " + request.clientToken()
                        + " was already used for cluster " + existingId + " with different parameters.");
            }
        }
        MultiRegionProperties multiRegion = request.multiRegion() == null ? null
                : checkMultiRegion(null, request.multiRegion().witnessRegion(), request.multiRegion().peers());
        checkQuota(multiRegion != null);
        String id = ClusterIds.newId(random);
        Instant now = clock.instant();
        ClusterStatus status = multiRegion != null && !multiRegion.complete()
                ? ClusterStatus.PENDING_SETUP : ClusterStatus.CREATING;
        boolean deletionProtection = request.deletionProtectionEnabled() == null || request.deletionProtectionEnabled();
        ManagedCluster cluster = new ManagedCluster(id, region, accountId, status, now, now, deletionProtection,
                kmsKey(request.kmsEncryptionKey()), multiRegion, request.tags(), settings.defaultProfile(),
                request.policy(), request.policy() == null ? 0 : 1, false, Map.of())
                .withClientToken("CreateCluster", request.clientToken(), digest);
        files.write(cluster);
        clusters.put(id, cluster);
        rememberCreateToken(cluster);
        if (status == ClusterStatus.CREATING) {
            scheduleActivation(id, ClusterStatus.CREATING);
        }
        log.info("cluster {} created ({})", id, status);
        return cluster;
    }

    /** UpdateCluster. */
    public synchronized ManagedCluster update(String id, ClusterRequests.Update request) {
        ManagedCluster cluster = existing(id);
        String digest = request.digest();
        String remembered = cluster.clientTokenDigest("UpdateCluster", request.clientToken());
        if (remembered != null) {
            if (remembered.equals(digest)) {
                return cluster;
            }
            throw ApiException.conflict("cluster", id, "The client token " + request.clientToken()
                    + " was already used to update cluster " + id + " with different parameters.");
        }
        switch (cluster.status()) {
            case ACTIVE, UPDATING, IDLE, INACTIVE, PENDING_SETUP -> { }
            default -> throw ApiException.conflict("cluster", id,
                    "Cluster " + id + " cannot be updated while it is " + cluster.status() + ".");
        }
        MultiRegionProperties multiRegion = cluster.multiRegion();
        if (request.multiRegion() != null) {
            String witness = request.multiRegion().witnessRegion() != null
                    ? request.multiRegion().witnessRegion() : multiRegion == null ? null : multiRegion.witnessRegion();
            List<String> peers = request.multiRegion().clusters() != null
                    ? request.multiRegion().clusters() : multiRegion == null ? List.of() : multiRegion.peers();
            multiRegion = checkMultiRegion(cluster, witness, peers);
        }
        boolean deletionProtection = request.deletionProtectionEnabled() == null
                ? cluster.deletionProtectionEnabled() : request.deletionProtectionEnabled();
        String kmsKey = request.kmsEncryptionKey() == null ? cluster.kmsEncryptionKey()
                : kmsKey(request.kmsEncryptionKey());
        ClusterStatus next = multiRegion != null && !multiRegion.complete()
                ? ClusterStatus.PENDING_SETUP : ClusterStatus.UPDATING;
        ManagedCluster updated = cluster.withSettings(deletionProtection, kmsKey, multiRegion)
                .withStatus(next, clock.instant())
                .withClientToken("UpdateCluster", request.clientToken(), digest);
        store(updated);
        if (next == ClusterStatus.UPDATING) {
            scheduleActivation(id, ClusterStatus.UPDATING);
        }
        return updated;
    }

    /** DeleteCluster: refused while deletion protection is on; removes the cluster's data when done. */
    public synchronized ManagedCluster delete(String id, String clientToken) {
        ManagedCluster cluster = existing(id);
        if (cluster.status() == ClusterStatus.DELETING || cluster.status() == ClusterStatus.DELETED) {
            return cluster;
        }
        if (cluster.defaultCluster()) {
            throw ApiException.validation(ValidationReason.OTHER, "Cluster " + id
                    + " is this installation's default cluster and cannot be deleted.", List.of());
        }
        if (cluster.deletionProtectionEnabled()) {
            throw ApiException.validation(ValidationReason.DELETION_PROTECTION_ENABLED, "Cluster " + id
                    + " has deletion protection enabled. Disable deletion protection before deleting the cluster.",
                    List.of());
        }
        if (cluster.status() == ClusterStatus.CREATING) {
            throw ApiException.conflict("cluster", id, "Cluster " + id + " cannot be deleted while it is CREATING.");
        }
        ManagedCluster deleting = cluster.withStatus(ClusterStatus.DELETING, clock.instant())
                .withClientToken("DeleteCluster", clientToken, "delete");
        store(deleting);
        scheduleRemoval(id);
        log.info("cluster {} deleting", id);
        return deleting;
    }

    /** TagResource: adds or replaces tags. */
    public synchronized ManagedCluster tag(String id, Map<String, String> tags) {
        ManagedCluster cluster = existing(id);
        Map<String, String> merged = new HashMap<>(cluster.tags());
        merged.putAll(tags);
        if (merged.size() > MAX_TAGS) {
            throw ApiException.quotaExceeded("cluster", id, "tags-per-cluster",
                    "You have reached the tag limit: a cluster has at most " + MAX_TAGS + " tags.");
        }
        ManagedCluster tagged = cluster.withTags(merged);
        store(tagged);
        return tagged;
    }

    /** UntagResource: removes tags; unknown keys are ignored. */
    public synchronized ManagedCluster untag(String id, Set<String> keys) {
        ManagedCluster cluster = existing(id);
        Map<String, String> remaining = new HashMap<>(cluster.tags());
        remaining.keySet().removeAll(keys);
        ManagedCluster untagged = cluster.withTags(remaining);
        store(untagged);
        return untagged;
    }

    /** PutClusterPolicy: returns the new policy version. */
    public synchronized ManagedCluster putPolicy(String id, ClusterRequests.PutPolicy request) {
        ManagedCluster cluster = existing(id);
        String digest = request.digest();
        String remembered = cluster.clientTokenDigest("PutClusterPolicy", request.clientToken());
        if (remembered != null && remembered.equals(digest)) {
            return cluster;
        }
        checkExpectedVersion(cluster, request.expectedPolicyVersion());
        ManagedCluster updated = cluster.withPolicy(request.policy(), cluster.policyVersion() + 1)
                .withClientToken("PutClusterPolicy", request.clientToken(), digest);
        store(updated);
        return updated;
    }

    /** DeleteClusterPolicy: returns the version that was deleted. */
    public synchronized String deletePolicy(String id, String expectedVersion, String clientToken) {
        ManagedCluster cluster = existing(id);
        if (cluster.policy() == null) {
            if (cluster.clientTokenDigest("DeleteClusterPolicy", clientToken) != null) {
                return Long.toString(cluster.policyVersion());
            }
            throw policyNotFound(id);
        }
        checkExpectedVersion(cluster, expectedVersion);
        String deleted = Long.toString(cluster.policyVersion());
        store(cluster.withPolicy(null, cluster.policyVersion())
                .withClientToken("DeleteClusterPolicy", clientToken, "delete"));
        return deleted;
    }

    static ApiException policyNotFound(String id) {
        return ApiException.notFound("policy", id, "No resource policy is attached to cluster " + id + ".");
    }

    private static void checkExpectedVersion(ManagedCluster cluster, String expected) {
        if (expected == null) {
            return;
        }
        String current = cluster.policy() == null ? null : Long.toString(cluster.policyVersion());
        if (!expected.equals(current)) {
            throw ApiException.conflict("policy", cluster.id(), "The expected policy version " + expected
                    + " does not match the current version " + (current == null ? "(no policy)" : current) + ".");
        }
    }

    /** The cluster with this id; DELETED clusters count as missing. */
    private ManagedCluster existing(String id) {
        ManagedCluster cluster = clusters.get(id);
        if (cluster == null || cluster.status() == ClusterStatus.DELETED) {
            throw ApiException.clusterNotFound(id);
        }
        return cluster;
    }

    private void store(ManagedCluster cluster) {
        files.write(cluster);
        clusters.put(cluster.id(), cluster);
    }

    private void rememberCreateToken(ManagedCluster cluster) {
        for (String key : cluster.clientTokens().keySet()) {
            if (key.startsWith("CreateCluster:")) {
                createTokens.put(key.substring("CreateCluster:".length()), cluster.id());
            }
        }
    }

    private void forgetCreateTokens(String id) {
        createTokens.values().removeIf(id::equals);
    }

    private MultiRegionProperties checkMultiRegion(ManagedCluster cluster, String witness, List<String> peers) {
        if (witness != null && witness.equals(region)) {
            throw ApiException.invalidField("multiRegionProperties.witnessRegion",
                    "The witness Region must differ from the cluster's Region " + region + ".");
        }
        if (cluster != null && cluster.multiRegion() != null && cluster.multiRegion().witnessRegion() != null
                && witness != null && !witness.equals(cluster.multiRegion().witnessRegion())) {
            throw ApiException.invalidField("multiRegionProperties.witnessRegion",
                    "The witness Region of a cluster cannot be changed.");
        }
        if (!peers.isEmpty() && witness == null) {
            throw ApiException.invalidField("multiRegionProperties.witnessRegion",
                    "A multi-Region cluster needs a witness Region.");
        }
        for (String peer : peers) {
            String[] parts = peer.split(":", 6);
            if (cluster != null && peer.equals(cluster.arn())) {
                throw ApiException.invalidField("multiRegionProperties.clusters",
                        "A cluster cannot be its own peer.");
            }
            if (parts[3].equals(region)) {
                throw ApiException.invalidField("multiRegionProperties.clusters",
                        "Peer cluster " + peer + " must be in a different Region than " + region + ".");
            }
            if (parts[3].equals(witness)) {
                throw ApiException.invalidField("multiRegionProperties.clusters",
                        "Peer cluster " + peer + " cannot be in the witness Region " + witness + ".");
            }
        }
        return witness == null ? null : new MultiRegionProperties(witness, peers);
    }

    private void checkQuota(boolean multiRegion) {
        long count = clusters.values().stream().filter(cluster -> !cluster.status().gone())
                .filter(cluster -> (cluster.multiRegion() != null) == multiRegion).count();
        int quota = multiRegion ? settings.maxMultiRegionClusters() : settings.maxSingleRegionClusters();
        if (count >= quota) {
            throw ApiException.quotaExceeded("cluster", accountId,
                    multiRegion ? "multi-region-clusters" : "single-region-clusters",
                    "You have reached the cluster limit.");
        }
    }

    /** The stored form of a requested key: null for the AWS owned key, else a KMS key ARN. */
    private String kmsKey(String requested) {
        if (requested == null || requested.equals(AWS_OWNED_KMS_KEY)) {
            return null;
        }
        if (requested.startsWith("arn:")) {
            return requested;
        }
        return "arn:aws:kms:" + region + ":" + accountId + ":" + (requested.startsWith("alias/") ? requested
                : "key/" + requested);
    }

    private void scheduleActivation(String id, ClusterStatus from) {
        Instant since = clusters.get(id).statusSince();
        transitions.schedule(() -> activate(id, from, since), settings.transitionDelay().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private synchronized void activate(String id, ClusterStatus from, Instant since) {
        ManagedCluster cluster = clusters.get(id);
        // An update arriving while UPDATING scheduled its own activation; this one is stale.
        if (cluster == null || cluster.status() != from || !cluster.statusSince().equals(since)) {
            return;
        }
        try {
            store(cluster.withStatus(ClusterStatus.ACTIVE, clock.instant()));
            log.info("cluster {} is ACTIVE", id);
        } catch (RuntimeException e) {
            log.error("cannot activate cluster {}", id, e);
        }
    }

    private void scheduleRemoval(String id) {
        transitions.schedule(() -> remove(id), settings.transitionDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Sets what runs when a deleted cluster's data is about to be removed (the server closes the cluster's
     * database first, so no open store is deleted underneath).
     */
    public void onRemoval(java.util.function.Consumer<String> listener) {
        this.removalListener = java.util.Objects.requireNonNull(listener, "listener");
    }

    private synchronized void remove(String id) {
        ManagedCluster cluster = clusters.get(id);
        if (cluster == null || cluster.status() != ClusterStatus.DELETING) {
            return;
        }
        try {
            removalListener.accept(id);
            files.delete(cluster);
        } catch (RuntimeException e) {
            log.error("cannot remove the files of cluster {}", id, e);
            store(cluster.withStatus(ClusterStatus.FAILED, clock.instant()));
            return;
        }
        clusters.put(id, cluster.withStatus(ClusterStatus.DELETED, clock.instant()));
        forgetCreateTokens(id);
        log.info("cluster {} deleted", id);
        transitions.schedule(() -> forget(id), settings.deletedRetention().toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void forget(String id) {
        ManagedCluster cluster = clusters.get(id);
        if (cluster != null && cluster.status() == ClusterStatus.DELETED) {
            clusters.remove(id);
        }
    }

    @Override
    public void close() {
        transitions.shutdownNow();
    }
}
