package io.opendsql.sql.exec;

import io.opendsql.sql.plan.Plan;
import java.util.Iterator;

/** A data-modifying statement in WITH: runs it on the first read, then returns its RETURNING rows. */
final class ModifySource implements RowSource {
    private final Plan.Modify modify;
    private final ExecContext context;
    private Iterator<Object[]> rows;

    ModifySource(Plan.Modify modify, ExecContext context) {
        this.modify = modify;
        this.context = context;
    }

    @Override
    public Object[] next() {
        if (rows == null) {
            rows = new DmlRunner(context).run(modify.dml()).returning().iterator();
        }
        return rows.hasNext() ? rows.next() : null;
    }
}
