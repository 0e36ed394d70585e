package io.opendsql.catalog;

import static java.util.Objects.requireNonNull;

import java.util.function.LongSupplier;

/**
 * Settings of a {@link Catalog}.
 *
 * @param limits        the DDL limits
 * @param idBlockSize   how many OIDs (and storage ids) one durable counter advance reserves; ids left in a
 *                      block at shutdown are skipped
 * @param nowMicros     wall time in microseconds since the epoch, for job times
 * @param conflictScope which catalog changes fail a transaction with OC001
 */
public record CatalogOptions(CatalogLimits limits, int idBlockSize, LongSupplier nowMicros,
                             ConflictScope conflictScope) {
    /** Which catalog changes committed after a transaction's snapshot fail it with OC001. */
    public enum ConflictScope {
        /** Changes of a catalog row the transaction read or wrote (default): DDL on other objects is fine. */
        OBJECT,
        /**
         * Any catalog change at all, for a transaction that used the catalog: the cluster-wide catalog version
         * as DSQL's own tests observe it (spec §4.2, §12 q.12). Concurrent DDLs always conflict.
         */
        CLUSTER
    }

    public CatalogOptions {
        requireNonNull(limits, "limits");
        requireNonNull(nowMicros, "nowMicros");
        requireNonNull(conflictScope, "conflictScope");
    }

    public static CatalogOptions defaults() {
        return new CatalogOptions(CatalogLimits.DSQL, 100, () -> System.currentTimeMillis() * 1000,
                ConflictScope.OBJECT);
    }

    public CatalogOptions withLimits(CatalogLimits value) {
        return new CatalogOptions(value, idBlockSize, nowMicros, conflictScope);
    }

    public CatalogOptions withIdBlockSize(int value) {
        return new CatalogOptions(limits, value, nowMicros, conflictScope);
    }

    public CatalogOptions withNowMicros(LongSupplier value) {
        return new CatalogOptions(limits, idBlockSize, value, conflictScope);
    }

    public CatalogOptions withConflictScope(ConflictScope value) {
        return new CatalogOptions(limits, idBlockSize, nowMicros, value);
    }
}
