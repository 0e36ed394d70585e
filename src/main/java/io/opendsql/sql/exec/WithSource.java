package io.opendsql.sql.exec;

import io.opendsql.sql.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * A query with WITH: registers its common tables for this run (their rows are computed as readers ask), then
 * returns the body's rows. Data-modifying common tables nobody read run when the body ends, as PostgreSQL runs
 * every one of them exactly once.
 */
final class WithSource implements RowSource {
    private final RowSource body;
    private final List<CommonTableRows> tables = new ArrayList<>();
    private final List<CommonTableRows> modifications = new ArrayList<>();
    private boolean finished;

    WithSource(Plan.With with, ExecContext context, Frames outer) {
        for (Plan.CommonTable table : with.tables()) {
            CommonTableRows rows = context.cache().register(table, context, outer);
            tables.add(rows);
            if (table.plan() instanceof Plan.Modify) {
                modifications.add(rows);
            }
        }
        this.body = Executor.open(with.body(), context, outer);
    }

    @Override
    public Object[] next() {
        Object[] row = body.next();
        if (row == null && !finished) {
            finished = true;
            for (CommonTableRows modification : modifications) {
                modification.complete();
            }
        }
        return row;
    }

    @Override
    public void close() {
        body.close();
        // a common table read part way stops reading its plan; a later read starts it again
        tables.forEach(CommonTableRows::close);
    }
}
