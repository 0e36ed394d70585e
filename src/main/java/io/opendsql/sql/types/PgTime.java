package io.opendsql.sql.types;

/** A time of day without time zone: microseconds since midnight, 0 to 24:00:00 inclusive. */
public record PgTime(long micros) implements Comparable<PgTime> {
    public static final long MAX_MICROS = 86_400_000_000L;

    public PgTime {
        if (micros < 0 || micros > MAX_MICROS) {
            throw new IllegalArgumentException("time out of range: " + micros);
        }
    }

    @Override
    public int compareTo(PgTime other) {
        return Long.compare(micros, other.micros);
    }
}
