package io.opendsql.sql.types;

import java.time.LocalDate;

/**
 * A date as PostgreSQL stores it: days since 2000-01-01, from 4714-11-24 BC to 5874897-12-31,
 * with {@link Integer#MIN_VALUE} for {@code -infinity} and {@link Integer#MAX_VALUE} for {@code infinity}.
 */
public record PgDate(int days) implements Comparable<PgDate> {
    public static final PgDate NEGATIVE_INFINITY = new PgDate(Integer.MIN_VALUE);
    public static final PgDate POSITIVE_INFINITY = new PgDate(Integer.MAX_VALUE);

    public boolean isFinite() {
        return days != Integer.MIN_VALUE && days != Integer.MAX_VALUE;
    }

    /** The proleptic Gregorian date (year 0 is 1 BC); throws for the infinities. */
    public LocalDate toLocalDate() {
        if (!isFinite()) {
            throw new IllegalStateException("infinite date");
        }
        return LocalDate.ofEpochDay(days + Julian.EPOCH_DAY_2000);
    }

    public static PgDate of(LocalDate date) {
        return new PgDate(Math.toIntExact(date.toEpochDay() - Julian.EPOCH_DAY_2000));
    }

    @Override
    public int compareTo(PgDate other) {
        return Integer.compare(days, other.days);
    }
}
