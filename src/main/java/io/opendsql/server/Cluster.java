package io.opendsql.server;

import static java.util.Objects.requireNonNull;

import io.opendsql.control.ClusterIds;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A DSQL cluster served by this process: its 26-character identifier, region, ARN and endpoint.
 *
 * @param id 26 characters [a-z0-9] (lower-case base32 of 128 random bits, like DSQL's ids)
 * @param region AWS region name, e.g. us-east-1
 * @param accountId the installation's 12-digit AWS account id
 * @param tags cluster tags (used by IAM tag conditions)
 */
public record Cluster(String id, String region, String accountId, Map<String, String> tags) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]{26}");

    public Cluster {
        requireNonNull(region, "region");
        requireNonNull(accountId, "accountId");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("cluster id must be 26 characters [a-z0-9]: " + id);
        }
        tags = Map.copyOf(tags);
    }

    /** A fresh identifier: 128 random bits as 26 lower-case base32 characters. */
    public static String newId(SecureRandom random) {
        return ClusterIds.newId(random);
    }

    /** {@code <id>.dsql.<region>.on.aws}, the host name clients sign tokens for. */
    public String endpoint() {
        return id + ".dsql." + region + ".on.aws";
    }

    /** {@code arn:aws:dsql:<region>:<account>:cluster/<id>}. */
    public String arn() {
        return "arn:aws:dsql:" + region + ":" + accountId + ":cluster/" + id;
    }

    /** True when a TLS server name addresses this cluster's endpoint. */
    public boolean answers(String serverName) {
        return serverName != null && serverName.toLowerCase(Locale.ROOT).equals(endpoint());
    }
}
