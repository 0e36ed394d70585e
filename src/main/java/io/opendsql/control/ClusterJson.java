package io.opendsql.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** The JSON output shapes of the cluster operations (restJson1: timestamps are epoch seconds). */
final class ClusterJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private ClusterJson() {
    }

    /** identifier, arn, status, creationTime: the UpdateCluster and DeleteCluster output. */
    static ObjectNode summary(ManagedCluster cluster) {
        ObjectNode out = JSON.createObjectNode();
        out.put("identifier", cluster.id());
        out.put("arn", cluster.arn());
        out.put("status", cluster.status().name());
        out.put("creationTime", epochSeconds(cluster.creationTime()));
        return out;
    }

    /** The CreateCluster output. */
    static ObjectNode created(ManagedCluster cluster) {
        ObjectNode out = summary(cluster);
        out.put("deletionProtectionEnabled", cluster.deletionProtectionEnabled());
        if (cluster.multiRegion() != null) {
            out.set("multiRegionProperties", multiRegion(cluster.multiRegion()));
        }
        out.set("encryptionDetails", encryption(cluster));
        out.put("endpoint", cluster.endpoint());
        return out;
    }

    /** The GetCluster output: CreateCluster's plus tags. */
    static ObjectNode described(ManagedCluster cluster) {
        ObjectNode out = created(cluster);
        out.set("tags", tags(cluster.tags()));
        return out;
    }

    static ObjectNode tags(Map<String, String> tags) {
        ObjectNode out = JSON.createObjectNode();
        tags.forEach(out::put);
        return out;
    }

    private static ObjectNode multiRegion(MultiRegionProperties properties) {
        ObjectNode out = JSON.createObjectNode();
        if (properties.witnessRegion() != null) {
            out.put("witnessRegion", properties.witnessRegion());
        }
        ArrayNode clusters = out.putArray("clusters");
        properties.peers().forEach(clusters::add);
        return out;
    }

    private static ObjectNode encryption(ManagedCluster cluster) {
        ObjectNode out = JSON.createObjectNode();
        if (cluster.kmsEncryptionKey() == null) {
            out.put("encryptionType", "AWS_OWNED_KMS_KEY");
        } else {
            out.put("encryptionType", "CUSTOMER_MANAGED_KMS_KEY");
            out.put("kmsKeyArn", cluster.kmsEncryptionKey());
        }
        out.put("encryptionStatus", cluster.status() == ClusterStatus.CREATING ? "ENABLING" : "ENABLED");
        return out;
    }

    /** Epoch seconds with millisecond fraction, as a JSON number. */
    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
    }
}
