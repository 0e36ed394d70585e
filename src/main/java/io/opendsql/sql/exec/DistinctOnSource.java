package io.opendsql.sql.exec;

import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.types.PgType;
import java.util.List;

/** DISTINCT ON over input sorted by its keys: the first row of each run of equal keys (NULLs equal). */
final class DistinctOnSource implements RowSource {
    private final RowSource input;
    private final List<BoundExpr> keys;
    private final Evaluator evaluator;
    private final PgType[] types;
    private Object[] previous;

    DistinctOnSource(RowSource input, List<BoundExpr> keys, Evaluator evaluator) {
        this.input = input;
        this.keys = keys;
        this.evaluator = evaluator;
        this.types = keys.stream().map(k -> k.type().type()).toArray(PgType[]::new);
    }

    @Override
    public Object[] next() {
        for (Object[] row = input.next(); row != null; row = input.next()) {
            Object[] current = evaluate(keys, evaluator.row(row));
            if (previous == null || !equal(types, previous, current)) {
                previous = current;
                return row;
            }
        }
        return null;
    }

    static Object[] evaluate(List<BoundExpr> exprs, Evaluator evaluator) {
        Object[] values = new Object[exprs.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = evaluator.eval(exprs.get(i));
        }
        return values;
    }

    static boolean equal(PgType[] types, Object[] a, Object[] b) {
        for (int i = 0; i < types.length; i++) {
            if (RowOrder.compare(types[i], a[i], b[i], false) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        input.close();
    }
}
