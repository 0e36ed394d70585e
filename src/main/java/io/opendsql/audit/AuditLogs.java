package io.opendsql.audit;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/** The audit logs of every cluster of a server, one {@link JsonLinesAuditLog} per cluster id. */
public final class AuditLogs {
    /** Rotation size of the server's audit files. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** Rotated files kept per cluster besides the current one. */
    public static final int DEFAULT_KEEP_FILES = 9;

    private final Function<String, Path> directoryOfCluster;
    private final long maxBytes;
    private final int keepFiles;
    private final ConcurrentMap<String, AuditLog> logs = new ConcurrentHashMap<>();

    /**
     * @param directoryOfCluster the audit directory of a cluster id
     * @param maxBytes rotation size
     * @param keepFiles rotated files kept
     */
    public AuditLogs(Function<String, Path> directoryOfCluster, long maxBytes, int keepFiles) {
        this.directoryOfCluster = requireNonNull(directoryOfCluster, "directoryOfCluster");
        this.maxBytes = maxBytes;
        this.keepFiles = keepFiles;
    }

    /** The audit log of one cluster; the same instance on every call. */
    public AuditLog forCluster(String clusterId) {
        return logs.computeIfAbsent(clusterId,
                id -> new JsonLinesAuditLog(directoryOfCluster.apply(id), id, maxBytes, keepFiles));
    }
}
