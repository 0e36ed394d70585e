package io.opendsql.sql.exec;

import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.plan.Plan;
import java.util.List;

/** VALUES rows, evaluated as they are read. */
final class ValuesSource implements RowSource {
    private final List<List<BoundExpr>> rows;
    private final Evaluator evaluator;
    private final ExecContext context;
    private int next;

    ValuesSource(Plan.Values values, Evaluator evaluator, ExecContext context) {
        this.rows = values.rows();
        this.evaluator = evaluator;
        this.context = context;
    }

    @Override
    public Object[] next() {
        if (next >= rows.size()) {
            return null;
        }
        context.checkCancel();
        List<BoundExpr> row = rows.get(next++);
        Object[] out = new Object[row.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = evaluator.eval(row.get(i));
        }
        return out;
    }
}
