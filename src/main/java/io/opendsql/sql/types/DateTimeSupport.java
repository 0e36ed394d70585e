package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * PostgreSQL's calendar and time zone arithmetic for the date/time functions: Julian day numbers,
 * the valid ranges of dates and timestamps, broken-down times (timestamp2tm / tm2timestamp), and
 * zones named as AT TIME ZONE and make_timestamptz name them.
 */
public final class DateTimeSupport {
    public static final long MICROS_PER_DAY = Julian.MICROS_PER_DAY;
    /** Julian day of 2000-01-01, the epoch of dates and timestamps. */
    public static final int POSTGRES_EPOCH_JDATE = Julian.POSTGRES_EPOCH_JDATE;
    /** Seconds from 1970-01-01 to 2000-01-01. */
    public static final long EPOCH_SECOND_2000 = Julian.EPOCH_SECOND_2000;

    private DateTimeSupport() {
    }

    /** date2j: the Julian day number of a proleptic Gregorian date (year 0 is 1 BC). */
    public static int date2j(int year, int month, int day) {
        return Julian.date2j(year, month, day);
    }

    /** j2date: {year, month, day} of a Julian day number. */
    public static int[] j2date(int julian) {
        return Julian.j2date(julian);
    }

    public static boolean isLeap(int year) {
        return Julian.isLeap(year);
    }

    public static int daysInMonth(int year, int month) {
        return Julian.daysInMonth(year, month);
    }

    public static boolean isValidJulian(int year, int month) {
        return Julian.isValidJulian(year, month);
    }

    public static boolean isValidTimestamp(long micros) {
        return Julian.isValidTimestamp(micros);
    }

    /** True for days since 2000 inside date's range. */
    public static boolean isValidDate(long days) {
        return Julian.isValidDate(days);
    }

    /** A timestamp split into fields: year (0 = 1 BC), month, day, hour, minute, second, microseconds. */
    public record Fields(int year, int month, int day, int hour, int minute, int second, long micros) {
        /** Microseconds since midnight. */
        public long timeOfDay() {
            return ((hour * 60L + minute) * 60L + second) * 1_000_000L + micros;
        }
    }

    /** timestamp2tm for a finite timestamp (microseconds since 2000, local time). */
    public static Fields fields(long micros) {
        long days = Math.floorDiv(micros, MICROS_PER_DAY);
        long time = Math.floorMod(micros, MICROS_PER_DAY);
        int[] ymd = Julian.j2date((int) (days + POSTGRES_EPOCH_JDATE));
        return new Fields(ymd[0], ymd[1], ymd[2], (int) (time / 3_600_000_000L), (int) (time / 60_000_000L % 60),
                (int) (time / 1_000_000L % 60), time % 1_000_000L);
    }

    /** tm2timestamp: microseconds since 2000 of the fields (no range check). */
    public static long toMicros(int year, int month, int day, long timeOfDay) {
        long days = Julian.date2j(year, month, day) - (long) POSTGRES_EPOCH_JDATE;
        return days * MICROS_PER_DAY + timeOfDay;
    }

    /** The zone's offset east of UTC, in seconds, at an instant (microseconds since 2000 UTC). */
    public static int offsetEast(long utcMicros, ZoneId zone) {
        return DateTimeText.offsetAt(utcMicros, zone);
    }

    /** DetermineTimeZoneOffset: the UTC instant of a local time in a zone (a gap reads with the earlier offset). */
    public static long localToUtc(long localMicros, ZoneId zone) {
        Fields f = fields(localMicros);
        DateTimeParser.Result r = new DateTimeParser.Result();
        r.year = f.year();
        r.month = f.month();
        r.day = f.day();
        r.hour = f.hour();
        r.minute = f.minute();
        r.second = f.second();
        return localMicros + DateTimeParser.zoneOffsetWest(r, zone) * 1_000_000L;
    }

    /**
     * A zone named as AT TIME ZONE reads it: a time zone abbreviation (a fixed offset) first, then a
     * full zone name or POSIX specification.
     *
     * @throws DsqlException 22023 time zone "x" not recognized
     */
    public static ZoneId zone(String name) {
        DateTimeTokens.Token abbreviation = DateTimeTokens.abbreviation(name.toLowerCase(Locale.ROOT));
        if (abbreviation != null) {
            return ZoneOffset.ofTotalSeconds(abbreviation.value());
        }
        Optional<ZoneId> zone = TimeZones.lookup(name);
        return zone.orElseThrow(() -> DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                "time zone \"%s\" not recognized", name));
    }
}
