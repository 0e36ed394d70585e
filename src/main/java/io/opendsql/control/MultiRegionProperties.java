package io.opendsql.control;

import java.util.List;

/**
 * The multi-Region settings of a cluster: the witness Region and the ARNs of its peer clusters.
 *
 * @param witnessRegion the Region that breaks ties, or null
 * @param clusters ARNs of the peered clusters (never this cluster's own ARN); null in an update leaves them
 *     unchanged
 */
public record MultiRegionProperties(String witnessRegion, List<String> clusters) {
    public MultiRegionProperties {
        clusters = clusters == null ? null : List.copyOf(clusters);
    }

    /** A multi-Region cluster is set up once it has a witness Region and at least one peer. */
    public boolean complete() {
        return witnessRegion != null && !peers().isEmpty();
    }

    /** The peers, empty when none are named. */
    public List<String> peers() {
        return clusters == null ? List.of() : clusters;
    }
}
