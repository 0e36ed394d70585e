package io.opendsql.sql.parse.ast;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The body of a query: a SELECT list, VALUES, a set operation, or a parenthesized query. */
public sealed interface SelectBody permits SelectBody.SelectCore, SelectBody.Values, SelectBody.SetOperation,
        SelectStmt {

    enum Distinct { NONE, ALL, DISTINCT }

    /**
     * {@code SELECT [ALL | DISTINCT [ON (...)]] targets [INTO t] [FROM ...] [WHERE ...] [GROUP BY ...]
     * [HAVING ...] [WINDOW ...]}; also what {@code TABLE t} stands for.
     */
    record SelectCore(int location, Distinct distinct, List<Expr> distinctOn, List<ResTarget> targets,
                      RangeVar into, List<FromItem> from, Expr where, boolean groupByDistinct,
                      List<Expr> groupBy, Expr having, List<WindowDef> windows) implements SelectBody {
        public SelectCore {
            requireNonNull(distinct, "distinct");
            distinctOn = List.copyOf(distinctOn);
            targets = List.copyOf(targets);
            from = List.copyOf(from);
            groupBy = List.copyOf(groupBy);
            windows = List.copyOf(windows);
        }
    }

    record Values(int location, List<List<Expr>> rows) implements SelectBody {
        public Values {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    enum SetOp { UNION, INTERSECT, EXCEPT }

    record SetOperation(int location, SetOp op, boolean all, SelectBody left, SelectBody right)
            implements SelectBody {
    }
}
