package io.opendsql.control;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the control plane knows about one cluster. Immutable; the registry replaces the whole
 * value on every change.
 *
 * @param id 26 characters {@code [a-z0-9]}
 * @param region the cluster's Region
 * @param accountId the installation's 12-digit account id
 * @param status the lifecycle status
 * @param statusSince when the status last changed
 * @param creationTime when CreateCluster accepted the cluster
 * @param deletionProtectionEnabled whether DeleteCluster is refused
 * @param kmsEncryptionKey the customer KMS key named at create or update, or null for an AWS owned key
 * @param multiRegion witness Region and peers, or null for a single-Region cluster
 * @param tags cluster tags, sorted by key
 * @param profile the DSQL behaviour profile the cluster's SQL follows, e.g. {@code 2025.11}
 * @param policy the resource-based policy document, or null
 * @param policyVersion the version of {@code policy}; counts every put and delete
 * @param defaultCluster true for the installation's default cluster (connections without SNI reach it)
 * @param clientTokens idempotency tokens seen for this cluster: {@code <Operation>:<token>} to a digest of
 *     the request parameters
 */
public record ManagedCluster(String id, String region, String accountId, ClusterStatus status, Instant statusSince,
                             Instant creationTime, boolean deletionProtectionEnabled, String kmsEncryptionKey,
                             MultiRegionProperties multiRegion, Map<String, String> tags, String profile,
                             String policy, long policyVersion, boolean defaultCluster,
                             Map<String, String> clientTokens) {
    /** How many idempotency tokens a cluster remembers. */
    static final int MAX_CLIENT_TOKENS = 32;

    public ManagedCluster {
        ClusterIds.requireValid(id);
        requireNonNull(region, "region");
        requireNonNull(accountId, "accountId");
        requireNonNull(status, "status");
        requireNonNull(statusSince, "statusSince");
        requireNonNull(creationTime, "creationTime");
        requireNonNull(profile, "profile");
        tags = java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
        clientTokens = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(clientTokens));
    }

    /** {@code <id>.dsql.<region>.on.aws}, the host name clients connect to and sign tokens for. */
    public String endpoint() {
        return id + ".dsql." + region + ".on.aws";
    }

    /** {@code arn:aws:dsql:<region>:<account>:cluster/<id>}. */
    public String arn() {
        return arn(region, accountId, id);
    }

    static String arn(String region, String accountId, String id) {
        return "arn:aws:dsql:" + region + ":" + accountId + ":cluster/" + id;
    }

    ManagedCluster withStatus(ClusterStatus newStatus, Instant now) {
        return new ManagedCluster(id, region, accountId, newStatus, now, creationTime, deletionProtectionEnabled,
                kmsEncryptionKey, multiRegion, tags, profile, policy, policyVersion, defaultCluster, clientTokens);
    }

    ManagedCluster withSettings(boolean deletionProtection, String kmsKey, MultiRegionProperties properties) {
        return new ManagedCluster(id, region, accountId, status, statusSince, creationTime, deletionProtection,
                kmsKey, properties, tags, profile, policy, policyVersion, defaultCluster, clientTokens);
    }

    ManagedCluster withTags(Map<String, String> newTags) {
        return new ManagedCluster(id, region, accountId, status, statusSince, creationTime, deletionProtectionEnabled,
                kmsEncryptionKey, multiRegion, newTags, profile, policy, policyVersion, defaultCluster, clientTokens);
    }

    ManagedCluster withPolicy(String newPolicy, long newVersion) {
        return new ManagedCluster(id, region, accountId, status, statusSince, creationTime, deletionProtectionEnabled,
                kmsEncryptionKey, multiRegion, tags, profile, newPolicy, newVersion, defaultCluster, clientTokens);
    }

    /** Remembers {@code token} for {@code operation}, forgetting the oldest when too many are kept. */
    ManagedCluster withClientToken(String operation, String token, String digest) {
        if (token == null) {
            return this;
        }
        Map<String, String> tokens = new LinkedHashMap<>(clientTokens);
        tokens.remove(operation + ":" + token);
        tokens.put(operation + ":" + token, digest);
        while (tokens.size() > MAX_CLIENT_TOKENS) {
            tokens.remove(tokens.keySet().iterator().next());
        }
        return new ManagedCluster(id, region, accountId, status, statusSince, creationTime, deletionProtectionEnabled,
                kmsEncryptionKey, multiRegion, tags, profile, policy, policyVersion, defaultCluster, tokens);
    }

    /** The digest remembered for {@code operation} with {@code token}, or null. */
    String clientTokenDigest(String operation, String token) {
        return token == null ? null : clientTokens.get(operation + ":" + token);
    }
}
