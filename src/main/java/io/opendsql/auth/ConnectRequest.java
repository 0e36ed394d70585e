package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What the server knows about a connection attempt when it checks the password.
 *
 * @param token the password the client sent
 * @param user the database role from the startup message
 * @param acceptedHosts host names that reach this cluster (endpoint, SNI aliases), compared ignoring case
 * @param region the cluster's region
 * @param clusterArn {@code arn:aws:dsql:<region>:<account>:cluster/<id>}, the policy resource
 * @param clusterTags the cluster's tags, visible to conditions as {@code aws:ResourceTag/<key>}
 * @param now the time of the attempt
 */
public record ConnectRequest(String token, String user, Set<String> acceptedHosts, String region, String clusterArn,
                             Map<String, String> clusterTags, Instant now) {
    public ConnectRequest {
        requireNonNull(user, "user");
        acceptedHosts = Set.copyOf(acceptedHosts);
        requireNonNull(region, "region");
        requireNonNull(clusterArn, "clusterArn");
        clusterTags = Map.copyOf(clusterTags);
        requireNonNull(now, "now");
    }

    @Override
    public String toString() {
        return "ConnectRequest[user=" + user + ", acceptedHosts=" + acceptedHosts + ", region=" + region
                + ", clusterArn=" + clusterArn + ", now=" + now + ", token=<redacted>]";
    }
}
