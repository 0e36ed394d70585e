package io.opendsql.sql.types;

import java.time.ZoneId;

/**
 * A timestamp's calendar fields as PostgreSQL's timestamp2tm gives them, for functions that print
 * or compute with fields (to_char): year (0 and below for BC), month, day, time of day, weekday,
 * day of year, and for timestamptz the zone offset and abbreviation in effect.
 *
 * @param offsetEast the UTC offset in seconds (0 for timestamp without time zone)
 * @param zone       the zone abbreviation (null for timestamp without time zone)
 */
public record CalendarFields(int year, int month, int day, int hour, int minute, int second, int micros,
                             int weekday, int yearDay, int offsetEast, String zone) {

    /** The fields of a finite timestamp (microseconds since 2000-01-01, local time). */
    public static CalendarFields of(long localMicros, int offsetEast, String zone) {
        long days = Math.floorDiv(localMicros, Julian.MICROS_PER_DAY);
        long time = Math.floorMod(localMicros, Julian.MICROS_PER_DAY);
        int julian = (int) (days + Julian.POSTGRES_EPOCH_JDATE);
        int[] ymd = Julian.j2date(julian);
        int hour = (int) (time / 3_600_000_000L);
        int minute = (int) (time / 60_000_000L % 60);
        int second = (int) (time / 1_000_000L % 60);
        int micros = (int) (time % 1_000_000L);
        return new CalendarFields(ymd[0], ymd[1], ymd[2], hour, minute, second, micros, weekday(julian),
                julian - Julian.date2j(ymd[0], 1, 1) + 1, offsetEast, zone);
    }

    /** The fields of a timestamptz in a zone. */
    public static CalendarFields of(PgTimestampTz value, ZoneId zone) {
        int offset = DateTimeText.offsetAt(value.micros(), zone);
        return of(value.micros() + offset * 1_000_000L, offset,
                ZoneAbbreviations.at(value.micros(), offset, zone));
    }

    /** j2day: 0 for Sunday. */
    public static int weekday(int julian) {
        return Math.floorMod(julian + 1, 7);
    }

    /** date2j: the Julian day number of a date (year 0 is 1 BC). */
    public static int julian(int year, int month, int day) {
        return Julian.date2j(year, month, day);
    }
}
