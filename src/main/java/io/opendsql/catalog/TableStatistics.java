package io.opendsql.catalog;

/**
 * What ANALYZE learned about a table: reltuples and when. Kept apart from {@link TableDescriptor} and, like
 * jobs, not a schema change: automatic ANALYZE must not fail other transactions with OC001.
 *
 * @param rowEstimate   pg_class.reltuples; -1 when never analyzed
 * @param analyzedAt    microseconds since the epoch, 0 when never analyzed
 */
public record TableStatistics(long tableOid, long rowEstimate, long analyzedAt) {
    public static TableStatistics never(long tableOid) {
        return new TableStatistics(tableOid, -1, 0);
    }
}
