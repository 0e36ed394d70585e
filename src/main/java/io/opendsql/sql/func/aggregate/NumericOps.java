package io.opendsql.sql.func.aggregate;

import io.opendsql.sql.func.FunctionDef;
import io.opendsql.sql.func.OverloadResolver;
import io.opendsql.sql.types.Numeric;
import io.opendsql.sql.types.PgType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** numeric_div (through the numeric / operator, for its result scale) and sqrt_var at a given scale. */
final class NumericOps {
    private NumericOps() {
    }

    private static final FunctionDef DIVIDE = OverloadResolver.resolveOperator("/", List.of(PgType.NUMERIC,
            PgType.NUMERIC));

    static Numeric divide(Numeric dividend, Numeric divisor) {
        return (Numeric) DIVIDE.implementation().apply(new FunctionDef.Arguments(new Object[] {dividend, divisor},
                new PgType[] {PgType.NUMERIC, PgType.NUMERIC}, null));
    }

    /** The square root of a non-negative value, rounded half away from zero to {@code scale} digits. */
    static BigDecimal sqrt(BigDecimal value, int scale) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        BigDecimal root = value.sqrt(new MathContext(value.precision() + scale + 40));
        return root.setScale(scale, RoundingMode.HALF_UP);
    }
}
