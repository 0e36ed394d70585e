package io.opendsql.control;

import java.util.Map;
import java.util.TreeMap;

/** The parameters of the mutating cluster operations, already checked for shape by the HTTP layer. */
public final class ClusterRequests {
    private ClusterRequests() {
    }

    /**
     * CreateCluster.
     *
     * @param deletionProtectionEnabled null for the default (enabled)
     * @param kmsEncryptionKey a KMS key ARN, id or alias, {@code AWS_OWNED_KMS_KEY}, or null
     * @param tags initial tags
     * @param clientToken idempotency token, or null
     * @param multiRegion witness Region and peers, or null for a single-Region cluster
     * @param policy a resource-based policy document, or null
     */
    public record Create(Boolean deletionProtectionEnabled, String kmsEncryptionKey, Map<String, String> tags,
                         String clientToken, MultiRegionProperties multiRegion, String policy) {
        public Create {
            tags = tags == null ? Map.of() : Map.copyOf(tags);
        }

        /** A digest of everything but the client token, to tell a retry from a different request. */
        String digest() {
            return Digests.of("create", deletionProtectionEnabled, kmsEncryptionKey, new TreeMap<>(tags),
                    multiRegion, policy);
        }
    }

    /**
     * UpdateCluster; null members are left unchanged.
     *
     * @param multiRegion new witness Region and/or peers; a null member of it is left unchanged
     */
    public record Update(Boolean deletionProtectionEnabled, String kmsEncryptionKey, String clientToken,
                         MultiRegionProperties multiRegion) {
        String digest() {
            return Digests.of("update", deletionProtectionEnabled, kmsEncryptionKey, multiRegion);
        }
    }

    /** PutClusterPolicy. */
    public record PutPolicy(String policy, String expectedPolicyVersion, String clientToken) {
        String digest() {
            return Digests.of("put-policy", policy, expectedPolicyVersion);
        }
    }

    /** Short digests of request parameters. */
    static final class Digests {
        private Digests() {
        }

        static String of(Object... parts) {
            StringBuilder text = new StringBuilder();
            for (Object part : parts) {
                text.append(part).append('\u0000');
            }
            return io.opendsql.auth.SigV4.sha256Hex(text.toString()).substring(0, 32);
        }
    }
}
