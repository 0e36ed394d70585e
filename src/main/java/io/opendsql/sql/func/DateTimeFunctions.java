package io.opendsql.sql.func;

import static io.opendsql.sql.types.PgType.DATE;
import static io.opendsql.sql.types.PgType.FLOAT8;
import static io.opendsql.sql.types.PgType.INT4;
import static io.opendsql.sql.types.PgType.INTERVAL;
import static io.opendsql.sql.types.PgType.NUMERIC;
import static io.opendsql.sql.types.PgType.TEXT;
import static io.opendsql.sql.types.PgType.TIME;
import static io.opendsql.sql.types.PgType.TIMESTAMP;
import static io.opendsql.sql.types.PgType.TIMESTAMPTZ;
import static io.opendsql.sql.types.PgType.TIMETZ;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.DateTimeSupport;
import io.opendsql.sql.types.Interval;
import io.opendsql.sql.types.PgDate;
import io.opendsql.sql.types.PgTimestamp;
import io.opendsql.sql.types.PgTimestampTz;
import io.opendsql.sql.types.PgType;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Date arithmetic, timestamp ± interval, timestamp differences, EXTRACT/date_part, date_trunc and
 * make_date, as timestamp.c and date.c compute them: months added on the calendar with the day
 * clamped to the month's end, then days, then the time; infinite dates and timestamps pass through
 * arithmetic unchanged, and their differences are PostgreSQL's errors.
 */
final class DateTimeFunctions {
    private DateTimeFunctions() {
    }

    static void register(Registry ops, Registry f) {
        ops.add("+", List.of(DATE, INT4), DATE, a -> plusDays((PgDate) a.get(0), (Integer) a.get(1)));
        ops.add("+", List.of(INT4, DATE), DATE, a -> plusDays((PgDate) a.get(1), (Integer) a.get(0)));
        ops.add("-", List.of(DATE, INT4), DATE, a -> plusDays((PgDate) a.get(0), -(long) (Integer) a.get(1)));
        ops.add("-", List.of(DATE, DATE), INT4, a -> {
            PgDate x = (PgDate) a.get(0);
            PgDate y = (PgDate) a.get(1);
            if (!x.isFinite() || !y.isFinite()) {
                throw outOfRange("cannot subtract infinite dates");
            }
            return x.days() - y.days();
        });
        ops.add("+", List.of(DATE, INTERVAL), TIMESTAMP,
                a -> new PgTimestamp(plus(dateMicros((PgDate) a.get(0)), (Interval) a.get(1), 1)));
        ops.add("+", List.of(INTERVAL, DATE), TIMESTAMP,
                a -> new PgTimestamp(plus(dateMicros((PgDate) a.get(1)), (Interval) a.get(0), 1)));
        ops.add("-", List.of(DATE, INTERVAL), TIMESTAMP,
                a -> new PgTimestamp(plus(dateMicros((PgDate) a.get(0)), (Interval) a.get(1), -1)));
        ops.add("+", List.of(TIMESTAMP, INTERVAL), TIMESTAMP,
                a -> new PgTimestamp(plus(((PgTimestamp) a.get(0)).micros(), (Interval) a.get(1), 1)));
        ops.add("+", List.of(INTERVAL, TIMESTAMP), TIMESTAMP,
                a -> new PgTimestamp(plus(((PgTimestamp) a.get(1)).micros(), (Interval) a.get(0), 1)));
        ops.add("-", List.of(TIMESTAMP, INTERVAL), TIMESTAMP,
                a -> new PgTimestamp(plus(((PgTimestamp) a.get(0)).micros(), (Interval) a.get(1), -1)));
        ops.add("+", List.of(TIMESTAMPTZ, INTERVAL), TIMESTAMPTZ, a -> new PgTimestampTz(plusZoned(
                ((PgTimestampTz) a.get(0)).micros(), (Interval) a.get(1), 1, a.context().types().timeZone())));
        ops.add("+", List.of(INTERVAL, TIMESTAMPTZ), TIMESTAMPTZ, a -> new PgTimestampTz(plusZoned(
                ((PgTimestampTz) a.get(1)).micros(), (Interval) a.get(0), 1, a.context().types().timeZone())));
        ops.add("-", List.of(TIMESTAMPTZ, INTERVAL), TIMESTAMPTZ, a -> new PgTimestampTz(plusZoned(
                ((PgTimestampTz) a.get(0)).micros(), (Interval) a.get(1), -1, a.context().types().timeZone())));
        ops.add("-", List.of(TIMESTAMP, TIMESTAMP), INTERVAL,
                a -> difference(((PgTimestamp) a.get(0)).micros(), ((PgTimestamp) a.get(1)).micros()));
        ops.add("-", List.of(TIMESTAMPTZ, TIMESTAMPTZ), INTERVAL,
                a -> difference(((PgTimestampTz) a.get(0)).micros(), ((PgTimestampTz) a.get(1)).micros()));
        ops.add("+", List.of(INTERVAL, INTERVAL), INTERVAL, a -> combine((Interval) a.get(0), (Interval) a.get(1), 1));
        ops.add("-", List.of(INTERVAL, INTERVAL), INTERVAL, a -> combine((Interval) a.get(0), (Interval) a.get(1), -1));
        ops.add("-", List.of(INTERVAL), INTERVAL, a -> combine(Interval.ZERO, (Interval) a.get(0), -1));
        ops.add("+", List.of(INTERVAL), INTERVAL, a -> a.get(0));
        for (PgType type : List.of(DATE, TIMESTAMP, TIMESTAMPTZ, TIME, TIMETZ, INTERVAL)) {
            f.add(new FunctionDef("extract", List.of(TEXT, type), NUMERIC, true,
                    a -> DateParts.extract((String) a.get(0), type, a.get(1), a)));
            f.add(new FunctionDef("date_part", List.of(TEXT, type), FLOAT8, true,
                    a -> DateParts.datePart((String) a.get(0), type, a.get(1), a)));
        }
        f.add("date_trunc", List.of(TEXT, TIMESTAMP), TIMESTAMP, a -> {
            PgTimestamp value = (PgTimestamp) a.get(1);
            return value.isFinite() ? new PgTimestamp(truncate((String) a.get(0), value.micros(), TIMESTAMP)) : value;
        });
        f.add("date_trunc", List.of(TEXT, TIMESTAMPTZ), TIMESTAMPTZ, a -> {
            PgTimestampTz value = (PgTimestampTz) a.get(1);
            if (!value.isFinite()) {
                return value;
            }
            ZoneId zone = a.context().types().timeZone();
            long local = value.micros() + DateTimeSupport.offsetEast(value.micros(), zone) * 1_000_000L;
            String unit = ((String) a.get(0)).toLowerCase(Locale.ROOT);
            long truncated = truncate(unit, local, TIMESTAMPTZ);
            if (unit.equals("microseconds") || unit.equals("milliseconds") || unit.equals("second")
                    || unit.equals("minute") || unit.equals("hour")) {
                // below a day the truncation keeps the instant's offset
                return new PgTimestampTz(value.micros() - (local - truncated));
            }
            return new PgTimestampTz(DateTimeSupport.localToUtc(truncated, zone));
        });
        f.add("make_date", List.of(INT4, INT4, INT4), DATE, a -> makeDate((Integer) a.get(0), (Integer) a.get(1),
                (Integer) a.get(2)));
    }

    static DsqlException outOfRange(String message) {
        return DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, message);
    }

    static DsqlException timestampOutOfRange() {
        return outOfRange("timestamp out of range");
    }

    static PgDate makeDate(int year, int month, int day) {
        int y = year < 0 ? year + 1 : year;
        if (year == 0 || month < 1 || month > 12 || day < 1 || day > DateTimeSupport.daysInMonth(y, month)) {
            throw outOfRange(String.format("date field value out of range: %d-%02d-%02d", year, month, day));
        }
        if (!DateTimeSupport.isValidJulian(y, month)) {
            throw outOfRange(String.format("date out of range: %d-%02d-%02d", year, month, day));
        }
        return new PgDate(DateTimeSupport.date2j(y, month, day) - DateTimeSupport.POSTGRES_EPOCH_JDATE);
    }

    /** A date from astronomical fields (year 0 is 1 BC), or 22008 naming the input they were read from. */
    static PgDate makeDateAstronomical(int year, int month, int day, String input) {
        if (month < 1 || month > 12 || day < 1 || day > DateTimeSupport.daysInMonth(year, month)) {
            throw outOfRange("date/time field value out of range: \"" + input + "\"");
        }
        if (!DateTimeSupport.isValidJulian(year, month)) {
            throw outOfRange("date out of range: \"" + input + "\"");
        }
        return new PgDate(DateTimeSupport.date2j(year, month, day) - DateTimeSupport.POSTGRES_EPOCH_JDATE);
    }

    /** timestamp_mi: the difference as days and time, whole days moved out of the time part. */
    private static Interval difference(long x, long y) {
        if (x == Long.MIN_VALUE || x == Long.MAX_VALUE || y == Long.MIN_VALUE || y == Long.MAX_VALUE) {
            throw outOfRange("cannot subtract infinite timestamps");
        }
        long micros = x - y;
        return new Interval(0, Math.toIntExact(micros / Interval.MICROS_PER_DAY), micros % Interval.MICROS_PER_DAY);
    }

    static Interval combine(Interval x, Interval y, int sign) {
        try {
            return new Interval(Math.addExact(x.months(), Math.multiplyExact(sign, y.months())),
                    Math.addExact(x.days(), Math.multiplyExact(sign, y.days())),
                    Math.addExact(x.micros(), Math.multiplyExact((long) sign, y.micros())));
        } catch (ArithmeticException e) {
            throw outOfRange("interval out of range");
        }
    }

    private static PgDate plusDays(PgDate date, long days) {
        if (!date.isFinite()) {
            return date;
        }
        long result = date.days() + days;
        if (!DateTimeSupport.isValidDate(result)) {
            throw outOfRange("date out of range");
        }
        return new PgDate((int) result);
    }

    /** date2timestamp: infinite dates become infinite timestamps. */
    static long dateMicros(PgDate date) {
        if (date.days() == Integer.MIN_VALUE) {
            return Long.MIN_VALUE;
        }
        if (date.days() == Integer.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        long micros = date.days() * DateTimeSupport.MICROS_PER_DAY;
        if (!DateTimeSupport.isValidTimestamp(micros)) {
            throw outOfRange("date out of range for timestamp");
        }
        return micros;
    }

    /** Months on the calendar (the day clamped to the month's end), then days; returns local microseconds. */
    static long plusMonthsAndDays(long local, int months, int days) {
        DateTimeSupport.Fields f = DateTimeSupport.fields(local);
        int year = f.year();
        int month = f.month();
        int day = f.day();
        if (months != 0) {
            long total = (long) year * 12 + (month - 1) + months;
            year = (int) Math.floorDiv(total, 12);
            month = (int) Math.floorMod(total, 12) + 1;
            day = Math.min(day, DateTimeSupport.daysInMonth(year, month));
            if (!DateTimeSupport.isValidJulian(year, month)) {
                throw timestampOutOfRange();
            }
        }
        if (days != 0) {
            int julian = DateTimeSupport.date2j(year, month, day) + days;
            int[] ymd = DateTimeSupport.j2date(julian);
            year = ymd[0];
            month = ymd[1];
            day = ymd[2];
            if (!DateTimeSupport.isValidJulian(year, month)) {
                throw timestampOutOfRange();
            }
        }
        long result = DateTimeSupport.toMicros(year, month, day, f.timeOfDay());
        if (!DateTimeSupport.isValidTimestamp(result)) {
            throw timestampOutOfRange();
        }
        return result;
    }

    /** timestamp_pl_interval (sign -1: timestamp_mi_interval). */
    static long plus(long timestamp, Interval interval, int sign) {
        if (timestamp == Long.MIN_VALUE || timestamp == Long.MAX_VALUE) {
            return timestamp;
        }
        long result = plusMonthsAndDays(timestamp, sign * interval.months(), sign * interval.days());
        try {
            result = Math.addExact(result, sign * interval.micros());
        } catch (ArithmeticException e) {
            throw timestampOutOfRange();
        }
        if (!DateTimeSupport.isValidTimestamp(result)) {
            throw timestampOutOfRange();
        }
        return result;
    }

    /** timestamptz_pl_interval: months and days on the session zone's calendar, then the time. */
    static long plusZoned(long timestamp, Interval interval, int sign, ZoneId zone) {
        if (timestamp == Long.MIN_VALUE || timestamp == Long.MAX_VALUE) {
            return timestamp;
        }
        long result = timestamp;
        if (interval.months() != 0 || interval.days() != 0) {
            long local = timestamp + DateTimeSupport.offsetEast(timestamp, zone) * 1_000_000L;
            result = DateTimeSupport.localToUtc(plusMonthsAndDays(local, sign * interval.months(),
                    sign * interval.days()), zone);
        }
        try {
            result = Math.addExact(result, sign * interval.micros());
        } catch (ArithmeticException e) {
            throw timestampOutOfRange();
        }
        if (!DateTimeSupport.isValidTimestamp(result)) {
            throw timestampOutOfRange();
        }
        return result;
    }

    /** timestamp_trunc on local microseconds. */
    private static long truncate(String field, long local, PgType type) {
        String unit = field.toLowerCase(Locale.ROOT);
        DateTimeSupport.Fields f = DateTimeSupport.fields(local);
        int year = f.year();
        int month = f.month();
        int day = f.day();
        long time = f.timeOfDay();
        switch (unit) {
            case "millennium" -> {
                year = year > 0 ? (year + 999) / 1000 * 1000 - 999 : -((999 - (year - 1)) / 1000) * 1000 + 1;
                month = 1;
                day = 1;
                time = 0;
            }
            case "century" -> {
                year = year > 0 ? (year + 99) / 100 * 100 - 99 : -((99 - (year - 1)) / 100) * 100 + 1;
                month = 1;
                day = 1;
                time = 0;
            }
            case "decade" -> {
                year = year > 0 ? year / 10 * 10 : -((8 - (year - 1)) / 10) * 10;
                month = 1;
                day = 1;
                time = 0;
            }
            case "year" -> {
                month = 1;
                day = 1;
                time = 0;
            }
            case "quarter" -> {
                month = 3 * ((month - 1) / 3) + 1;
                day = 1;
                time = 0;
            }
            case "month" -> {
                day = 1;
                time = 0;
            }
            case "week" -> {
                int julian = DateTimeSupport.date2j(year, month, day);
                int isoDay = Math.floorMod(julian + 1, 7);
                int[] ymd = DateTimeSupport.j2date(julian - (isoDay == 0 ? 6 : isoDay - 1));
                year = ymd[0];
                month = ymd[1];
                day = ymd[2];
                time = 0;
            }
            case "day" -> time = 0;
            case "hour" -> time -= time % 3_600_000_000L;
            case "minute" -> time -= time % 60_000_000L;
            case "second" -> time -= time % 1_000_000L;
            case "milliseconds" -> time -= time % 1_000L;
            case "microseconds" -> { }
            default -> throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "unit \"%s\" not supported for type %s",
                    unit, io.opendsql.sql.types.SqlType.of(type).formatType());
        }
        return DateTimeSupport.toMicros(year, month, day, time);
    }
}
