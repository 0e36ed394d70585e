package io.opendsql.sql.func;

import static io.opendsql.sql.types.PgType.BOOL;
import static io.opendsql.sql.types.PgType.FLOAT8;
import static io.opendsql.sql.types.PgType.INT4;
import static io.opendsql.sql.types.PgType.INTERVAL;
import static io.opendsql.sql.types.PgType.TEXT;
import static io.opendsql.sql.types.PgType.TIME;
import static io.opendsql.sql.types.PgType.TIMESTAMP;
import static io.opendsql.sql.types.PgType.TIMESTAMPTZ;
import static io.opendsql.sql.types.PgType.TIMETZ;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.DateTimeSupport;
import io.opendsql.sql.types.Interval;
import io.opendsql.sql.types.PgTime;
import io.opendsql.sql.types.PgTimestamp;
import io.opendsql.sql.types.PgTimestampTz;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.ValueOrder;
import java.time.ZoneId;
import java.util.List;

/**
 * age, date_bin, make_timestamp / make_timestamptz, to_timestamp(double precision), OVERLAPS and
 * CURRENT_TIMESTAMP(p) / LOCALTIMESTAMP(p), as timestamp.c computes them.
 */
final class TimestampFunctions {
    private static final long DAY = DateTimeSupport.MICROS_PER_DAY;

    private TimestampFunctions() {
    }

    static void register(Registry f) {
        f.add("age", List.of(TIMESTAMP, TIMESTAMP), INTERVAL,
                a -> age(((PgTimestamp) a.get(0)).micros(), ((PgTimestamp) a.get(1)).micros()));
        f.add("age", List.of(TIMESTAMPTZ, TIMESTAMPTZ), INTERVAL, a -> {
            ZoneId zone = a.context().types().timeZone();
            return age(local(((PgTimestampTz) a.get(0)).micros(), zone), local(((PgTimestampTz) a.get(1)).micros(), zone));
        });
        f.add("age", List.of(TIMESTAMP), INTERVAL, a -> age(today(a), ((PgTimestamp) a.get(0)).micros()));
        f.add("age", List.of(TIMESTAMPTZ), INTERVAL, a -> {
            ZoneId zone = a.context().types().timeZone();
            return age(today(a), local(((PgTimestampTz) a.get(0)).micros(), zone));
        });
        f.add("date_bin", List.of(INTERVAL, TIMESTAMP, TIMESTAMP), TIMESTAMP, a -> new PgTimestamp(bin(
                (Interval) a.get(0), ((PgTimestamp) a.get(1)).micros(), ((PgTimestamp) a.get(2)).micros())));
        f.add("date_bin", List.of(INTERVAL, TIMESTAMPTZ, TIMESTAMPTZ), TIMESTAMPTZ, a -> new PgTimestampTz(bin(
                (Interval) a.get(0), ((PgTimestampTz) a.get(1)).micros(), ((PgTimestampTz) a.get(2)).micros())));
        List<PgType> fields = List.of(INT4, INT4, INT4, INT4, INT4, FLOAT8);
        f.add("make_timestamp", fields, TIMESTAMP, a -> new PgTimestamp(makeTimestamp(a)));
        f.add("make_timestamptz", fields, TIMESTAMPTZ, a -> {
            long local = makeTimestamp(a);
            return new PgTimestampTz(checked(DateTimeSupport.localToUtc(local, a.context().types().timeZone())));
        });
        f.add("make_timestamptz", List.of(INT4, INT4, INT4, INT4, INT4, FLOAT8, TEXT), TIMESTAMPTZ, a -> {
            long local = makeTimestamp(a);
            return new PgTimestampTz(checked(local - offsetEast((String) a.get(6), local) * 1_000_000L));
        });
        f.add("to_timestamp", List.of(FLOAT8), TIMESTAMPTZ, a -> new PgTimestampTz(fromEpoch((Double) a.get(0))));
        for (PgType type : List.of(TIMESTAMP, TIMESTAMPTZ, TIME, TIMETZ)) {
            f.add(new FunctionDef("overlaps", List.of(type, type, type, type), BOOL, false,
                    a -> overlaps(type, a.get(0), a.get(1), a.get(2), a.get(3))));
        }
        for (PgType type : List.of(TIMESTAMP, TIMESTAMPTZ, TIME)) {
            f.add(new FunctionDef("overlaps", List.of(type, INTERVAL, type, INTERVAL), BOOL, false,
                    a -> overlaps(type, a.get(0), end(type, a.get(0), a.get(1), a), a.get(2),
                            end(type, a.get(2), a.get(3), a))));
            f.add(new FunctionDef("overlaps", List.of(type, type, type, INTERVAL), BOOL, false,
                    a -> overlaps(type, a.get(0), a.get(1), a.get(2), end(type, a.get(2), a.get(3), a))));
            f.add(new FunctionDef("overlaps", List.of(type, INTERVAL, type, type), BOOL, false,
                    a -> overlaps(type, a.get(0), end(type, a.get(0), a.get(1), a), a.get(2), a.get(3))));
        }
        f.add("current_timestamp", List.of(INT4), TIMESTAMPTZ, a -> new PgTimestampTz(round(
                PgTimestampTz.of(a.context().transactionStart()).micros(), (Integer) a.get(0))));
        f.add("localtimestamp", List.of(INT4), TIMESTAMP, a -> {
            long utc = PgTimestampTz.of(a.context().transactionStart()).micros();
            return new PgTimestamp(round(local(utc, a.context().types().timeZone()), (Integer) a.get(0)));
        });
    }

    private static long checked(long micros) {
        if (!DateTimeSupport.isValidTimestamp(micros)) {
            throw DateTimeFunctions.timestampOutOfRange();
        }
        return micros;
    }

    private static long local(long utc, ZoneId zone) {
        if (utc == Long.MIN_VALUE || utc == Long.MAX_VALUE) {
            return utc;
        }
        return utc + DateTimeSupport.offsetEast(utc, zone) * 1_000_000L;
    }

    /** Midnight of the transaction's date in the session zone, as a local timestamp. */
    private static long today(FunctionDef.Arguments a) {
        long local = local(PgTimestampTz.of(a.context().transactionStart()).micros(), a.context().types().timeZone());
        return Math.floorDiv(local, DAY) * DAY;
    }

    /** AdjustTimestampForTypmod: rounds to {@code precision} fractional digits (half away from zero). */
    static long round(long micros, int precision) {
        if (precision < 0 || precision >= 6) {
            return micros;
        }
        long unit = (long) Math.pow(10, 6 - precision);
        return micros >= 0 ? (micros + unit / 2) / unit * unit : -((-micros + unit / 2) / unit * unit);
    }

    /** timestamp_age: the symbolic difference in years, months, days and time, borrowing like a calendar. */
    static Interval age(long x, long y) {
        // PostgreSQL 15 reads +infinity as its microseconds (a date in 294277); -infinity is out of range
        if (x == Long.MIN_VALUE || y == Long.MIN_VALUE) {
            throw DateTimeFunctions.timestampOutOfRange();
        }
        DateTimeSupport.Fields a = DateTimeSupport.fields(x);
        DateTimeSupport.Fields b = DateTimeSupport.fields(y);
        long fsec = a.micros() - b.micros();
        long sec = a.second() - b.second();
        long min = a.minute() - b.minute();
        long hour = a.hour() - b.hour();
        long day = a.day() - b.day();
        long mon = a.month() - b.month();
        long year = a.year() - b.year();
        boolean flip = x < y;
        if (flip) {
            fsec = -fsec;
            sec = -sec;
            min = -min;
            hour = -hour;
            day = -day;
            mon = -mon;
            year = -year;
        }
        while (fsec < 0) {
            fsec += 1_000_000;
            sec--;
        }
        while (sec < 0) {
            sec += 60;
            min--;
        }
        while (min < 0) {
            min += 60;
            hour--;
        }
        while (hour < 0) {
            hour += 24;
            day--;
        }
        while (day < 0) {
            DateTimeSupport.Fields earlier = flip ? a : b;
            day += DateTimeSupport.daysInMonth(earlier.year(), earlier.month());
            mon--;
        }
        while (mon < 0) {
            mon += 12;
            year--;
        }
        if (flip) {
            fsec = -fsec;
            sec = -sec;
            min = -min;
            hour = -hour;
            day = -day;
            mon = -mon;
            year = -year;
        }
        long months = year * 12 + mon;
        if (months > Integer.MAX_VALUE || months < Integer.MIN_VALUE) {
            throw DateTimeFunctions.outOfRange("interval out of range");
        }
        return new Interval((int) months, (int) day, ((hour * 60 + min) * 60 + sec) * 1_000_000L + fsec);
    }

    /** date_bin: the start of the stride-wide bin, counted from origin, that holds the value. */
    static long bin(Interval stride, long value, long origin) {
        if (value == Long.MIN_VALUE || value == Long.MAX_VALUE) {
            return value;
        }
        if (origin == Long.MIN_VALUE || origin == Long.MAX_VALUE) {
            throw DateTimeFunctions.outOfRange("origin out of range");
        }
        if (stride.months() != 0) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "timestamps cannot be binned into intervals containing months or years");
        }
        long strideMicros;
        try {
            strideMicros = Math.addExact(Math.multiplyExact(stride.days(), DAY), stride.micros());
        } catch (ArithmeticException e) {
            throw DateTimeFunctions.outOfRange("interval out of range");
        }
        if (strideMicros <= 0) {
            throw DateTimeFunctions.outOfRange("stride must be greater than zero");
        }
        long difference;
        try {
            difference = Math.subtractExact(value, origin);
        } catch (ArithmeticException e) {
            throw DateTimeFunctions.outOfRange("interval out of range");
        }
        long delta = difference - difference % strideMicros;
        if (origin > value && strideMicros > 1 && difference % strideMicros != 0) {
            delta -= strideMicros;
        }
        long result = origin + delta;
        return checked(result);
    }

    /** make_timestamp_internal on the first six arguments: local microseconds. */
    private static long makeTimestamp(FunctionDef.Arguments a) {
        int year = (Integer) a.get(0);
        int month = (Integer) a.get(1);
        int day = (Integer) a.get(2);
        int hour = (Integer) a.get(3);
        int minute = (Integer) a.get(4);
        double second = (Double) a.get(5);
        int y = year < 0 ? year + 1 : year;
        if (year == 0 || month < 1 || month > 12 || day < 1 || day > DateTimeSupport.daysInMonth(y, month)) {
            throw DateTimeFunctions.outOfRange(String.format("date field value out of range: %d-%02d-%02d", year,
                    month, day));
        }
        if (!DateTimeSupport.isValidJulian(y, month)) {
            throw DateTimeFunctions.outOfRange(String.format("date out of range: %d-%02d-%02d", year, month, day));
        }
        if (TimeOfDayFunctions.timeOverflows(hour, minute, second)) {
            throw DateTimeFunctions.outOfRange(String.format("time field value out of range: %d:%02d:%s", hour,
                    minute, TimeOfDayFunctions.g02(second)));
        }
        long time = (hour * 60L + minute) * 60_000_000L + (long) Math.rint(second * 1_000_000);
        long result = DateTimeSupport.toMicros(y, month, day, time);
        if (!DateTimeSupport.isValidTimestamp(result)) {
            throw DateTimeFunctions.outOfRange(String.format("timestamp out of range: %d-%02d-%02d %d:%02d:%s", year,
                    month, day, hour, minute, TimeOfDayFunctions.g02(second)));
        }
        return result;
    }

    /** parse_sane_timezone: a numeric offset (+hh[:mm[:ss]], east positive), an abbreviation or a zone name. */
    private static int offsetEast(String zone, long local) {
        if (!zone.isEmpty() && Character.isDigit(zone.charAt(0))) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "invalid input syntax for type %s: \"%s\"",
                    "numeric time zone", zone).hint("Numeric time zones must have \"-\" or \"+\" as first character.");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([+-])(\\d{1,2})(?::?(\\d{2}))?(?::?(\\d{2}))?")
                .matcher(zone);
        if (m.matches()) {
            int seconds = Integer.parseInt(m.group(2)) * 3600 + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)) * 60)
                    + (m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
            return m.group(1).equals("-") ? -seconds : seconds;
        }
        ZoneId id = DateTimeSupport.zone(zone);
        return (int) ((local - DateTimeSupport.localToUtc(local, id)) / 1_000_000L);
    }

    /** to_timestamp(double precision): Unix epoch seconds, ±Infinity as the infinite timestamps. */
    static long fromEpoch(double seconds) {
        if (Double.isNaN(seconds)) {
            throw DateTimeFunctions.outOfRange("timestamp cannot be NaN");
        }
        if (Double.isInfinite(seconds)) {
            return seconds < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        // DATETIME_MIN_JULIAN (4714-11-24 BC) to TIMESTAMP_END_JULIAN (294277-01-01), as Unix days
        double min = 86400.0 * (0 - 2440588);
        double max = 86400.0 * (109203528 - 2440588);
        if (seconds < min || seconds >= max) {
            throw DateTimeFunctions.outOfRange("timestamp out of range: \"" + TimeOfDayFunctions.g(seconds) + "\"");
        }
        double micros = Math.rint((seconds - DateTimeSupport.EPOCH_SECOND_2000) * 1_000_000);
        long result = (long) micros;
        if (!DateTimeSupport.isValidTimestamp(result)) {
            throw DateTimeFunctions.outOfRange("timestamp out of range: \"" + TimeOfDayFunctions.g(seconds) + "\"");
        }
        return result;
    }

    /** An interval end point: start + length, or null when either is null. */
    private static Object end(PgType type, Object start, Object length, FunctionDef.Arguments a) {
        if (start == null || length == null) {
            return null;
        }
        Interval interval = (Interval) length;
        return switch (type) {
            case TIMESTAMP -> new PgTimestamp(DateTimeFunctions.plus(((PgTimestamp) start).micros(), interval, 1));
            case TIMESTAMPTZ -> new PgTimestampTz(DateTimeFunctions.plusZoned(((PgTimestampTz) start).micros(),
                    interval, 1, a.context().types().timeZone()));
            default -> {
                long time = (((PgTime) start).micros() + interval.micros()) % DAY;
                yield new PgTime(time < 0 ? time + DAY : time);
            }
        };
    }

    /** overlaps_timestamp and its siblings, with SQL's NULL rules. */
    static Boolean overlaps(PgType type, Object ts1, Object te1, Object ts2, Object te2) {
        if (ts1 == null) {
            if (te1 == null) {
                return null;
            }
            ts1 = te1;
            te1 = null;
        } else if (te1 != null && ValueOrder.compare(type, ts1, te1) > 0) {
            Object swap = ts1;
            ts1 = te1;
            te1 = swap;
        }
        if (ts2 == null) {
            if (te2 == null) {
                return null;
            }
            ts2 = te2;
            te2 = null;
        } else if (te2 != null && ValueOrder.compare(type, ts2, te2) > 0) {
            Object swap = ts2;
            ts2 = te2;
            te2 = swap;
        }
        int order = ValueOrder.compare(type, ts1, ts2);
        if (order > 0) {
            if (te2 == null) {
                return null;
            }
            if (ValueOrder.compare(type, ts1, te2) < 0) {
                return true;
            }
            return te1 == null ? null : false;
        }
        if (order < 0) {
            if (te1 == null) {
                return null;
            }
            if (ValueOrder.compare(type, ts2, te1) < 0) {
                return true;
            }
            return te2 == null ? null : false;
        }
        return te1 == null || te2 == null ? null : true;
    }
}
