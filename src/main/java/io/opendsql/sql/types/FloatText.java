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

    private static double parse(String input, String typeName, boolean single) {
        int i = 0;
        int n = input.length();
        while (i < n && Errors.isSpace(input.charAt(i))) {
            i++;
        }
        int end = n;
        while (end > i && Errors.isSpace(input.charAt(end - 1))) {
            end--;
        }
        if (i == end) {
            throw Errors.invalidSyntax(typeName, input);
        }
        String body = input.substring(i, end);
        Double special = special(body);
        if (special != null) {
            return special;
        }
        Syntax syntax = scan(body);
        if (syntax == null) {
            throw Errors.invalidSyntax(typeName, input);
        }
        String javaForm = syntax.hex ? hexForm(body) : body;
        double value;
        if (single) {
            value = Float.parseFloat(javaForm);
        } else {
            value = Double.parseDouble(javaForm);
        }
        if (Double.isInfinite(value) || (value == 0.0 && syntax.nonZeroMantissa)) {
            throw Errors.outOfRange("\"" + input + "\" is out of range for type " + typeName);
        }
        return value;
    }

    /** The names PostgreSQL checks before strtod, case-insensitively. */
    private static Double special(String body) {
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        return switch (lower) {
            case "nan", "+nan", "-nan" -> Double.NaN;
            case "infinity", "+infinity", "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-infinity", "-inf" -> Double.NEGATIVE_INFINITY;
            default -> lower.matches("[+-]?nan\\([a-z0-9_]*\\)") ? Double.NaN : null; // strtod's nan(chars)
        };
    }

    private record Syntax(boolean hex, boolean nonZeroMantissa) {
    }

    /** What strtod accepts as a whole: decimal or hexadecimal floating-point, or null. */
    private static Syntax scan(String s) {
        int i = 0;
        int n = s.length();
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            i++;
        }
        boolean hex = i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X');
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
            i++;
            while (i < n && isDigit(s.charAt(i), hex)) {
                nonZero |= s.charAt(i) != '0';
                digits++;
                i++;
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
        return i == n ? new Syntax(hex, nonZero) : null;
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
