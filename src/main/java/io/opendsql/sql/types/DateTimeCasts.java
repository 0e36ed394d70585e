package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;

/** Conversions among date, time, timetz, timestamp and timestamptz, using the session time zone. */
final class DateTimeCasts {
    private DateTimeCasts() {
    }

    static long dateToTimestamp(PgDate date) {
        if (date.days() == Integer.MIN_VALUE) {
            return Long.MIN_VALUE;
        }
        if (date.days() == Integer.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        long micros = date.days() * Julian.MICROS_PER_DAY;
        if (!Julian.isValidTimestamp(micros)) {
            throw DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range for timestamp");
        }
        return micros;
    }

    static PgTimestampTz dateToTimestampTz(PgDate date, TypeContext context) {
        long local = dateToTimestamp(date);
        if (local == Long.MIN_VALUE || local == Long.MAX_VALUE) {
            return new PgTimestampTz(local);
        }
        return new PgTimestampTz(localToUtc(local, context, "date out of range for timestamp"));
    }

    static PgTimestampTz timestampToTimestampTz(PgTimestamp timestamp, TypeContext context) {
        if (!timestamp.isFinite()) {
            return new PgTimestampTz(timestamp.micros());
        }
        return new PgTimestampTz(localToUtc(timestamp.micros(), context, "timestamp out of range"));
    }

    /** A local wall-clock time in the session zone as UTC (a gap reads with the offset before it). */
    private static long localToUtc(long local, TypeContext context, String rangeMessage) {
        DateTimeParser.Result r = new DateTimeParser.Result();
        long days = Math.floorDiv(local, Julian.MICROS_PER_DAY);
        long time = Math.floorMod(local, Julian.MICROS_PER_DAY);
        int[] ymd = Julian.j2date((int) (days + Julian.POSTGRES_EPOCH_JDATE));
        r.year = ymd[0];
        r.month = ymd[1];
        r.day = ymd[2];
        r.hour = (int) (time / 3_600_000_000L);
        r.minute = (int) (time / 60_000_000L % 60);
        r.second = (int) (time / 1_000_000L % 60);
        long utc = local + DateTimeParser.zoneOffsetWest(r, context.timeZone()) * 1_000_000L;
        if (!Julian.isValidTimestamp(utc)) {
            throw DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, rangeMessage);
        }
        return utc;
    }

    /** The session zone's wall-clock time of an instant, as microseconds since 2000. */
    static long local(PgTimestampTz value, TypeContext context) {
        if (!value.isFinite()) {
            return value.micros();
        }
        return value.micros() + DateTimeText.offsetAt(value.micros(), context.timeZone()) * 1_000_000L;
    }

    static PgTimestamp timestampTzToTimestamp(PgTimestampTz value, TypeContext context) {
        long local = local(value, context);
        if (value.isFinite() && !Julian.isValidTimestamp(local)) {
            throw DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        return new PgTimestamp(local);
    }

    static PgDate timestampToDate(long micros) {
        if (micros == Long.MIN_VALUE) {
            return PgDate.NEGATIVE_INFINITY;
        }
        if (micros == Long.MAX_VALUE) {
            return PgDate.POSITIVE_INFINITY;
        }
        return new PgDate((int) Math.floorDiv(micros, Julian.MICROS_PER_DAY));
    }

    static PgTime timeOf(long micros) {
        if (micros == Long.MIN_VALUE || micros == Long.MAX_VALUE) {
            throw DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        return new PgTime(Math.floorMod(micros, Julian.MICROS_PER_DAY));
    }

    static PgTimeTz timestampTzToTimeTz(PgTimestampTz value, TypeContext context) {
        if (!value.isFinite()) {
            throw DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        int offset = DateTimeText.offsetAt(value.micros(), context.timeZone());
        long local = value.micros() + offset * 1_000_000L;
        return new PgTimeTz(Math.floorMod(local, Julian.MICROS_PER_DAY), offset);
    }

    /** time to timetz: the session zone's offset on the transaction's date. */
    static PgTimeTz timeToTimeTz(PgTime time, TypeContext context) {
        java.time.LocalDate today = context.transactionStart().atZone(context.timeZone()).toLocalDate();
        DateTimeParser.Result r = new DateTimeParser.Result();
        r.year = today.getYear();
        r.month = today.getMonthValue();
        r.day = today.getDayOfMonth();
        r.hour = (int) (time.micros() / 3_600_000_000L);
        r.minute = (int) (time.micros() / 60_000_000L % 60);
        r.second = (int) (time.micros() / 1_000_000L % 60);
        return new PgTimeTz(time.micros(), -DateTimeParser.zoneOffsetWest(r, context.timeZone()));
    }
}
