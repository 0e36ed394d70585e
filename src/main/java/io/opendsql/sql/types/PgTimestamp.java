package io.opendsql.sql.types;

import java.time.LocalDateTime;

/**
 * A timestamp without time zone: microseconds since 2000-01-01 00:00:00, from 4714-11-24 00:00 BC
 * up to (not including) 294277-01-01, with {@link Long#MIN_VALUE} and {@link Long#MAX_VALUE} for
 * {@code -infinity} and {@code infinity}.
 */
public record PgTimestamp(long micros) implements Comparable<PgTimestamp> {
    public static final PgTimestamp NEGATIVE_INFINITY = new PgTimestamp(Long.MIN_VALUE);
    public static final PgTimestamp POSITIVE_INFINITY = new PgTimestamp(Long.MAX_VALUE);

    public boolean isFinite() {
        return micros != Long.MIN_VALUE && micros != Long.MAX_VALUE;
    }

    public LocalDateTime toLocalDateTime() {
        if (!isFinite()) {
            throw new IllegalStateException("infinite timestamp");
        }
        return Julian.toLocalDateTime(micros);
    }

    public static PgTimestamp of(LocalDateTime value) {
        return new PgTimestamp(Julian.toMicros(value));
    }

    @Override
    public int compareTo(PgTimestamp other) {
        return Long.compare(micros, other.micros);
    }
}
