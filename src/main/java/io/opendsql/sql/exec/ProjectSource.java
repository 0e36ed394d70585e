package io.opendsql.sql.exec;

import io.opendsql.sql.analyze.BoundExpr;
import java.util.List;

/** One computed row per input row. */
final class ProjectSource implements RowSource {
    private final RowSource input;
    private final BoundExpr[] exprs;
    private final Evaluator evaluator;

    ProjectSource(RowSource input, List<BoundExpr> exprs, Evaluator evaluator) {
        this.input = input;
        this.exprs = exprs.toArray(BoundExpr[]::new);
        this.evaluator = evaluator;
    }

    @Override
    public Object[] next() {
        Object[] row = input.next();
        if (row == null) {
            return null;
        }
        evaluator.row(row);
        Object[] out = new Object[exprs.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = evaluator.eval(exprs[i]);
        }
        return out;
    }

    @Override
    public void close() {
        input.close();
    }
}
