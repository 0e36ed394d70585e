package io.opendsql.sql.func;

import static io.opendsql.sql.types.PgType.FLOAT8;
import static io.opendsql.sql.types.PgType.INT4;
import static io.opendsql.sql.types.PgType.NUMERIC;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Numeric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** round, trunc, ceil, floor, sign over numeric and float8; sqrt, exp, ln, log, power over float8. */
final class MathFunctions {
    private MathFunctions() {
    }

    private static double d(FunctionDef.Arguments a, int i) {
        return (Double) a.get(i);
    }

    static void register(Registry f) {
        f.add("round", List.of(NUMERIC), NUMERIC, a -> scaled(a, 0, RoundingMode.HALF_UP));
        f.add("round", List.of(NUMERIC, INT4), NUMERIC, a -> scaled(a, (Integer) a.get(1), RoundingMode.HALF_UP));
        f.add("round", List.of(FLOAT8), FLOAT8, a -> Math.rint(d(a, 0)));
        f.add("trunc", List.of(NUMERIC), NUMERIC, a -> scaled(a, 0, RoundingMode.DOWN));
        f.add("trunc", List.of(NUMERIC, INT4), NUMERIC, a -> scaled(a, (Integer) a.get(1), RoundingMode.DOWN));
        f.add("trunc", List.of(FLOAT8), FLOAT8, a -> d(a, 0) < 0 ? Math.ceil(d(a, 0)) : Math.floor(d(a, 0)));
        for (String name : List.of("ceil", "ceiling")) {
            f.add(name, List.of(NUMERIC), NUMERIC, a -> whole(a, RoundingMode.CEILING));
            f.add(name, List.of(FLOAT8), FLOAT8, a -> Math.ceil(d(a, 0)));
        }
        f.add("floor", List.of(NUMERIC), NUMERIC, a -> whole(a, RoundingMode.FLOOR));
        f.add("floor", List.of(FLOAT8), FLOAT8, a -> Math.floor(d(a, 0)));
        f.add("sign", List.of(NUMERIC), NUMERIC, a -> {
            Numeric n = (Numeric) a.get(0);
            return n.isNaN() ? n : Numeric.of(n.isFinite() ? n.decimal().signum()
                    : n.kind() == Numeric.Kind.POSITIVE_INFINITY ? 1 : -1);
        });
        f.add("sign", List.of(FLOAT8), FLOAT8, a -> Math.signum(d(a, 0)));
        f.add("sqrt", List.of(FLOAT8), FLOAT8, a -> {
            if (d(a, 0) < 0) {
                throw DsqlException.of(SqlState.INVALID_ARGUMENT_FOR_POWER,
                        "cannot take square root of a negative number");
            }
            return Math.sqrt(d(a, 0));
        });
        f.add("sqrt", List.of(NUMERIC), NUMERIC, a -> sqrt((Numeric) a.get(0)));
        f.add("cbrt", List.of(FLOAT8), FLOAT8, a -> Math.cbrt(d(a, 0)));
        f.add("exp", List.of(FLOAT8), FLOAT8, a -> checked(Math.exp(d(a, 0)), d(a, 0)));
        f.add("ln", List.of(FLOAT8), FLOAT8, a -> log(d(a, 0), Math::log));
        f.add("log", List.of(FLOAT8), FLOAT8, a -> log(d(a, 0), Math::log10));
        f.add("log10", List.of(FLOAT8), FLOAT8, a -> log(d(a, 0), Math::log10));
        for (String name : List.of("power", "pow")) {
            f.add(name, List.of(FLOAT8, FLOAT8), FLOAT8, a -> power(d(a, 0), d(a, 1)));
        }
        f.add("pi", List.of(), FLOAT8, a -> Math.PI);
        f.add("degrees", List.of(FLOAT8), FLOAT8, a -> Math.toDegrees(d(a, 0)));
        f.add("radians", List.of(FLOAT8), FLOAT8, a -> Math.toRadians(d(a, 0)));
    }

    private static Object scaled(FunctionDef.Arguments a, int scale, RoundingMode mode) {
        Numeric n = (Numeric) a.get(0);
        if (!n.isFinite()) {
            return n;
        }
        BigDecimal rounded = n.decimal().setScale(scale, mode);
        return Numeric.of(scale < 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded);
    }

    private static Object whole(FunctionDef.Arguments a, RoundingMode mode) {
        Numeric n = (Numeric) a.get(0);
        return n.isFinite() ? Numeric.of(n.decimal().setScale(0, mode)) : n;
    }

    /** numeric_sqrt: at least 16 significant digits, and no fewer decimals than the input. */
    private static Numeric sqrt(Numeric n) {
        if (n.isNaN()) {
            return n;
        }
        if (n.kind() == Numeric.Kind.NEGATIVE_INFINITY || (n.isFinite() && n.decimal().signum() < 0)) {
            throw DsqlException.of(SqlState.INVALID_ARGUMENT_FOR_POWER, "cannot take square root of a negative number");
        }
        if (!n.isFinite()) {
            return n;
        }
        BigDecimal value = n.decimal();
        int weight = value.signum() == 0 ? 0 : Math.floorDiv(value.precision() - value.scale() - 1, 4);
        int sweight = (weight + 1) * 4 / 2 - 1;
        int scale = Math.min(Math.max(Math.max(16 - sweight, value.scale()), 0), 1000);
        BigDecimal root = value.sqrt(new java.math.MathContext(value.precision() + scale + 40));
        return Numeric.of(root.setScale(scale, RoundingMode.HALF_UP));
    }

    private static double checked(double result, double input) {
        if (Double.isInfinite(result) && !Double.isInfinite(input)) {
            throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
        }
        if (result == 0 && !Double.isInfinite(input)) {
            throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
        }
        return result;
    }

    private static double log(double x, DoubleUnaryOperator function) {
        if (x == 0) {
            throw DsqlException.of(SqlState.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of zero");
        }
        if (x < 0) {
            throw DsqlException.of(SqlState.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of a negative number");
        }
        return function.applyAsDouble(x);
    }

    static double power(double x, double y) {
        if (x == 0 && y < 0) {
            throw DsqlException.of(SqlState.INVALID_ARGUMENT_FOR_POWER, "zero raised to a negative power is undefined");
        }
        if (x < 0 && Math.floor(y) != y && !Double.isInfinite(y)) {
            throw DsqlException.of(SqlState.INVALID_ARGUMENT_FOR_POWER,
                    "a negative number raised to a non-integer power yields a complex result");
        }
        double result = Math.pow(x, y);
        if (Double.isInfinite(result) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
        }
        if (result == 0 && x != 0 && !Double.isInfinite(y)) {
            throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
        }
        return result;
    }
}
