package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.func.OverloadResolver;
import io.opendsql.sql.types.PgType;

/**
 * Whether grouping, DISTINCT, PARTITION BY and sorting can compare values of a type: json (and arrays of it) has
 * neither an equality nor an ordering operator in PostgreSQL, which refuses it with 42883.
 */
final class Comparability {
    private Comparability() {
    }

    private static boolean incomparable(PgType type) {
        return type == PgType.JSON || (type.isArray() && type.elementType() == PgType.JSON);
    }

    /** Values of the type must be compared for equality (GROUP BY, DISTINCT, PARTITION BY). */
    static void requireEquality(BoundExpr expr, int location) {
        if (incomparable(expr.type().type())) {
            throw DsqlException.of(SqlState.UNDEFINED_FUNCTION, "could not identify an equality operator for type %s",
                    OverloadResolver.typeText(expr.type().type())).at(location + 1);
        }
    }

    /** Values of the type must be sorted (ORDER BY in a window or an aggregate call). */
    static void requireOrdering(BoundExpr expr, int location) {
        if (incomparable(expr.type().type())) {
            throw DsqlException.of(SqlState.UNDEFINED_FUNCTION, "could not identify an ordering operator for type %s",
                    OverloadResolver.typeText(expr.type().type()))
                    .hint("Use an explicit ordering operator or modify the query.").at(location + 1);
        }
    }
}
