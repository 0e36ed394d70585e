package io.opendsql.control;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cluster definitions on disk: one JSON file per cluster under {@code <dataDir>/clusters/}, named
 * {@code default.json} for the default cluster (the name earlier versions used, whose files hold only
 * {@code id}, {@code region} and {@code tags}) and {@code <id>.json} for the others. Each file is written
 * to a temporary sibling, forced to disk and renamed over the old one. A cluster's data lives in the
 * directory {@code <dataDir>/clusters/<id>/}.
 */
final class ClusterFiles {
    static final String DEFAULT_FILE = "default.json";

    private static final Logger log = LoggerFactory.getLogger(ClusterFiles.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The JSON form of a cluster; every field but id and region may be missing in older files. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ClusterFile(String id, String region, Map<String, String> tags, String status, String statusSince,
                       String creationTime, Boolean deletionProtectionEnabled, String kmsEncryptionKey,
                       String witnessRegion, List<String> peerClusters, String profile, String policy,
                       Long policyVersion, Map<String, String> clientTokens) {
    }

    private final Path directory;

    ClusterFiles(Path dataDir) {
        this.directory = dataDir.resolve("clusters");
    }

    Path directory() {
        return directory;
    }

    /** The directory holding a cluster's data. */
    Path dataDirectory(String id) {
        return directory.resolve(ClusterIds.requireValid(id));
    }

    /** Every stored cluster; the default cluster's file also says whether it exists at all. */
    List<ManagedCluster> readAll(String accountId, String defaultProfile) {
        List<ManagedCluster> clusters = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return clusters;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
            for (Path file : files) {
                boolean isDefault = file.getFileName().toString().equals(DEFAULT_FILE);
                clusters.add(read(file, isDefault, accountId, defaultProfile));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cluster definitions in " + directory, e);
        }
        return clusters;
    }

    private static ManagedCluster read(Path file, boolean isDefault, String accountId, String defaultProfile)
            throws IOException {
        ClusterFile stored = JSON.readValue(file.toFile(), ClusterFile.class);
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        Instant created = stored.creationTime() == null ? modified : Instant.parse(stored.creationTime());
        MultiRegionProperties multiRegion = stored.witnessRegion() == null && stored.peerClusters() == null
                ? null : new MultiRegionProperties(stored.witnessRegion(), stored.peerClusters());
        return new ManagedCluster(stored.id(), stored.region(), accountId,
                stored.status() == null ? ClusterStatus.ACTIVE : ClusterStatus.valueOf(stored.status()),
                stored.statusSince() == null ? created : Instant.parse(stored.statusSince()), created,
                stored.deletionProtectionEnabled() == null ? isDefault : stored.deletionProtectionEnabled(),
                stored.kmsEncryptionKey(), multiRegion, stored.tags() == null ? Map.of() : stored.tags(),
                stored.profile() == null ? defaultProfile : stored.profile(), stored.policy(),
                stored.policyVersion() == null ? 0 : stored.policyVersion(), isDefault,
                stored.clientTokens() == null ? Map.of() : stored.clientTokens());
    }

    /** Writes a cluster's file atomically. */
    void write(ManagedCluster cluster) {
        MultiRegionProperties multiRegion = cluster.multiRegion();
        ClusterFile stored = new ClusterFile(cluster.id(), cluster.region(), cluster.tags(), cluster.status().name(),
                cluster.statusSince().toString(), cluster.creationTime().toString(),
                cluster.deletionProtectionEnabled(), cluster.kmsEncryptionKey(),
                multiRegion == null ? null : multiRegion.witnessRegion(),
                multiRegion == null ? null : multiRegion.clusters(), cluster.profile(), cluster.policy(),
                cluster.policyVersion(), cluster.clientTokens());
        Path file = file(cluster);
        try {
            Files.createDirectories(directory);
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            byte[] bytes = JSON.writeValueAsBytes(stored);
            try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Removes a cluster's file and its data directory. */
    void delete(ManagedCluster cluster) {
        try {
            Files.deleteIfExists(file(cluster));
            deleteTree(dataDirectory(cluster.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete cluster " + cluster.id() + " under " + directory, e);
        }
    }

    private Path file(ManagedCluster cluster) {
        return directory.resolve(cluster.defaultCluster() ? DEFAULT_FILE : cluster.id() + ".json");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null && !(failure instanceof NoSuchFileException)) {
                    throw failure;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        log.info("removed cluster data directory {}", root);
    }
}
