package io.opendsql.sql.exec;

import io.opendsql.sql.analyze.BoundExpr;

/** Rows of the input for which the predicate is true (not false, not NULL). */
final class FilterSource implements RowSource {
    private final RowSource input;
    private final BoundExpr predicate;
    private final Evaluator evaluator;

    FilterSource(RowSource input, BoundExpr predicate, Evaluator evaluator) {
        this.input = input;
        this.predicate = predicate;
        this.evaluator = evaluator;
    }

    @Override
    public Object[] next() {
        for (Object[] row = input.next(); row != null; row = input.next()) {
            if (Boolean.TRUE.equals(evaluator.row(row).eval(predicate))) {
                return row;
            }
        }
        return null;
    }

    @Override
    public void close() {
        input.close();
    }
}
