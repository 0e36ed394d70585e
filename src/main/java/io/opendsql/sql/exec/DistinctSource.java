package io.opendsql.sql.exec;

import io.opendsql.sql.plan.OutputColumn;
import java.util.List;
import java.util.TreeSet;

/** The first row of each distinct key (the first {@code width} columns), in input order. */
final class DistinctSource implements RowSource {
    private final RowSource input;
    private final TreeSet<Object[]> seen;

    DistinctSource(RowSource input, List<OutputColumn> columns, int width) {
        this.input = input;
        this.seen = new TreeSet<>(RowOrder.rows(columns, width));
    }

    @Override
    public Object[] next() {
        for (Object[] row = input.next(); row != null; row = input.next()) {
            if (seen.add(row)) {
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
