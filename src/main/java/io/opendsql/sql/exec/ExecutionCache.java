package io.opendsql.sql.exec;

import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.plan.CteKey;
import io.opendsql.sql.plan.Plan;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one execution of a statement keeps across its operators: the results of uncorrelated subqueries (run
 * once), the rows of common tables as they are read, the working tables of recursive unions, and the rows of
 * table scans that run once per outer row ({@link CachedScans}). Not thread-safe, like the operators sharing it.
 */
public final class ExecutionCache {
    private final Map<BoundExpr.Subquery, Object> subqueries = new IdentityHashMap<>();
    private final Map<CteKey, CommonTableRows> commonTables = new IdentityHashMap<>();
    private final Map<CteKey, List<Object[]>> workTables = new IdentityHashMap<>();
    private final Map<Plan.Scan, List<Object[]>> scans = new IdentityHashMap<>();

    Object subquery(BoundExpr.Subquery subquery) {
        return subqueries.get(subquery);
    }

    void subquery(BoundExpr.Subquery subquery, Object result) {
        subqueries.put(subquery, result);
    }

    /**
     * The rows of {@code table} for a WITH run with {@code frames}: a new buffer, unless the table reads no
     * enclosing row and an earlier run of the same WITH already started one.
     */
    CommonTableRows register(Plan.CommonTable table, ExecContext context, Frames frames) {
        CommonTableRows rows = commonTables.get(table.key());
        if (rows == null || table.correlated()) {
            if (rows != null) {
                rows.close();
            }
            rows = new CommonTableRows(table.plan(), context, frames);
            commonTables.put(table.key(), rows);
        }
        return rows;
    }

    /** The rows of a common table; registered on first use when no WITH registered it (a statement's own WITH). */
    CommonTableRows commonTable(Plan.CommonTable table, ExecContext context) {
        CommonTableRows rows = commonTables.get(table.key());
        if (rows == null) {
            rows = register(table, context, Frames.NONE);
        }
        return rows;
    }

    /** The kept rows of a scan that runs again and again, or null when none are kept (yet). */
    List<Object[]> scan(Plan.Scan scan) {
        List<Object[]> rows = scans.get(scan);
        return rows == NOT_CACHEABLE ? null : rows;
    }

    void scan(Plan.Scan scan, List<Object[]> rows) {
        scans.put(scan, rows);
    }

    boolean scanCacheable(Plan.Scan scan) {
        return scans.get(scan) != NOT_CACHEABLE;
    }

    /** The scan's table is too large to keep: it is read from storage each time. */
    void scanNotCacheable(Plan.Scan scan) {
        scans.put(scan, NOT_CACHEABLE);
    }

    private static final List<Object[]> NOT_CACHEABLE = java.util.Collections.unmodifiableList(new java.util.ArrayList<>());

    List<Object[]> workTable(CteKey key) {
        return workTables.getOrDefault(key, List.of());
    }

    void workTable(CteKey key, List<Object[]> rows) {
        workTables.put(key, rows);
    }
}
