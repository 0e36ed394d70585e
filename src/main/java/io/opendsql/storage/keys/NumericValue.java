package io.opendsql.storage.keys;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A PostgreSQL numeric as far as ordering goes: a finite decimal or one of the special values, ordered as
 * PostgreSQL 14+ sorts them: -Infinity &lt; finite values &lt; Infinity &lt; NaN (NaN equals NaN). Finite values
 * compare by value, so 1.0 equals 1.00.
 */
public record NumericValue(Kind kind, BigDecimal value) implements Comparable<NumericValue> {
    /** Declaration order is sort order. */
    public enum Kind {
        NEGATIVE_INFINITY,
        FINITE,
        POSITIVE_INFINITY,
        NAN
    }

    public static final NumericValue NEGATIVE_INFINITY = new NumericValue(Kind.NEGATIVE_INFINITY, null);
    public static final NumericValue POSITIVE_INFINITY = new NumericValue(Kind.POSITIVE_INFINITY, null);
    public static final NumericValue NAN = new NumericValue(Kind.NAN, null);

    public NumericValue {
        requireNonNull(kind, "kind");
        if ((kind == Kind.FINITE) != (value != null)) {
            throw new IllegalArgumentException("a finite numeric needs a value; special values have none");
        }
    }

    public static NumericValue of(BigDecimal value) {
        return new NumericValue(Kind.FINITE, requireNonNull(value, "value"));
    }

    public static NumericValue of(String text) {
        return switch (text) {
            case "NaN" -> NAN;
            case "Infinity" -> POSITIVE_INFINITY;
            case "-Infinity" -> NEGATIVE_INFINITY;
            default -> of(new BigDecimal(text));
        };
    }

    @Override
    public int compareTo(NumericValue other) {
        int byKind = kind.compareTo(other.kind);
        if (byKind != 0 || kind != Kind.FINITE) {
            return byKind;
        }
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NumericValue that && compareTo(that) == 0;
    }

    @Override
    public int hashCode() {
        return kind == Kind.FINITE ? value.stripTrailingZeros().hashCode() : kind.hashCode();
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NEGATIVE_INFINITY -> "-Infinity";
            case FINITE -> value.toPlainString();
            case POSITIVE_INFINITY -> "Infinity";
            case NAN -> "NaN";
        };
    }
}
