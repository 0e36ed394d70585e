package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.plan.Plan;
import io.opendsql.sql.plan.SortKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SELECT DISTINCT ON (PostgreSQL's transformDistinctOnClause): the ORDER BY items must begin with the DISTINCT ON
 * expressions (in any order); the rows are sorted by the ORDER BY, then by any DISTINCT ON expression it does
 * not name, and the first row of each group of equal DISTINCT ON values is kept.
 */
final class DistinctOnClause {
    private DistinctOnClause() {
    }

    /**
     * @param projected  the select list's plan, DISTINCT ON expressions among its columns
     * @param orderBy    the ORDER BY keys over those columns
     * @param columns    the column of each DISTINCT ON expression
     * @param written    the DISTINCT ON expressions as written (for error positions)
     */
    static Plan apply(Plan projected, List<SortKey> orderBy, List<Integer> columns, List<Expr> written) {
        Set<Integer> covered = new HashSet<>();
        boolean skipped = false;
        for (SortKey key : orderBy) {
            int column = ((BoundExpr.ColumnRef) key.expr()).index();
            if (columns.contains(column)) {
                if (skipped) {
                    throw mismatch(written.get(columns.indexOf(column)));
                }
                covered.add(column);
            } else {
                skipped = true;
            }
        }
        List<SortKey> sort = new ArrayList<>(orderBy);
        List<BoundExpr> keys = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int column = columns.get(i);
            BoundExpr ref = new BoundExpr.ColumnRef(projected.columns().get(column).type(), column);
            keys.add(ref);
            if (!covered.contains(column)) {
                if (skipped) {
                    throw mismatch(written.get(i));
                }
                covered.add(column);
                sort.add(new SortKey(ref, false, false));
            }
        }
        return new Plan.DistinctOn(new Plan.Sort(projected, sort), keys);
    }

    private static DsqlException mismatch(Expr on) {
        return DsqlException.of(SqlState.INVALID_COLUMN_REFERENCE,
                "SELECT DISTINCT ON expressions must match initial ORDER BY expressions").at(on.location() + 1);
    }
}
