package io.opendsql.sql.exec;

import io.opendsql.sql.plan.OutputColumn;
import io.opendsql.sql.types.Casts;
import io.opendsql.sql.types.PgType;
import java.util.List;

/** Casts each column from the input's type to the output's. */
final class ConvertSource implements RowSource {
    private final RowSource input;
    private final List<OutputColumn> from;
    private final List<OutputColumn> to;
    private final ExecContext context;

    ConvertSource(RowSource input, List<OutputColumn> from, List<OutputColumn> to, ExecContext context) {
        this.input = input;
        this.from = from;
        this.to = to;
        this.context = context;
    }

    @Override
    public Object[] next() {
        Object[] row = input.next();
        if (row == null) {
            return null;
        }
        row = row.clone();
        for (int c = 0; c < row.length; c++) {
            PgType source = from.get(c).type().type();
            if (source != to.get(c).type().type()) {
                row[c] = Casts.cast(row[c], source, to.get(c).type(), context.functions().types(), false);
            }
        }
        return row;
    }

    @Override
    public void close() {
        input.close();
    }
}
