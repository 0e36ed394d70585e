package io.opendsql.sql.exec;

import io.opendsql.sql.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one common table in one run of its WITH, computed as readers ask for them and kept, so every
 * reader sees the same rows and the plan runs once (as PostgreSQL's CTE tuplestore). Reading stops early when
 * the readers stop, so a recursive union without end can still be read with a LIMIT.
 */
final class CommonTableRows {
    private final Plan plan;
    private final ExecContext context;
    private final Frames frames;
    private final List<Object[]> rows = new ArrayList<>();
    private RowSource source;
    private boolean done;
    private int skip;

    CommonTableRows(Plan plan, ExecContext context, Frames frames) {
        this.plan = plan;
        this.context = context;
        this.frames = frames;
    }

    /** Row {@code index}, computing rows up to it; null past the last row. */
    Object[] row(int index) {
        while (rows.size() <= index && !done) {
            if (source == null) {
                source = Executor.open(plan, context, frames);
                // a source closed before the end starts again; the rows already kept are skipped
                skip = rows.size();
            }
            Object[] row = source.next();
            if (row == null) {
                done = true;
                close();
            } else if (skip > 0) {
                skip--;
            } else {
                rows.add(row);
            }
        }
        return index < rows.size() ? rows.get(index) : null;
    }

    boolean started() {
        return source != null || done || !rows.isEmpty();
    }

    /** Reads to the end (a data-modifying statement runs even when nothing reads it). */
    void complete() {
        for (int i = rows.size(); row(i) != null; i++) {
            context.checkCancel();
        }
    }

    void close() {
        if (source != null) {
            RowSource open = source;
            source = null;
            open.close();
        }
    }
}
