package io.opendsql.sql.func;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Natural logarithm and exponential of decimals to a requested precision (which the JDK's
 * BigDecimal lacks): arguments are reduced by powers of ten and square roots (ln) or halving (exp),
 * then summed as series with guard digits.
 */
final class DecimalMath {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal SMALL = new BigDecimal("0.001");
    private static final ConcurrentHashMap<Integer, BigDecimal> LN10 = new ConcurrentHashMap<>();

    private DecimalMath() {
    }

    /** log10 of a positive decimal as a double, without overflowing for huge or tiny values. */
    static double log10(BigDecimal positive) {
        int exponent = positive.precision() - positive.scale() - 1;
        return exponent + Math.log10(positive.movePointLeft(exponent).doubleValue());
    }

    /** ln(x) for x &gt; 0, accurate to about {@code decimals} places after the point. */
    static BigDecimal ln(BigDecimal x, int decimals) {
        int exponent = x.precision() - x.scale() - 1;
        BigDecimal mantissa = x.movePointLeft(exponent);
        int digits = decimals + 10 + String.valueOf(Math.abs((long) exponent)).length() + 2;
        BigDecimal result = lnNearOne(mantissa, digits);
        if (exponent != 0) {
            result = result.add(ln10(digits + 6).multiply(BigDecimal.valueOf(exponent)));
        }
        return result;
    }

    private static BigDecimal ln10(int digits) {
        int key = Math.max(64, (digits + 63) / 64 * 64);
        BigDecimal value = LN10.computeIfAbsent(key, k -> lnNearOne(BigDecimal.TEN, k + 10));
        return value.round(new MathContext(digits + 2));
    }

    /** ln of a value in [1, 10] by square roots down to near one, then 2·atanh((m-1)/(m+1)). */
    private static BigDecimal lnNearOne(BigDecimal value, int digits) {
        MathContext context = new MathContext(digits + 8, RoundingMode.HALF_EVEN);
        BigDecimal m = value;
        int halvings = 0;
        while (m.subtract(BigDecimal.ONE).abs().compareTo(SMALL) > 0) {
            m = m.sqrt(context);
            halvings++;
        }
        BigDecimal z = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), context);
        BigDecimal z2 = z.multiply(z, context);
        BigDecimal term = z;
        BigDecimal sum = z;
        BigDecimal limit = BigDecimal.ONE.movePointLeft(digits + 6);
        for (int n = 3; term.abs().compareTo(limit) > 0; n += 2) {
            term = term.multiply(z2, context);
            sum = sum.add(term.divide(BigDecimal.valueOf(n), context), context);
        }
        return sum.multiply(TWO.pow(halvings + 1), context);
    }

    /** x^n for n &gt;= 0 by repeated squaring, each product rounded to the context. */
    static BigDecimal pow(BigDecimal x, long n, MathContext context) {
        MathContext working = new MathContext(context.getPrecision() + 12, RoundingMode.HALF_EVEN);
        BigDecimal result = BigDecimal.ONE;
        BigDecimal square = x;
        for (long rest = n; rest > 0; rest >>= 1) {
            if ((rest & 1) != 0) {
                result = result.multiply(square, working);
            }
            if (rest > 1) {
                square = square.multiply(square, working);
            }
        }
        return result.round(context);
    }

    /** e^x with about {@code significant} correct significant digits. */
    static BigDecimal exp(BigDecimal x, int significant) {
        if (x.signum() == 0) {
            return BigDecimal.ONE;
        }
        int halvings = 0;
        BigDecimal r = x;
        while (r.abs().compareTo(SMALL) > 0) {
            r = r.multiply(HALF);
            halvings++;
        }
        MathContext context = new MathContext(significant + halvings / 3 + 10, RoundingMode.HALF_EVEN);
        r = r.round(context);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal limit = BigDecimal.ONE.movePointLeft(context.getPrecision() + 2);
        for (int n = 1; term.abs().compareTo(limit) > 0; n++) {
            term = term.multiply(r, context).divide(BigDecimal.valueOf(n), context);
            sum = sum.add(term, context);
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, context);
        }
        return sum;
    }
}
