package io.opendsql.sql.func;

import static io.opendsql.sql.types.PgType.FLOAT4;
import static io.opendsql.sql.types.PgType.FLOAT8;
import static io.opendsql.sql.types.PgType.INT2;
import static io.opendsql.sql.types.PgType.INT4;
import static io.opendsql.sql.types.PgType.INT8;
import static io.opendsql.sql.types.PgType.NUMERIC;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Numeric;
import io.opendsql.sql.types.PgType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * + - * / % and unary - / @ for the integer, float and numeric types, with PostgreSQL's overflow
 * ({@code 22003 integer out of range}) and division errors ({@code 22012 division by zero}).
 */
final class Arithmetic {
    private Arithmetic() {
    }

    private static final List<PgType> INTEGERS = List.of(INT2, INT4, INT8);

    static void register(Registry ops, Registry functions) {
        for (PgType left : INTEGERS) {
            for (PgType right : INTEGERS) {
                PgType result = wider(left, right);
                ops.add("+", List.of(left, right), result, a -> exact(result, () -> Math.addExact(asLong(a.get(0)), asLong(a.get(1)))));
                ops.add("-", List.of(left, right), result, a -> exact(result, () -> Math.subtractExact(asLong(a.get(0)), asLong(a.get(1)))));
                ops.add("*", List.of(left, right), result, a -> multiply(result, asLong(a.get(0)), asLong(a.get(1))));
                ops.add("/", List.of(left, right), result, a -> divide(result, asLong(a.get(0)), asLong(a.get(1))));
                if (left == right) {
                    ops.add("%", List.of(left, right), result, a -> modulo(asLong(a.get(0)), asLong(a.get(1)), result));
                    functions.add("mod", List.of(left, right), result,
                            a -> modulo(asLong(a.get(0)), asLong(a.get(1)), result));
                }
            }
            ops.add("-", List.of(left), left, a -> exact(left, () -> Math.negateExact(asLong(a.get(0)))));
            ops.add("+", List.of(left), left, a -> a.get(0));
            ops.add("@", List.of(left), left, a -> exact(left, () -> Math.absExact(asLong(a.get(0)))));
            functions.add("abs", List.of(left), left, a -> exact(left, () -> Math.absExact(asLong(a.get(0)))));
        }
        for (PgType left : List.of(FLOAT4, FLOAT8)) {
            for (PgType right : List.of(FLOAT4, FLOAT8)) {
                PgType result = left == FLOAT4 && right == FLOAT4 ? FLOAT4 : FLOAT8;
                ops.add("+", List.of(left, right), result, a -> floatResult(result, asDouble(a.get(0)) + asDouble(a.get(1)), a, false));
                ops.add("-", List.of(left, right), result, a -> floatResult(result, asDouble(a.get(0)) - asDouble(a.get(1)), a, false));
                ops.add("*", List.of(left, right), result, a -> floatResult(result, asDouble(a.get(0)) * asDouble(a.get(1)), a, true));
                ops.add("/", List.of(left, right), result, a -> {
                    if (asDouble(a.get(1)) == 0) {
                        throw divisionByZero();
                    }
                    return floatResult(result, asDouble(a.get(0)) / asDouble(a.get(1)), a, true);
                });
            }
            ops.add("-", List.of(left), left, a -> left == FLOAT4 ? (Object) (-(Float) a.get(0)) : -(Double) a.get(0));
            ops.add("+", List.of(left), left, a -> a.get(0));
            ops.add("@", List.of(left), left, a -> left == FLOAT4 ? (Object) Math.abs((Float) a.get(0))
                    : Math.abs((Double) a.get(0)));
            functions.add("abs", List.of(left), left, a -> left == FLOAT4 ? (Object) Math.abs((Float) a.get(0))
                    : Math.abs((Double) a.get(0)));
        }
        List<PgType> nn = List.of(NUMERIC, NUMERIC);
        ops.add("+", nn, NUMERIC, a -> Numerics.add(num(a, 0), num(a, 1)));
        ops.add("-", nn, NUMERIC, a -> Numerics.add(num(a, 0), Numerics.negate(num(a, 1))));
        ops.add("*", nn, NUMERIC, a -> Numerics.multiply(num(a, 0), num(a, 1)));
        ops.add("/", nn, NUMERIC, a -> Numerics.divide(num(a, 0), num(a, 1)));
        ops.add("%", nn, NUMERIC, a -> Numerics.modulo(num(a, 0), num(a, 1)));
        functions.add("mod", nn, NUMERIC, a -> Numerics.modulo(num(a, 0), num(a, 1)));
        ops.add("-", List.of(NUMERIC), NUMERIC, a -> Numerics.negate(num(a, 0)));
        ops.add("+", List.of(NUMERIC), NUMERIC, a -> a.get(0));
        ops.add("@", List.of(NUMERIC), NUMERIC, a -> Numerics.abs(num(a, 0)));
        functions.add("abs", List.of(NUMERIC), NUMERIC, a -> Numerics.abs(num(a, 0)));
        ops.add("^", List.of(FLOAT8, FLOAT8), FLOAT8, a -> MathFunctions.power((Double) a.get(0), (Double) a.get(1)));
    }

    static Numeric num(FunctionDef.Arguments a, int i) {
        return (Numeric) a.get(i);
    }

    static PgType wider(PgType a, PgType b) {
        return a == INT8 || b == INT8 ? INT8 : a == INT4 || b == INT4 ? INT4 : INT2;
    }

    static long asLong(Object v) {
        return ((Number) v).longValue();
    }

    static double asDouble(Object v) {
        return ((Number) v).doubleValue();
    }

    static DsqlException divisionByZero() {
        return DsqlException.of(SqlState.DIVISION_BY_ZERO, "division by zero");
    }

    static DsqlException outOfRange(PgType type) {
        return DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "%s out of range",
                type == INT2 ? "smallint" : type == INT4 ? "integer" : "bigint");
    }

    /** The value as the result type, or 22003 when it does not fit. */
    static Object fit(PgType type, long value) {
        return switch (type) {
            case INT2 -> {
                if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
                    throw outOfRange(type);
                }
                yield (short) value;
            }
            case INT4 -> {
                if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                    throw outOfRange(type);
                }
                yield (int) value;
            }
            default -> value;
        };
    }

    private static Object exact(PgType type, java.util.function.LongSupplier value) {
        try {
            return fit(type, value.getAsLong());
        } catch (ArithmeticException e) {
            throw outOfRange(type);
        }
    }

    private static Object multiply(PgType type, long a, long b) {
        try {
            return fit(type, Math.multiplyExact(a, b));
        } catch (ArithmeticException e) {
            throw outOfRange(type);
        }
    }

    private static Object divide(PgType type, long a, long b) {
        if (b == 0) {
            throw divisionByZero();
        }
        if (b == -1 && a == Long.MIN_VALUE) {
            throw outOfRange(type);
        }
        return fit(type, a / b);
    }

    private static Object modulo(long a, long b, PgType type) {
        if (b == 0) {
            throw divisionByZero();
        }
        return fit(type, b == -1 ? 0 : a % b);
    }

    /** float results: overflow and underflow checks as float.c's float_overflow_error. */
    private static Object floatResult(PgType type, double value, FunctionDef.Arguments a, boolean multiplicative) {
        boolean inputsInfinite = Double.isInfinite(asDouble(a.get(0))) || Double.isInfinite(asDouble(a.get(1)));
        boolean inputsZero = asDouble(a.get(0)) == 0 || asDouble(a.get(1)) == 0;
        if (type == FLOAT4) {
            float f = (float) value;
            if (Float.isInfinite(f) && !inputsInfinite) {
                throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
            }
            if (f == 0 && value != 0 || f == 0 && !inputsZero && !inputsInfinite && multiplicative) {
                throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
            }
            return f;
        }
        if (value == 0 && !inputsZero && !inputsInfinite && multiplicative) {
            throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
        }
        if (Double.isInfinite(value) && !inputsInfinite) {
            throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
        }
        return value;
    }

    /** numeric arithmetic with numeric.c's result scales. */
    static final class Numerics {
        private Numerics() {
        }

        static Numeric add(Numeric a, Numeric b) {
            if (!a.isFinite() || !b.isFinite()) {
                if (a.isNaN() || b.isNaN()) {
                    return Numeric.NAN;
                }
                if (a.isFinite()) {
                    return b;
                }
                if (b.isFinite() || a.kind() == b.kind()) {
                    return a;
                }
                return Numeric.NAN;
            }
            return Numeric.of(a.decimal().add(b.decimal()));
        }

        static Numeric negate(Numeric a) {
            return switch (a.kind()) {
                case FINITE -> Numeric.of(a.decimal().negate());
                case NAN -> a;
                case POSITIVE_INFINITY -> Numeric.NEGATIVE_INFINITY;
                case NEGATIVE_INFINITY -> Numeric.POSITIVE_INFINITY;
            };
        }

        static Numeric abs(Numeric a) {
            return a.kind() == Numeric.Kind.NEGATIVE_INFINITY ? Numeric.POSITIVE_INFINITY
                    : a.isFinite() ? Numeric.of(a.decimal().abs()) : a;
        }

        static Numeric multiply(Numeric a, Numeric b) {
            if (!a.isFinite() || !b.isFinite()) {
                return special(a, b);
            }
            return Numeric.of(a.decimal().multiply(b.decimal()));
        }

        static Numeric divide(Numeric a, Numeric b) {
            if (b.isFinite() && b.decimal().signum() == 0 && !a.isNaN()) {
                throw divisionByZero();
            }
            if (!a.isFinite() || !b.isFinite()) {
                return special(a, b);
            }
            int scale = divisionScale(a.decimal(), b.decimal());
            return Numeric.of(a.decimal().divide(b.decimal(), scale, RoundingMode.HALF_UP));
        }

        static Numeric modulo(Numeric a, Numeric b) {
            if (b.isFinite() && b.decimal().signum() == 0 && !a.isNaN()) {
                throw divisionByZero();
            }
            if (!a.isFinite() || !b.isFinite()) {
                return special(a, b);
            }
            int scale = Math.max(a.decimal().scale(), b.decimal().scale());
            return Numeric.of(a.decimal().remainder(b.decimal()).setScale(scale, RoundingMode.UNNECESSARY));
        }

        private static Numeric special(Numeric a, Numeric b) {
            if (a.isNaN() || b.isNaN()) {
                return Numeric.NAN;
            }
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "OpenDSQL cannot compute this with numeric infinity yet");
        }

        /** select_div_scale: at least 16 significant digits, and no less than either input's scale. */
        static int divisionScale(BigDecimal a, BigDecimal b) {
            int[] first = leadingGroup(a);
            int[] second = leadingGroup(b);
            int quotientWeight = first[0] - second[0];
            if (first[1] <= second[1]) {
                quotientWeight--;
            }
            int scale = 16 - quotientWeight * 4;
            scale = Math.max(scale, Math.max(a.scale(), 0));
            scale = Math.max(scale, Math.max(b.scale(), 0));
            return Math.min(Math.max(scale, 0), 1000);
        }

        /** {weight, first digit} of the value in base 10000, as numeric.c stores it; {0, 0} for zero. */
        private static int[] leadingGroup(BigDecimal value) {
            if (value.signum() == 0) {
                return new int[] {0, 0};
            }
            BigDecimal abs = value.abs();
            int exponent = abs.precision() - abs.scale() - 1;
            int weight = Math.floorDiv(exponent, 4);
            int digit = abs.movePointLeft(weight * 4).setScale(0, RoundingMode.DOWN).intValueExact();
            return new int[] {weight, digit};
        }
    }
}
