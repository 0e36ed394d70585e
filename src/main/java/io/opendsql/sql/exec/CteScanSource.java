package io.opendsql.sql.exec;

import io.opendsql.sql.plan.Plan;

/** One reader of a common table's rows. */
final class CteScanSource implements RowSource {
    private final CommonTableRows rows;
    private int next;

    CteScanSource(Plan.CteScan scan, ExecContext context) {
        this.rows = context.cache().commonTable(scan.table(), context);
    }

    @Override
    public Object[] next() {
        Object[] row = rows.row(next);
        if (row != null) {
            next++;
        }
        return row;
    }
}
