package io.opendsql.sql.func;

import static io.opendsql.sql.types.PgType.NUMERIC;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Numeric;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * exp, ln, log, log10, power and ^ on numeric with numeric.c's result scales: at least 16
 * significant digits ({@code NUMERIC_MIN_SIG_DIGITS}) and no fewer decimals than the inputs, capped
 * at 1000. Values are computed with guard digits by {@link DecimalMath} and rounded half away from
 * zero at that scale, as PostgreSQL rounds.
 */
final class NumericTranscendental {
    private static final int MIN_SIG_DIGITS = 16;
    private static final int MAX_DISPLAY_SCALE = 1000;
    private static final int MAX_RESULT_SCALE = 2000;
    /** numeric's limit: at most 131072 digits before the decimal point. */
    private static final int MAX_INTEGER_DIGITS = 131072;

    private NumericTranscendental() {
    }

    static void register(Registry ops, Registry f) {
        f.add("exp", List.of(NUMERIC), NUMERIC, a -> exp(num(a, 0)));
        f.add("ln", List.of(NUMERIC), NUMERIC, a -> ln(num(a, 0)));
        f.add("log", List.of(NUMERIC), NUMERIC, a -> log(Numeric.of(10), num(a, 0)));
        f.add("log10", List.of(NUMERIC), NUMERIC, a -> log(Numeric.of(10), num(a, 0)));
        f.add("log", List.of(NUMERIC, NUMERIC), NUMERIC, a -> log(num(a, 0), num(a, 1)));
        for (String name : List.of("power", "pow")) {
            f.add(name, List.of(NUMERIC, NUMERIC), NUMERIC, a -> power(num(a, 0), num(a, 1)));
        }
        ops.add("^", List.of(NUMERIC, NUMERIC), NUMERIC, a -> power(num(a, 0), num(a, 1)));
    }

    private static Numeric num(FunctionDef.Arguments a, int i) {
        return (Numeric) a.get(i);
    }

    private static int clampScale(int scale) {
        return Math.min(Math.max(scale, 0), MAX_DISPLAY_SCALE);
    }

    private static DsqlException overflow() {
        return DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
    }

    private static Numeric result(BigDecimal value, int scale) {
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        if (rounded.signum() != 0 && rounded.precision() - rounded.scale() > MAX_INTEGER_DIGITS) {
            throw overflow();
        }
        return Numeric.of(rounded);
    }

    /** numeric_exp. */
    static Numeric exp(Numeric x) {
        switch (x.kind()) {
            case NAN, POSITIVE_INFINITY -> {
                return x;
            }
            case NEGATIVE_INFINITY -> {
                return Numeric.ZERO;
            }
            default -> { }
        }
        BigDecimal arg = x.decimal();
        double weight = arg.doubleValue() * 0.434294481903252;
        weight = Math.min(Math.max(weight, -MAX_RESULT_SCALE), MAX_RESULT_SCALE);
        int scale = clampScale(Math.max(MIN_SIG_DIGITS - (int) weight, arg.scale()));
        return expAt(arg, scale);
    }

    /** exp_var: e^x rounded to {@code scale} decimals, zero when it underflows, an error when it overflows. */
    private static Numeric expAt(BigDecimal x, int scale) {
        double approx = x.doubleValue();
        if (Math.abs(approx) >= MAX_RESULT_SCALE * 3) {
            if (approx > 0) {
                throw overflow();
            }
            return Numeric.of(BigDecimal.ZERO.setScale(scale));
        }
        int weight = (int) Math.floor(approx * 0.434294481903252) + 1;
        if (weight + scale < -2) {
            return Numeric.of(BigDecimal.ZERO.setScale(scale));
        }
        return result(DecimalMath.exp(x, Math.max(weight + scale, 1) + 12), scale);
    }

    /** estimate_ln_dweight: the decimal weight of ln(x), from the first digits of x. */
    static int estimateLnWeight(BigDecimal x) {
        if (x.signum() <= 0) {
            return 0;
        }
        if (x.compareTo(new BigDecimal("0.9")) >= 0 && x.compareTo(new BigDecimal("1.1")) <= 0) {
            BigDecimal difference = x.subtract(BigDecimal.ONE);
            if (difference.signum() == 0) {
                return 0;
            }
            return difference.precision() - difference.scale() - 1;
        }
        // the first two base-10000 digits, as numeric.c reads them
        BigDecimal abs = x.abs();
        int exponent = abs.precision() - abs.scale() - 1;
        int groupWeight = Math.floorDiv(exponent, 4);
        BigDecimal scaled = abs.movePointLeft(groupWeight * 4 - 4).setScale(0, RoundingMode.DOWN);
        double ln = Math.log(scaled.doubleValue()) + (groupWeight - 1) * 4 * 2.302585092994046;
        return (int) Math.log10(Math.abs(ln));
    }

    /** numeric_ln. */
    static Numeric ln(Numeric x) {
        switch (x.kind()) {
            case NAN, POSITIVE_INFINITY -> {
                return x;
            }
            case NEGATIVE_INFINITY -> throw negativeLog();
            default -> { }
        }
        BigDecimal arg = x.decimal();
        checkLogArgument(arg);
        int scale = clampScale(Math.max(MIN_SIG_DIGITS - estimateLnWeight(arg), arg.scale()));
        return result(DecimalMath.ln(arg, scale + 12), scale);
    }

    private static DsqlException negativeLog() {
        return DsqlException.of(SqlState.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of a negative number");
    }

    private static void checkLogArgument(BigDecimal value) {
        if (value.signum() == 0) {
            throw DsqlException.of(SqlState.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of zero");
        }
        if (value.signum() < 0) {
            throw negativeLog();
        }
    }

    /** numeric_log: the logarithm of {@code x} to base {@code base}. */
    static Numeric log(Numeric base, Numeric x) {
        if (base.isNaN() || x.isNaN()) {
            return Numeric.NAN;
        }
        if (!base.isFinite() || !x.isFinite()) {
            if (base.kind() == Numeric.Kind.NEGATIVE_INFINITY || x.kind() == Numeric.Kind.NEGATIVE_INFINITY) {
                throw negativeLog();
            }
            if (base.isFinite()) {
                checkLogArgument(base.decimal());
            }
            if (x.isFinite()) {
                checkLogArgument(x.decimal());
            }
            if (!base.isFinite() && !x.isFinite()) {
                return Numeric.NAN;
            }
            if (!base.isFinite()) {
                return Numeric.ZERO;
            }
            return Numeric.POSITIVE_INFINITY;
        }
        BigDecimal b = base.decimal();
        BigDecimal v = x.decimal();
        checkLogArgument(b);
        checkLogArgument(v);
        if (b.compareTo(BigDecimal.ONE) == 0) {
            throw Arithmetic.divisionByZero();
        }
        int resultWeight = estimateLnWeight(v) - estimateLnWeight(b);
        int scale = clampScale(Math.max(Math.max(MIN_SIG_DIGITS - resultWeight, b.scale()), v.scale()));
        int digits = scale + 12 + Math.max(0, estimateLnWeight(v)) + Math.max(0, -estimateLnWeight(b));
        BigDecimal lnBase = DecimalMath.ln(b, digits + Math.max(0, -estimateLnWeight(b)));
        BigDecimal lnValue = DecimalMath.ln(v, digits);
        return result(lnValue.divide(lnBase, new MathContext(digits + 10)), scale);
    }

    /** numeric_power, with pow(3)'s rules for NaN and infinite inputs. */
    static Numeric power(Numeric base, Numeric exponent) {
        if (!base.isFinite() || !exponent.isFinite()) {
            return specialPower(base, exponent);
        }
        BigDecimal b = base.decimal();
        BigDecimal e = exponent.decimal();
        if (b.signum() == 0 && e.signum() < 0) {
            throw zeroToNegative();
        }
        if (b.signum() < 0 && !isIntegral(e)) {
            throw complexResult();
        }
        if (isIntegral(e)) {
            BigInteger whole = e.toBigInteger();
            if (whole.bitLength() < 32) {
                int scale = clampScale(Math.max(MIN_SIG_DIGITS, b.scale()));
                return powerInt(b, whole.intValue(), scale);
            }
        }
        boolean negative = b.signum() < 0 && e.toBigInteger().testBit(0);
        if (b.signum() == 0) {
            return Numeric.of(BigDecimal.ZERO.setScale(MIN_SIG_DIGITS));
        }
        BigDecimal abs = b.abs();
        int lnWeight = estimateLnWeight(abs);
        int roughScale = Math.max(8 - lnWeight, 0);
        BigDecimal roughLn = DecimalMath.ln(abs, roughScale + 4).setScale(roughScale, RoundingMode.HALF_UP)
                .multiply(e).setScale(roughScale, RoundingMode.HALF_UP);
        double val = roughLn.doubleValue();
        if (Math.abs(val) > MAX_RESULT_SCALE * 3.01) {
            if (val > 0) {
                throw overflow();
            }
            return Numeric.of(BigDecimal.ZERO.setScale(MAX_DISPLAY_SCALE));
        }
        val *= 0.434294481903252;
        int scale = clampScale(Math.max(Math.max(MIN_SIG_DIGITS - (int) val, b.scale()), e.scale()));
        int significant = Math.max(scale + (int) val, 0);
        int lnScale = Math.max(significant - lnWeight + 8, 0);
        BigDecimal product = DecimalMath.ln(abs, lnScale + Math.max(lnWeight, 0) + 12).multiply(e);
        Numeric magnitude = expAt(product, scale);
        return negative ? Arithmetic.Numerics.negate(magnitude) : magnitude;
    }

    /** power_var_int: a power with an exponent that fits in 32 bits. */
    private static Numeric powerInt(BigDecimal base, int exponent, int scale) {
        switch (exponent) {
            case 0 -> {
                return Numeric.of(BigDecimal.ONE.setScale(scale));
            }
            case 1 -> {
                return result(base, scale);
            }
            case -1 -> {
                return Numeric.of(BigDecimal.ONE.divide(base, scale, RoundingMode.HALF_UP));
            }
            case 2 -> {
                return result(base.multiply(base), scale);
            }
            default -> { }
        }
        if (base.signum() == 0) {
            if (exponent < 0) {
                throw Arithmetic.divisionByZero();
            }
            return Numeric.of(BigDecimal.ZERO.setScale(scale));
        }
        BigDecimal abs = base.abs();
        double weight = exponent * DecimalMath.log10(abs);
        if (weight > 3 * Short.MAX_VALUE * 4) {
            throw overflow();
        }
        if (weight + 1 < -scale) {
            return Numeric.of(BigDecimal.ZERO.setScale(scale));
        }
        int digits = Math.max(1 + scale + (int) weight, 1) + (int) Math.log(Math.abs((double) exponent)) + 12;
        MathContext context = new MathContext(digits, RoundingMode.HALF_EVEN);
        BigDecimal magnitude = DecimalMath.pow(abs, Math.abs((long) exponent), context);
        BigDecimal value = exponent < 0 ? BigDecimal.ONE.divide(magnitude, new MathContext(
                Math.max(scale - (int) weight, 1) + 12)) : magnitude;
        if (base.signum() < 0 && (exponent & 1) != 0) {
            value = value.negate();
        }
        return result(value, scale);
    }

    private static boolean isIntegral(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static DsqlException zeroToNegative() {
        return DsqlException.of(SqlState.INVALID_ARGUMENT_FOR_POWER, "zero raised to a negative power is undefined");
    }

    private static DsqlException complexResult() {
        return DsqlException.of(SqlState.INVALID_ARGUMENT_FOR_POWER,
                "a negative number raised to a non-integer power yields a complex result");
    }

    private static int sign(Numeric value) {
        return switch (value.kind()) {
            case POSITIVE_INFINITY -> 1;
            case NEGATIVE_INFINITY -> -1;
            case NAN -> 0;
            case FINITE -> value.decimal().signum();
        };
    }

    /** NaN ^ 0 = 1 and 1 ^ NaN = 1; infinite inputs follow POSIX pow(3). */
    private static Numeric specialPower(Numeric base, Numeric exponent) {
        Numeric one = Numeric.of(1);
        if (base.isNaN()) {
            return exponent.isFinite() && exponent.decimal().signum() == 0 ? one : Numeric.NAN;
        }
        if (exponent.isNaN()) {
            return base.isFinite() && base.decimal().compareTo(BigDecimal.ONE) == 0 ? one : Numeric.NAN;
        }
        int baseSign = sign(base);
        int exponentSign = sign(exponent);
        if (baseSign == 0 && exponentSign < 0) {
            throw zeroToNegative();
        }
        if (baseSign < 0 && !(exponent.isFinite() && isIntegral(exponent.decimal()))
                && exponent.isFinite()) {
            throw complexResult();
        }
        if (!exponent.isFinite()) {
            if (baseSign < 0 && base.isFinite() && !exponent.isFinite()) {
                // -1 ^ ±inf = 1; |x| < 1 and > 1 as for positive bases
                int magnitude = base.decimal().abs().compareTo(BigDecimal.ONE);
                return magnitudePower(magnitude, exponentSign);
            }
            if (base.isFinite()) {
                return magnitudePower(base.decimal().abs().compareTo(BigDecimal.ONE), exponentSign);
            }
            // infinite base and exponent
            if (exponentSign < 0) {
                return Numeric.ZERO;
            }
            return Numeric.POSITIVE_INFINITY;
        }
        // infinite base, finite exponent
        if (exponentSign == 0) {
            return one;
        }
        if (exponentSign < 0) {
            return Numeric.ZERO;
        }
        if (baseSign < 0) {
            BigDecimal e = exponent.decimal();
            boolean odd = isIntegral(e) && e.toBigInteger().testBit(0);
            return odd ? Numeric.NEGATIVE_INFINITY : Numeric.POSITIVE_INFINITY;
        }
        return Numeric.POSITIVE_INFINITY;
    }

    private static Numeric magnitudePower(int magnitude, int exponentSign) {
        if (magnitude == 0) {
            return Numeric.of(1);
        }
        return (magnitude < 0) == (exponentSign > 0) ? Numeric.ZERO : Numeric.POSITIVE_INFINITY;
    }
}
