package io.opendsql.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Map;

/**
 * The clusters of an installation, kept in {@code <dataDir>/clusters/default.json}. Until the control
 * plane lands there is one, the default cluster, created on first start.
 */
final class ClusterStore {
    /** What is persisted of a cluster; account and tags come from the installation and the control plane. */
    record ClusterFile(String id, String region, Map<String, String> tags) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ClusterStore() {
    }

    /** Loads the default cluster, creating it (with a fresh id) on first start. */
    static Cluster defaultCluster(Path dataDir, String region, String accountId) {
        Path file = dataDir.resolve("clusters").resolve("default.json");
        try {
            ClusterFile stored;
            if (Files.exists(file)) {
                stored = JSON.readValue(file.toFile(), ClusterFile.class);
                if (!stored.region().equals(region)) {
                    throw new IllegalStateException("the default cluster in " + dataDir + " is in region "
                            + stored.region() + ", not " + region + "; start with --region " + stored.region());
                }
            } else {
                stored = new ClusterFile(Cluster.newId(new SecureRandom()), region, Map.of());
                Files.createDirectories(file.getParent());
                Path temporary = file.resolveSibling("default.json.tmp");
                JSON.writeValue(temporary.toFile(), stored);
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Cluster(stored.id(), stored.region(), accountId,
                    stored.tags() == null ? Map.of() : stored.tags());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
