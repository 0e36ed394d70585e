package io.opendsql.server;

import io.opendsql.catalog.CatalogOptions;
import io.opendsql.sql.engine.Database;
import io.opendsql.sql.engine.DsqlEngine;
import io.opendsql.storage.KvStore;
import io.opendsql.storage.MemoryKvStore;
import io.opendsql.storage.RocksKvStore;
import io.opendsql.txn.MvccOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each cluster's database and SQL engine, opened on first connection: RocksDB under
 * {@code <data>/clusters/<id>/store}, or memory. Clusters share nothing: each has its own store.
 */
final class ClusterDatabases implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ClusterDatabases.class);

    private final Path dataDir;
    private final ServerConfig.StorageMode mode;
    private final io.opendsql.txn.TransactionLimits limits;
    private final Map<String, DsqlEngine> engines = new ConcurrentHashMap<>();
    private boolean closed;

    ClusterDatabases(Path dataDir, ServerConfig.StorageMode mode, io.opendsql.txn.TransactionLimits limits) {
        this.dataDir = dataDir;
        this.mode = mode;
        this.limits = limits;
    }

    /** The engine of a cluster, opening its database if needed. */
    DsqlEngine engine(String clusterId) {
        return engines.computeIfAbsent(clusterId, this::open);
    }

    private synchronized DsqlEngine open(String clusterId) {
        if (closed) {
            throw new IllegalStateException("server is stopping");
        }
        KvStore store = mode == ServerConfig.StorageMode.MEMORY ? new MemoryKvStore("cluster " + clusterId)
                : RocksKvStore.open(storeDirectory(clusterId));
        log.info("opened the database of cluster {} ({})", clusterId, mode == ServerConfig.StorageMode.MEMORY
                ? "in memory" : storeDirectory(clusterId));
        return new DsqlEngine(Database.open(store, MvccOptions.defaults().withLimits(limits), CatalogOptions.defaults()));
    }

    Path storeDirectory(String clusterId) {
        return dataDir.resolve("clusters").resolve(clusterId).resolve("store");
    }

    /** Closes a cluster's database (its cluster is being deleted); a later connection would open a new one. */
    void close(String clusterId) {
        DsqlEngine engine = engines.remove(clusterId);
        if (engine != null) {
            engine.close();
            log.info("closed the database of cluster {}", clusterId);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (DsqlEngine engine : engines.values()) {
            try {
                engine.close();
            } catch (RuntimeException e) {
                log.warn("closing a cluster database failed", e);
            }
        }
        engines.clear();
    }
}
