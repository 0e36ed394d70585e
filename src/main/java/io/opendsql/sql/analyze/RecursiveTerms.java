package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.SelectBody;
import io.opendsql.sql.plan.CteKey;
import io.opendsql.sql.plan.Plan;

/**
 * PostgreSQL's checks of a recursive term (checkWellFormedRecursion): the reference to the recursive query may
 * not sit on the nullable side of an outer join, nor under INTERSECT or EXCEPT.
 */
final class RecursiveTerms {
    private RecursiveTerms() {
    }

    static void check(Plan step, CteKey key, String name, int location) {
        Correlation.contains(step, node -> {
            String where = switch (node) {
                case Plan.Join join when join.type() == Plan.JoinType.LEFT && reads(join.right(), key)
                        || join.type() == Plan.JoinType.RIGHT && reads(join.left(), key)
                        || join.type() == Plan.JoinType.FULL && (reads(join.left(), key) || reads(join.right(), key))
                        -> "an outer join";
                case Plan.SetOperation set when set.op() != SelectBody.SetOp.UNION
                        && (reads(set.left(), key) || reads(set.right(), key)) -> set.op().name();
                default -> null;
            };
            if (where != null) {
                throw DsqlException.of(SqlState.INVALID_RECURSION,
                        "recursive reference to query \"%s\" must not appear within %s", name, where)
                        .at(location + 1);
            }
            return false;
        });
    }

    private static boolean reads(Plan plan, CteKey key) {
        return Correlation.contains(plan, node -> node instanceof Plan.WorkTableScan scan && scan.key() == key);
    }
}
