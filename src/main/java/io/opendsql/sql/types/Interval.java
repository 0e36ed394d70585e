package io.opendsql.sql.types;

/**
 * An interval as PostgreSQL stores it: months, days and microseconds, each kept separately
 * ({@code 1 mon} is not {@code 30 days}, though they compare equal).
 */
public record Interval(int months, int days, long micros) implements Comparable<Interval> {
    public static final long MICROS_PER_DAY = 86_400_000_000L;
    public static final Interval ZERO = new Interval(0, 0, 0);

    /** PostgreSQL's comparison key: months as 30 days, days as 24 hours, in 128-bit arithmetic. */
    public java.math.BigInteger linearMicros() {
        long dayCount = months * 30L + days;
        return java.math.BigInteger.valueOf(dayCount).multiply(java.math.BigInteger.valueOf(MICROS_PER_DAY))
                .add(java.math.BigInteger.valueOf(micros));
    }

    @Override
    public int compareTo(Interval other) {
        return linearMicros().compareTo(other.linearMicros());
    }
}
