package io.opendsql.sql.analyze;

import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.List;

/**
 * CURRENT_TIME(p), CURRENT_TIMESTAMP(p), LOCALTIME(p) and LOCALTIMESTAMP(p): the function of the
 * same name with the precision as its argument, capped at 6 as PostgreSQL caps it.
 */
final class DateTimeValues {
    private DateTimeValues() {
    }

    static BoundExpr withPrecision(ExpressionAnalyzer analyzer, String name, int precision, int location) {
        BoundExpr argument = new BoundExpr.Const(SqlType.of(PgType.INT4), Math.min(precision, 6));
        return analyzer.resolvedCall(name, List.of(argument), location);
    }
}
