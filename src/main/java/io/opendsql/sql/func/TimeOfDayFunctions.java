package io.opendsql.sql.func;

import static io.opendsql.sql.types.PgType.DATE;
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
import io.opendsql.sql.types.PgDate;
import io.opendsql.sql.types.PgTime;
import io.opendsql.sql.types.PgTimeTz;
import io.opendsql.sql.types.PgTimestamp;
import io.opendsql.sql.types.PgTimestampTz;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * time and timetz arithmetic (the time part of an interval wraps around midnight), date + time,
 * make_time, AT TIME ZONE (the {@code timezone} functions) and CURRENT_TIME / LOCALTIME.
 */
final class TimeOfDayFunctions {
    private static final long DAY = DateTimeSupport.MICROS_PER_DAY;

    private TimeOfDayFunctions() {
    }

    static void register(Registry ops, Registry f) {
        ops.add("+", List.of(TIME, INTERVAL), TIME, a -> new PgTime(wrap(((PgTime) a.get(0)).micros(),
                ((Interval) a.get(1)).micros())));
        ops.add("+", List.of(INTERVAL, TIME), TIME, a -> new PgTime(wrap(((PgTime) a.get(1)).micros(),
                ((Interval) a.get(0)).micros())));
        ops.add("-", List.of(TIME, INTERVAL), TIME, a -> new PgTime(wrap(((PgTime) a.get(0)).micros(),
                -((Interval) a.get(1)).micros())));
        ops.add("-", List.of(TIME, TIME), INTERVAL,
                a -> new Interval(0, 0, ((PgTime) a.get(0)).micros() - ((PgTime) a.get(1)).micros()));
        ops.add("+", List.of(TIMETZ, INTERVAL), TIMETZ, a -> shift((PgTimeTz) a.get(0), ((Interval) a.get(1)).micros()));
        ops.add("+", List.of(INTERVAL, TIMETZ), TIMETZ, a -> shift((PgTimeTz) a.get(1), ((Interval) a.get(0)).micros()));
        ops.add("-", List.of(TIMETZ, INTERVAL), TIMETZ, a -> shift((PgTimeTz) a.get(0), -((Interval) a.get(1)).micros()));
        ops.add("+", List.of(DATE, TIME), TIMESTAMP, a -> dateTime((PgDate) a.get(0), (PgTime) a.get(1)));
        ops.add("+", List.of(TIME, DATE), TIMESTAMP, a -> dateTime((PgDate) a.get(1), (PgTime) a.get(0)));
        ops.add("+", List.of(DATE, TIMETZ), TIMESTAMPTZ, a -> dateTimeTz((PgDate) a.get(0), (PgTimeTz) a.get(1)));
        ops.add("+", List.of(TIMETZ, DATE), TIMESTAMPTZ, a -> dateTimeTz((PgDate) a.get(1), (PgTimeTz) a.get(0)));
        f.add("make_time", List.of(INT4, INT4, FLOAT8), TIME, a -> new PgTime(makeTime((Integer) a.get(0),
                (Integer) a.get(1), (Double) a.get(2), null)));
        f.add("timezone", List.of(TEXT, TIMESTAMP), TIMESTAMPTZ, a -> {
            PgTimestamp value = (PgTimestamp) a.get(1);
            ZoneId zone = DateTimeSupport.zone((String) a.get(0));
            return value.isFinite() ? new PgTimestampTz(checked(DateTimeSupport.localToUtc(value.micros(), zone)))
                    : new PgTimestampTz(value.micros());
        });
        f.add("timezone", List.of(TEXT, TIMESTAMPTZ), TIMESTAMP, a -> {
            PgTimestampTz value = (PgTimestampTz) a.get(1);
            ZoneId zone = DateTimeSupport.zone((String) a.get(0));
            return value.isFinite() ? new PgTimestamp(checked(value.micros()
                    + DateTimeSupport.offsetEast(value.micros(), zone) * 1_000_000L)) : new PgTimestamp(value.micros());
        });
        f.add("timezone", List.of(TEXT, TIMETZ), TIMETZ, a -> {
            ZoneId zone = DateTimeSupport.zone((String) a.get(0));
            int offset = zone.getRules().getOffset(Instant.now()).getTotalSeconds();
            return atOffset((PgTimeTz) a.get(1), offset);
        });
        f.add("timezone", List.of(INTERVAL, TIMESTAMP), TIMESTAMPTZ, a -> {
            PgTimestamp value = (PgTimestamp) a.get(1);
            int offset = intervalOffset((Interval) a.get(0));
            return value.isFinite() ? new PgTimestampTz(checked(value.micros() - offset * 1_000_000L))
                    : new PgTimestampTz(value.micros());
        });
        f.add("timezone", List.of(INTERVAL, TIMESTAMPTZ), TIMESTAMP, a -> {
            PgTimestampTz value = (PgTimestampTz) a.get(1);
            int offset = intervalOffset((Interval) a.get(0));
            return value.isFinite() ? new PgTimestamp(checked(value.micros() + offset * 1_000_000L))
                    : new PgTimestamp(value.micros());
        });
        f.add("timezone", List.of(INTERVAL, TIMETZ), TIMETZ,
                a -> atOffset((PgTimeTz) a.get(1), intervalOffset((Interval) a.get(0))));
        f.add("current_time", List.of(), TIMETZ, a -> currentTime(a, -1));
        f.add("current_time", List.of(INT4), TIMETZ, a -> currentTime(a, (Integer) a.get(0)));
        f.add("localtime", List.of(), TIME, a -> new PgTime(currentTime(a, -1).micros()));
        f.add("localtime", List.of(INT4), TIME, a -> new PgTime(currentTime(a, (Integer) a.get(0)).micros()));
    }

    private static long checked(long micros) {
        if (!DateTimeSupport.isValidTimestamp(micros)) {
            throw DateTimeFunctions.timestampOutOfRange();
        }
        return micros;
    }

    /** An interval used as a zone: hours, minutes and seconds east of UTC. */
    private static int intervalOffset(Interval zone) {
        if (zone.months() != 0 || zone.days() != 0) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                    "interval time zone \"%s\" must not include months or days",
                    io.opendsql.sql.types.TypeIo.format(INTERVAL, zone, io.opendsql.sql.types.TypeContext.DEFAULT));
        }
        return (int) (zone.micros() / 1_000_000L);
    }

    /** timetz_zone: the same instant of the day at another offset. */
    private static PgTimeTz atOffset(PgTimeTz value, int offsetEast) {
        long micros = value.micros() + (offsetEast - value.offsetSeconds()) * 1_000_000L;
        return new PgTimeTz(Math.floorMod(micros, DAY), offsetEast);
    }

    /** time_pl_interval: the time of day after adding, modulo a day. */
    private static long wrap(long time, long add) {
        long result = (time + add) % DAY;
        return result < 0 ? result + DAY : result;
    }

    private static PgTimeTz shift(PgTimeTz value, long add) {
        return new PgTimeTz(wrap(value.micros(), add), value.offsetSeconds());
    }

    private static PgTimestamp dateTime(PgDate date, PgTime time) {
        long start = DateTimeFunctions.dateMicros(date);
        if (start == Long.MIN_VALUE || start == Long.MAX_VALUE) {
            return new PgTimestamp(start);
        }
        return new PgTimestamp(checked(start + time.micros()));
    }

    private static PgTimestampTz dateTimeTz(PgDate date, PgTimeTz time) {
        long start = DateTimeFunctions.dateMicros(date);
        if (start == Long.MIN_VALUE || start == Long.MAX_VALUE) {
            return new PgTimestampTz(start);
        }
        return new PgTimestampTz(checked(start + time.micros() - time.offsetSeconds() * 1_000_000L));
    }

    /** C's %g, as PostgreSQL prints seconds in its make_time and make_timestamp errors. */
    static String g(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e6) {
            return Long.toString((long) value);
        }
        java.math.BigDecimal rounded = new java.math.BigDecimal(value).round(new java.math.MathContext(6));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 6) {
            String mantissa = rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
            return mantissa + (exponent < 0 ? "e-" : "e+") + String.format("%02d", Math.abs(exponent));
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** make_time's checks; {@code date} prefixes the error text for make_timestamp. */
    static long makeTime(int hour, int minute, double second, String date) {
        if (timeOverflows(hour, minute, second)) {
            throw DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, "time field value out of range: %d:%02d:%s",
                    hour, minute, g02(second));
        }
        return (hour * 60L + minute) * 60_000_000L + (long) Math.rint(second * 1_000_000);
    }

    /** %02g. */
    static String g02(double value) {
        String text = g(value);
        return text.length() < 2 ? "0" + text : text;
    }

    /** float_time_overflows. */
    static boolean timeOverflows(int hour, int minute, double second) {
        if (hour < 0 || hour > 24 || minute < 0 || minute >= 60 || Double.isNaN(second)) {
            return true;
        }
        double micros = Math.rint(second * 1_000_000);
        if (micros < 0 || micros > 60_000_000) {
            return true;
        }
        return (hour * 60L + minute) * 60_000_000L + (long) micros > DAY;
    }

    /** CURRENT_TIME[(p)]: the transaction's start in the session zone, rounded to p digits. */
    private static PgTimeTz currentTime(FunctionDef.Arguments a, int precision) {
        ZoneId zone = a.context().types().timeZone();
        PgTimestampTz now = PgTimestampTz.of(a.context().transactionStart());
        int offset = DateTimeSupport.offsetEast(now.micros(), zone);
        long local = now.micros() + offset * 1_000_000L;
        long time = Math.floorMod(local, DAY);
        if (precision >= 0 && precision < 6) {
            long unit = (long) Math.pow(10, 6 - precision);
            time = (time + unit / 2) / unit * unit;
        }
        return new PgTimeTz(time, offset);
    }
}
