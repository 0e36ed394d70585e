package io.opendsql.sql.engine;

import static java.util.Objects.requireNonNull;

import io.opendsql.catalog.Catalog;
import io.opendsql.catalog.CatalogOptions;
import io.opendsql.storage.KvStore;
import io.opendsql.storage.MemoryKvStore;
import io.opendsql.txn.MvccOptions;
import io.opendsql.txn.MvccStore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One cluster's {@code postgres} database: its MVCC store and the catalog in it. Sessions of the cluster
 * share it; each transaction reads and writes through it.
 */
public final class Database implements AutoCloseable {
    private final MvccStore mvcc;
    private final Catalog catalog;
    private final AtomicLong rowIds;
    private final ConflictInjection conflicts = new ConflictInjection();

    private Database(MvccStore mvcc, Catalog catalog) {
        this.mvcc = mvcc;
        this.catalog = catalog;
        // hidden row ids only need to be unique and increasing; starting from the clock keeps them so across restarts
        this.rowIds = new AtomicLong(Math.max(System.currentTimeMillis() * 1000, mvcc.latestTimestamp()) << 8);
    }

    /** Opens the database in {@code store}, which it then owns and closes. */
    public static Database open(KvStore store, MvccOptions mvccOptions, CatalogOptions catalogOptions) {
        MvccStore mvcc = MvccStore.openOwning(requireNonNull(store, "store"), mvccOptions);
        try {
            return new Database(mvcc, Catalog.open(mvcc, catalogOptions));
        } catch (RuntimeException e) {
            mvcc.close();
            throw e;
        }
    }

    /** An empty database in memory, with DSQL's limits, for tests and throwaway embedded use. */
    public static Database inMemory() {
        return open(new MemoryKvStore(), MvccOptions.defaults(), CatalogOptions.defaults());
    }

    public MvccStore mvcc() {
        return mvcc;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Conflict injection for every session of this database (off by default). */
    public ConflictInjection conflictInjection() {
        return conflicts;
    }

    /** A fresh hidden row id. */
    public long nextRowId() {
        return rowIds.incrementAndGet();
    }

    @Override
    public void close() {
        mvcc.close();
    }
}
