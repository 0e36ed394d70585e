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
 */
public record CatalogOptions(CatalogLimits limits, int idBlockSize, LongSupplier nowMicros) {
    public CatalogOptions {
        requireNonNull(limits, "limits");
        requireNonNull(nowMicros, "nowMicros");
    }

    public static CatalogOptions defaults() {
        return new CatalogOptions(CatalogLimits.DSQL, 100, () -> System.currentTimeMillis() * 1000);
    }

    public CatalogOptions withLimits(CatalogLimits value) {
        return new CatalogOptions(value, idBlockSize, nowMicros);
    }

    public CatalogOptions withIdBlockSize(int value) {
        return new CatalogOptions(limits, value, nowMicros);
    }

    public CatalogOptions withNowMicros(LongSupplier value) {
        return new CatalogOptions(limits, idBlockSize, value);
    }
}
