package io.opendsql.sql.exec;

import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * Table scans that run again and again within one execution (inside a correlated subquery or a LATERAL item,
 * which run once per outer row): the table's rows are read once and kept for the rest of the execution, up to
 * {@link #MAX_ROWS}, and each run filters the kept rows. A statement reads its snapshot, so every run sees the
 * same rows. Scans by key range, and scans of larger tables, read storage each time.
 */
final class CachedScans {
    /** The most rows kept per scan; a larger table is read from storage on each run. */
    static final int MAX_ROWS = 10_000;

    private CachedScans() {
    }

    static RowSource open(Plan.Scan scan, ExecContext context, Frames outer) {
        if (outer == Frames.NONE || scan.range() != null) {
            return new ScanSource(scan, context, outer);
        }
        ExecutionCache cache = context.cache();
        List<Object[]> rows = cache.scan(scan);
        if (rows == null) {
            if (!cache.scanCacheable(scan)) {
                return new ScanSource(scan, context, outer);
            }
            rows = read(scan, context, outer);
            if (rows == null) {
                cache.scanNotCacheable(scan);
                return new ScanSource(scan, context, outer);
            }
            cache.scan(scan, rows);
        }
        return new KeptRowsSource(rows, scan.filter(), context.evaluator(outer));
    }

    /** All rows of the table, or null when it has more than {@link #MAX_ROWS}. */
    private static List<Object[]> read(Plan.Scan scan, ExecContext context, Frames outer) {
        Plan.Scan unfiltered = new Plan.Scan(scan.columns(), scan.table(), scan.indexes(), scan.withKey(), null, null);
        List<Object[]> rows = new ArrayList<>();
        try (RowSource source = new ScanSource(unfiltered, context, outer)) {
            for (Object[] row = source.next(); row != null; row = source.next()) {
                if (rows.size() == MAX_ROWS) {
                    return null;
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Kept rows, filtered. */
    private static final class KeptRowsSource implements RowSource {
        private final List<Object[]> rows;
        private final BoundExpr filter;
        private final Evaluator evaluator;
        private int next;

        KeptRowsSource(List<Object[]> rows, BoundExpr filter, Evaluator evaluator) {
            this.rows = rows;
            this.filter = filter;
            this.evaluator = evaluator;
        }

        @Override
        public Object[] next() {
            while (next < rows.size()) {
                Object[] row = rows.get(next++);
                if (filter == null || Boolean.TRUE.equals(evaluator.row(row).eval(filter))) {
                    return row;
                }
            }
            return null;
        }
    }
}
