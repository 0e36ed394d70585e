package io.opendsql.control;

import java.time.Duration;

/**
 * How the cluster registry behaves.
 *
 * @param transitionDelay how long CREATING and UPDATING last before ACTIVE, and DELETING before DELETED
 * @param deletedRetention how long a DELETED cluster is still reported before it is forgotten
 * @param maxSingleRegionClusters DSQL's quota of single-Region clusters per account and Region (20)
 * @param maxMultiRegionClusters DSQL's quota of multi-Region clusters per account and Region (5)
 * @param defaultProfile the DSQL behaviour profile of new clusters
 */
public record RegistrySettings(Duration transitionDelay, Duration deletedRetention, int maxSingleRegionClusters,
                               int maxMultiRegionClusters, String defaultProfile) {
    public static final String DEFAULT_PROFILE = "2025.11";
    public static final RegistrySettings DEFAULTS =
            new RegistrySettings(Duration.ofSeconds(1), Duration.ofSeconds(5), 20, 5, DEFAULT_PROFILE);

    public RegistrySettings {
        if (transitionDelay.isNegative() || deletedRetention.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
        if (maxSingleRegionClusters < 1 || maxMultiRegionClusters < 0) {
            throw new IllegalArgumentException("cluster quotas must be positive");
        }
    }

    public RegistrySettings withTransitionDelay(Duration delay) {
        return new RegistrySettings(delay, deletedRetention, maxSingleRegionClusters, maxMultiRegionClusters,
                defaultProfile);
    }

    public RegistrySettings withDeletedRetention(Duration retention) {
        return new RegistrySettings(transitionDelay, retention, maxSingleRegionClusters, maxMultiRegionClusters,
                defaultProfile);
    }

    public RegistrySettings withQuotas(int singleRegion, int multiRegion) {
        return new RegistrySettings(transitionDelay, deletedRetention, singleRegion, multiRegion, defaultProfile);
    }
}
