package io.opendsql.sql.analyze;

import io.opendsql.sql.parse.ast.SelectBody;
import io.opendsql.sql.types.SqlType;
import java.util.List;

/** An analyzed query without tables: rows of expressions, set operations, sorting and limits. */
public sealed interface BoundQuery {
    List<OutputColumn> columns();

    record OutputColumn(String name, SqlType type) {
    }

    /** A SELECT list (one row, kept when {@code filter} holds) or VALUES rows. */
    record Rows(List<OutputColumn> columns, List<List<BoundExpr>> rows, BoundExpr filter) implements BoundQuery {
        public Rows {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** UNION / INTERSECT / EXCEPT; each side's values are cast to the output column types. */
    record SetOperation(List<OutputColumn> columns, SelectBody.SetOp op, boolean all, BoundQuery left,
                        BoundQuery right) implements BoundQuery {
        public SetOperation {
            columns = List.copyOf(columns);
        }
    }

    /** A sort key: an output column, or (when {@code column} is -1) an expression computed per row. */
    record SortKey(int column, BoundExpr expr, boolean descending, boolean nullsFirst) {
    }

    /** Values cast from the input's column types to {@code columns}' types (unknown literals resolved). */
    record Convert(List<OutputColumn> columns, BoundQuery input) implements BoundQuery {
        public Convert {
            columns = List.copyOf(columns);
        }
    }

    record Sorted(BoundQuery input, List<SortKey> keys, BoundExpr limit, BoundExpr offset) implements BoundQuery {
        public Sorted {
            keys = List.copyOf(keys);
        }

        @Override
        public List<OutputColumn> columns() {
            return input.columns();
        }
    }
}
