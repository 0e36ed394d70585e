package io.opendsql.sql.types;

import static java.util.Objects.requireNonNull;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A numeric value: a finite decimal whose scale is PostgreSQL's display scale (dscale, never
 * negative), or NaN, +Infinity or -Infinity. Ordering follows PostgreSQL: -Infinity below every
 * number, then +Infinity, then NaN above everything (NaN equals NaN). Equality of finite values
 * ignores the scale ({@code 1.50 = 1.5}), so use {@link #compareTo}; {@link #equals} is structural.
 */
public record Numeric(Kind kind, BigDecimal value) implements Comparable<Numeric> {
    public enum Kind { FINITE, NAN, POSITIVE_INFINITY, NEGATIVE_INFINITY }

    public static final Numeric NAN = new Numeric(Kind.NAN, null);
    public static final Numeric POSITIVE_INFINITY = new Numeric(Kind.POSITIVE_INFINITY, null);
    public static final Numeric NEGATIVE_INFINITY = new Numeric(Kind.NEGATIVE_INFINITY, null);
    public static final Numeric ZERO = new Numeric(Kind.FINITE, BigDecimal.ZERO);

    public Numeric {
        requireNonNull(kind, "kind");
        if ((kind == Kind.FINITE) != (value != null)) {
            throw new IllegalArgumentException("a finite numeric needs a value, and only it");
        }
        if (value != null && value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    public static Numeric of(BigDecimal value) {
        return new Numeric(Kind.FINITE, value);
    }

    public static Numeric of(long value) {
        return new Numeric(Kind.FINITE, BigDecimal.valueOf(value));
    }

    public boolean isFinite() {
        return kind == Kind.FINITE;
    }

    public boolean isNaN() {
        return kind == Kind.NAN;
    }

    /** The finite value; throws for NaN and infinities. */
    public BigDecimal decimal() {
        if (value == null) {
            throw new IllegalStateException(kind + " has no decimal value");
        }
        return value;
    }

    @Override
    public int compareTo(Numeric other) {
        int rank = rank() - other.rank();
        if (rank != 0) {
            return Integer.signum(rank);
        }
        return kind == Kind.FINITE ? value.compareTo(other.value) : 0;
    }

    private int rank() {
        return switch (kind) {
            case NEGATIVE_INFINITY -> 0;
            case FINITE -> 1;
            case POSITIVE_INFINITY -> 2;
            case NAN -> 3;
        };
    }

    /** numeric_out. */
    @Override
    public String toString() {
        return switch (kind) {
            case NAN -> "NaN";
            case POSITIVE_INFINITY -> "Infinity";
            case NEGATIVE_INFINITY -> "-Infinity";
            case FINITE -> value.signum() == 0 ? BigDecimal.ZERO.setScale(value.scale()).toPlainString()
                    : value.toPlainString();
        };
    }

    /** numeric_in (PostgreSQL 16: also 0x/0o/0b integers and underscores between digits). */
    public static Numeric parse(String input) {
        int i = 0;
        int n = input.length();
        while (i < n && Errors.isSpace(input.charAt(i))) {
            i++;
        }
        int end = n;
        while (end > i && Errors.isSpace(input.charAt(end - 1))) {
            end--;
        }
        String body = input.substring(i, end);
        switch (body.toLowerCase(java.util.Locale.ROOT)) {
            case "nan" -> {
                return NAN;
            }
            case "infinity", "+infinity", "inf", "+inf" -> {
                return POSITIVE_INFINITY;
            }
            case "-infinity", "-inf" -> {
                return NEGATIVE_INFINITY;
            }
            default -> { }
        }
        Numeric value = parseFinite(body);
        if (value == null) {
            throw Errors.invalidSyntax("numeric", input);
        }
        return value;
    }

    private static Numeric parseFinite(String s) {
        int i = 0;
        int n = s.length();
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (i + 1 < n && s.charAt(i) == '0' && "xXoObB".indexOf(s.charAt(i + 1)) >= 0) {
            return parseNonDecimal(s, i, negative);
        }
        StringBuilder digits = new StringBuilder(n);
        int scale = 0;
        boolean point = false;
        boolean lastDigit = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                if (point) {
                    scale++;
                }
                lastDigit = true;
            } else if (c == '.' && !point) {
                point = true;
                lastDigit = false;
            } else if (c == '_' && lastDigit && i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') {
                lastDigit = false;
            } else {
                break;
            }
            i++;
        }
        if (digits.isEmpty()) {
            return null;
        }
        long exponent = 0;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            int expSign = 1;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                expSign = s.charAt(i) == '-' ? -1 : 1;
                i++;
            }
            if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
            while (i < n) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    exponent = exponent * 10 + (c - '0');
                    if (exponent > Integer.MAX_VALUE / 2) {
                        throw Errors.outOfRange("value overflows numeric format");
                    }
                    i++;
                } else if (c == '_' && i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') {
                    i++;
                } else {
                    break;
                }
            }
            exponent *= expSign;
        }
        if (i != n) {
            return null;
        }
        BigInteger unscaled = new BigInteger(digits.toString());
        if (negative) {
            unscaled = unscaled.negate();
        }
        BigDecimal value = new BigDecimal(unscaled, scale - (int) exponent);
        int displayScale = Math.max(0, scale - (int) exponent);
        if (displayScale > 16383 || (value.signum() != 0 && value.precision() - value.scale() > 131072)) {
            throw Errors.outOfRange("value overflows numeric format");
        }
        return of(value.setScale(displayScale));
    }

    private static Numeric parseNonDecimal(String s, int i, boolean negative) {
        char p = s.charAt(i + 1);
        int radix = p == 'x' || p == 'X' ? 16 : p == 'o' || p == 'O' ? 8 : 2;
        i += 2;
        StringBuilder digits = new StringBuilder();
        boolean lastDigit = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && Character.digit(c, radix) >= 0) {
                digits.append(c);
                lastDigit = true;
            } else if (c == '_' && i + 1 < s.length() && Character.digit(s.charAt(i + 1), radix) >= 0
                    && s.charAt(i + 1) < 128) {
                lastDigit = false;
            } else {
                return null;
            }
        }
        if (digits.isEmpty() || !lastDigit) {
            return null;
        }
        BigInteger value = new BigInteger(digits.toString(), radix);
        return of(new BigDecimal(negative ? value.negate() : value));
    }

    /**
     * apply_typmod: rounds to the declared scale (half away from zero) and checks the precision.
     *
     * @throws DsqlException 22003 numeric field overflow
     */
    public Numeric applyTypmod(int typmod) {
        if (typmod < 4) {
            return this;
        }
        SqlType type = new SqlType(PgType.NUMERIC, typmod);
        int precision = type.numericPrecision();
        int scale = type.numericScale();
        int maxDigits = precision - scale;
        if (kind == Kind.NAN) {
            return this;
        }
        if (kind != Kind.FINITE) {
            throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "numeric field overflow")
                    .detail(String.format("A field with precision %d, scale %d cannot hold an infinite value.",
                            precision, scale));
        }
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        if (rounded.signum() != 0) {
            int integerDigits = rounded.precision() - rounded.scale();
            if (integerDigits > maxDigits) {
                throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "numeric field overflow")
                        .detail(String.format(
                                "A field with precision %d, scale %d must round to an absolute value less than %s%d.",
                                precision, scale, maxDigits != 0 ? "10^" : "", maxDigits != 0 ? maxDigits : 1));
            }
        }
        return of(rounded.setScale(Math.max(scale, 0)));
    }
}
