package io.opendsql.sql.types;

/**
 * A time of day with time zone: microseconds since local midnight (0 to 24:00:00) and the UTC
 * offset in seconds, east positive (+05:30 is 19800). PostgreSQL stores the offset west positive;
 * binary I/O converts. Offsets range over ±15:59:59.
 *
 * <p>PostgreSQL orders timetz by the UTC instant ({@code micros - offset}), then by offset
 * (a zone further east first): see {@link #compareTo}.
 */
public record PgTimeTz(long micros, int offsetSeconds) implements Comparable<PgTimeTz> {
    public static final int MAX_OFFSET_SECONDS = 15 * 3600 + 59 * 60 + 59;

    public PgTimeTz {
        if (micros < 0 || micros > PgTime.MAX_MICROS) {
            throw new IllegalArgumentException("time out of range: " + micros);
        }
        if (Math.abs(offsetSeconds) > MAX_OFFSET_SECONDS) {
            throw new IllegalArgumentException("offset out of range: " + offsetSeconds);
        }
    }

    /** PostgreSQL's zone field: seconds west of UTC. */
    public int zoneWest() {
        return -offsetSeconds;
    }

    @Override
    public int compareTo(PgTimeTz other) {
        // timetz_cmp_internal: compare t1.time + t1.zone, then zone
        long left = micros + zoneWest() * 1_000_000L;
        long right = other.micros + other.zoneWest() * 1_000_000L;
        if (left != right) {
            return Long.compare(left, right);
        }
        return Integer.compare(zoneWest(), other.zoneWest());
    }
}
