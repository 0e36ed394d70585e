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
        long high = high();
        long otherHigh = other.high();
        if (high != otherHigh) {
            return Long.compare(high, otherHigh);
        }
        return Long.compareUnsigned(low(), other.low());
    }

    /** A hash consistent with {@link #compareTo}: equal when the normalized totals are equal. */
    public int normalizedHash() {
        return Long.hashCode(high()) * 31 + Long.hashCode(low());
    }

    // the 128-bit total days * MICROS_PER_DAY + micros, as PostgreSQL's interval_cmp_value computes it
    private long high() {
        long dayCount = months * 30L + days;
        long low = dayCount * MICROS_PER_DAY;
        long sum = low + micros;
        long carry = Long.compareUnsigned(sum, low) < 0 ? 1 : 0;
        return Math.multiplyHigh(dayCount, MICROS_PER_DAY) + (micros >> 63) + carry;
    }

    private long low() {
        return (months * 30L + days) * MICROS_PER_DAY + micros;
    }
}
