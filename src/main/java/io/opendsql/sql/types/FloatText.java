package io.opendsql.sql.types;

import java.math.BigDecimal;

/**
 * Text input and output of real and double precision.
 *
 * <p>Output with extra_float_digits above 0 is the shortest decimal that reads back as the same
 * value (PostgreSQL uses Ryu), written like printf's %g: plain for decimal exponents -4 to 14
 * (real: -4 to 5), otherwise {@code d.ddde+XX}. With extra_float_digits 0 or less, the value is
 * rounded to 15 + extra_float_digits (real: 6 + extra_float_digits) significant digits first.
 */
final class FloatText {
    private FloatText() {
    }

    static double parseFloat8(String input) {
        return parse(input, "double precision", false);
    }

    static float parseFloat4(String input) {
        return (float) parse(input, "real", true);
    }

    /**
     * float8in / float4in: strtod reads the longest number at the start (after whitespace); an
     * overflow or underflow of that number is reported before any junk after it.
     */
    private static double parse(String input, String typeName, boolean single) {
        int i = 0;
        int n = input.length();
        while (i < n && Errors.isSpace(input.charAt(i))) {
            i++;
        }
        if (i == n) {
            throw Errors.invalidSyntax(typeName, input);
        }
        String body = input.substring(i);
        double value;
        int end = specialPrefix(body);
        if (end > 0) {
            String word = body.substring(0, end).toLowerCase(java.util.Locale.ROOT);
            boolean negative = word.startsWith("-");
            value = word.contains("nan") ? Double.NaN : negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else {
            Syntax syntax = scan(body);
            if (syntax == null) {
                throw Errors.invalidSyntax(typeName, input);
            }
            end = syntax.end;
            String number = body.substring(0, end);
            String javaForm = syntax.hex ? hexForm(number) : number;
            value = single ? Float.parseFloat(javaForm) : Double.parseDouble(javaForm);
            if (Double.isInfinite(value) || (value == 0.0 && syntax.nonZeroMantissa)) {
                throw Errors.outOfRange("\"" + number + "\" is out of range for type " + typeName);
            }
        }
        for (int k = end; k < body.length(); k++) {
            if (!Errors.isSpace(body.charAt(k))) {
                throw Errors.invalidSyntax(typeName, input);
            }
        }
        return value;
    }

    /** The length of a leading [+-]inf, [+-]infinity or [+-]nan[(chars)] as glibc's strtod reads it, or 0. */
    private static int specialPrefix(String body) {
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        int sign = lower.startsWith("+") || lower.startsWith("-") ? 1 : 0;
        if (lower.startsWith("infinity", sign)) {
            return sign + 8;
        }
        if (lower.startsWith("inf", sign)) {
            return sign + 3;
        }
        if (lower.startsWith("nan", sign)) {
            int end = sign + 3;
            if (end < lower.length() && lower.charAt(end) == '(') {
                int close = end + 1;
                while (close < lower.length() && (Character.isLetterOrDigit(lower.charAt(close))
                        && lower.charAt(close) < 128 || lower.charAt(close) == '_')) {
                    close++;
                }
                if (close < lower.length() && lower.charAt(close) == ')') {
                    return close + 1;
                }
            }
            return end;
        }
        return 0;
    }

    private record Syntax(boolean hex, boolean nonZeroMantissa, int end) {
    }

    /** The longest number strtod accepts at the start: decimal or hexadecimal floating point, or null. */
    private static Syntax scan(String s) {
        int i = 0;
        int n = s.length();
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            i++;
        }
        boolean hex = i + 2 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                && (isDigit(s.charAt(i + 2), true) || (s.charAt(i + 2) == '.' && i + 3 < n
                && isDigit(s.charAt(i + 3), true)));
        if (hex) {
            i += 2;
        }
        int digits = 0;
        boolean nonZero = false;
        while (i < n && isDigit(s.charAt(i), hex)) {
            nonZero |= s.charAt(i) != '0';
            digits++;
            i++;
        }
        if (i < n && s.charAt(i) == '.') {
            int afterPoint = i + 1;
            int fractionDigits = 0;
            while (afterPoint < n && isDigit(s.charAt(afterPoint), hex)) {
                nonZero |= s.charAt(afterPoint) != '0';
                fractionDigits++;
                afterPoint++;
            }
            if (digits + fractionDigits > 0) {
                i = afterPoint;
                digits += fractionDigits;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (i < n && (hex ? (s.charAt(i) == 'p' || s.charAt(i) == 'P') : (s.charAt(i) == 'e' || s.charAt(i) == 'E'))) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expStart = j;
            while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            if (j > expStart) {
                i = j;
            }
        }
        return new Syntax(hex, nonZero, i);
    }

    private static boolean isDigit(char c, boolean hex) {
        return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
    }

    private static String hexForm(String body) {
        return body.indexOf('p') >= 0 || body.indexOf('P') >= 0 ? body : body + "p0";
    }

    static String formatFloat8(double value, int extraFloatDigits) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (extraFloatDigits > 0) {
            return shortest(value, false);
        }
        return rounded(value, 15 + extraFloatDigits);
    }

    static String formatFloat4(float value, int extraFloatDigits) {
        if (Float.isNaN(value)) {
            return "NaN";
        }
        if (Float.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (extraFloatDigits > 0) {
            return shortest(value, true);
        }
        return rounded(value, 6 + extraFloatDigits);
    }

    private static String shortest(double value, boolean single) {
        if (value == 0) {
            return (1 / value) < 0 ? "-0" : "0";
        }
        // Java's toString is shortest-exact since JDK 19, except that it may pick a closer
        // two-digit decimal where one digit would do; Ryu always picks the shortest.
        String javaText = single ? Float.toString((float) value) : Double.toString(value);
        BigDecimal decimal = new BigDecimal(javaText).stripTrailingZeros();
        if (decimal.precision() == 2) {
            BigDecimal oneDigit = oneDigit(decimal, value, single);
            if (oneDigit != null) {
                decimal = oneDigit;
            }
        }
        if (Math.abs(value) >= (single ? 0x1p25 : 0x1p54) && onBoundary(decimal, value, single)) {
            decimal = longerThanBoundary(decimal, value, single);
        }
        String digits = decimal.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - decimal.scale();
        return layout(value < 0, digits, exponent, single ? 6 : 15);
    }

    /**
     * Ryu as PostgreSQL builds it never picks a decimal lying exactly halfway between two floats
     * (1e23 prints as 9.999999999999999e+22), where Java accepts it when the tie reads back as the value.
     */
    private static boolean onBoundary(BigDecimal decimal, double value, boolean single) {
        BigDecimal exact = single ? new BigDecimal((float) value) : new BigDecimal(value);
        double up = single ? Math.nextUp((float) value) : Math.nextUp(value);
        double down = single ? Math.nextDown((float) value) : Math.nextDown(value);
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal signed = value < 0 ? decimal.negate().abs().negate() : decimal;
        boolean onUpper = !Double.isInfinite(up) && signed.compareTo(
                exact.add(single ? new BigDecimal((float) up) : new BigDecimal(up)).divide(two)) == 0;
        boolean onLower = !Double.isInfinite(down) && signed.compareTo(
                exact.add(single ? new BigDecimal((float) down) : new BigDecimal(down)).divide(two)) == 0;
        return onUpper || onLower;
    }

    private static BigDecimal longerThanBoundary(BigDecimal decimal, double value, boolean single) {
        BigDecimal exact = single ? new BigDecimal((float) value) : new BigDecimal(value);
        for (int precision = decimal.precision() + 1; precision <= 17; precision++) {
            BigDecimal candidate = exact.round(new java.math.MathContext(precision, java.math.RoundingMode.HALF_EVEN))
                    .stripTrailingZeros();
            boolean readsBack = single ? Float.parseFloat(candidate.toString()) == (float) value
                    : Double.parseDouble(candidate.toString()) == value;
            if (readsBack && !onBoundary(candidate, value, single)) {
                return candidate;
            }
        }
        return decimal;
    }

    private static BigDecimal oneDigit(BigDecimal decimal, double value, boolean single) {
        BigDecimal exact = single ? new BigDecimal((float) value) : new BigDecimal(value);
        BigDecimal best = null;
        for (java.math.RoundingMode mode : new java.math.RoundingMode[] {java.math.RoundingMode.DOWN,
                java.math.RoundingMode.UP}) {
            BigDecimal candidate = decimal.round(new java.math.MathContext(1, mode));
            boolean readsBack = single
                    ? Float.parseFloat(candidate.toString()) == (float) value
                    : Double.parseDouble(candidate.toString()) == value;
            if (readsBack && (best == null
                    || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                best = candidate;
            }
        }
        return best;
    }

    /** %g-like layout of the digits d1d2d3... times 10^exponent (of the first digit). */
    private static String layout(boolean negative, String digits, int exponent, int plainLimit) {
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (negative) {
            out.append('-');
        }
        if (exponent < -4 || exponent >= plainLimit) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        } else if (exponent < 0) {
            out.append("0.");
            out.append("0".repeat(-exponent - 1));
            out.append(digits);
        } else if (digits.length() <= exponent + 1) {
            out.append(digits).append("0".repeat(exponent + 1 - digits.length()));
        } else {
            out.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
        }
        return out.toString();
    }

    /** printf("%.{precision}g"): rounded to that many significant digits, trailing zeros dropped. */
    private static String rounded(double value, int precision) {
        if (precision < 1) {
            precision = 1;
        }
        if (value == 0) {
            return (1 / value) < 0 ? "-0" : "0";
        }
        BigDecimal decimal = new BigDecimal(value).round(new java.math.MathContext(precision,
                java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String digits = decimal.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - decimal.scale();
        return layout(value < 0, digits, exponent, precision);
    }
}
