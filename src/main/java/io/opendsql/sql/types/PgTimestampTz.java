package io.opendsql.sql.types;

import java.time.Instant;

/**
 * A timestamp with time zone: an instant as microseconds since 2000-01-01 00:00:00 UTC, with the
 * same range and infinities as {@link PgTimestamp}. The zone is not stored; output uses the session's.
 */
public record PgTimestampTz(long micros) implements Comparable<PgTimestampTz> {
    public static final PgTimestampTz NEGATIVE_INFINITY = new PgTimestampTz(Long.MIN_VALUE);
    public static final PgTimestampTz POSITIVE_INFINITY = new PgTimestampTz(Long.MAX_VALUE);

    public boolean isFinite() {
        return micros != Long.MIN_VALUE && micros != Long.MAX_VALUE;
    }

    public Instant toInstant() {
        if (!isFinite()) {
            throw new IllegalStateException("infinite timestamp");
        }
        return Instant.ofEpochSecond(Julian.EPOCH_SECOND_2000 + Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    public static PgTimestampTz of(Instant instant) {
        long seconds = instant.getEpochSecond() - Julian.EPOCH_SECOND_2000;
        return new PgTimestampTz(Math.addExact(Math.multiplyExact(seconds, 1_000_000L), instant.getNano() / 1000));
    }

    @Override
    public int compareTo(PgTimestampTz other) {
        return Long.compare(micros, other.micros);
    }
}
