package io.opendsql.sql.func;

import static io.opendsql.sql.types.PgType.DATE;
import static io.opendsql.sql.types.PgType.FLOAT8;
import static io.opendsql.sql.types.PgType.INT4;
import static io.opendsql.sql.types.PgType.INTERVAL;
import static io.opendsql.sql.types.PgType.NUMERIC;
import static io.opendsql.sql.types.PgType.TEXT;
import static io.opendsql.sql.types.PgType.TIMESTAMP;
import static io.opendsql.sql.types.PgType.TIMESTAMPTZ;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Interval;
import io.opendsql.sql.types.Numeric;
import io.opendsql.sql.types.PgDate;
import io.opendsql.sql.types.PgTimestamp;
import io.opendsql.sql.types.PgTimestampTz;
import io.opendsql.sql.types.PgType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;

/** Date arithmetic, timestamp ± interval, EXTRACT/date_part, date_trunc and make_date for finite values. */
final class DateTimeFunctions {
    private DateTimeFunctions() {
    }

    static void register(Registry ops, Registry f) {
        ops.add("+", List.of(DATE, INT4), DATE, a -> plusDays((PgDate) a.get(0), (Integer) a.get(1)));
        ops.add("+", List.of(INT4, DATE), DATE, a -> plusDays((PgDate) a.get(1), (Integer) a.get(0)));
        ops.add("-", List.of(DATE, INT4), DATE, a -> plusDays((PgDate) a.get(0), -(long) (Integer) a.get(1)));
        ops.add("-", List.of(DATE, DATE), INT4, a -> {
            PgDate x = finite((PgDate) a.get(0));
            PgDate y = finite((PgDate) a.get(1));
            return x.days() - y.days();
        });
        ops.add("+", List.of(DATE, INTERVAL), TIMESTAMP, a -> plus(local((PgDate) a.get(0)), (Interval) a.get(1), 1));
        ops.add("-", List.of(DATE, INTERVAL), TIMESTAMP, a -> plus(local((PgDate) a.get(0)), (Interval) a.get(1), -1));
        ops.add("+", List.of(TIMESTAMP, INTERVAL), TIMESTAMP,
                a -> plus(local((PgTimestamp) a.get(0)), (Interval) a.get(1), 1));
        ops.add("-", List.of(TIMESTAMP, INTERVAL), TIMESTAMP,
                a -> plus(local((PgTimestamp) a.get(0)), (Interval) a.get(1), -1));
        ops.add("+", List.of(TIMESTAMPTZ, INTERVAL), TIMESTAMPTZ, a -> plusZoned(a, 1));
        ops.add("-", List.of(TIMESTAMPTZ, INTERVAL), TIMESTAMPTZ, a -> plusZoned(a, -1));
        ops.add("-", List.of(TIMESTAMP, TIMESTAMP), INTERVAL,
                a -> justifyHours(finite((PgTimestamp) a.get(0)).micros() - finite((PgTimestamp) a.get(1)).micros()));
        ops.add("-", List.of(TIMESTAMPTZ, TIMESTAMPTZ), INTERVAL, a -> justifyHours(
                finite((PgTimestampTz) a.get(0)).micros() - finite((PgTimestampTz) a.get(1)).micros()));
        ops.add("+", List.of(INTERVAL, INTERVAL), INTERVAL, a -> combine((Interval) a.get(0), (Interval) a.get(1), 1));
        ops.add("-", List.of(INTERVAL, INTERVAL), INTERVAL, a -> combine((Interval) a.get(0), (Interval) a.get(1), -1));
        ops.add("-", List.of(INTERVAL), INTERVAL, a -> combine(Interval.ZERO, (Interval) a.get(0), -1));
        ops.add("+", List.of(INTERVAL), INTERVAL, a -> a.get(0));
        for (PgType type : List.of(DATE, TIMESTAMP, TIMESTAMPTZ)) {
            f.add("extract", List.of(TEXT, type), NUMERIC, a -> extract((String) a.get(0), type, a.get(1), a));
            f.add("date_part", List.of(TEXT, type), FLOAT8,
                    a -> ((Numeric) extract((String) a.get(0), type, a.get(1), a)).decimal().doubleValue());
        }
        f.add("date_trunc", List.of(TEXT, TIMESTAMP), TIMESTAMP,
                a -> PgTimestamp.of(truncate((String) a.get(0), local((PgTimestamp) a.get(1)))));
        f.add("date_trunc", List.of(TEXT, TIMESTAMPTZ), TIMESTAMPTZ, a -> {
            ZoneId zone = a.context().types().timeZone();
            PgTimestampTz value = finite((PgTimestampTz) a.get(1));
            LocalDateTime truncated = truncate((String) a.get(0), value.toInstant().atZone(zone).toLocalDateTime());
            return PgTimestampTz.of(truncated.atZone(zone).toInstant());
        });
        f.add("make_date", List.of(INT4, INT4, INT4), DATE, a -> {
            int year = (Integer) a.get(0);
            try {
                return PgDate.of(LocalDate.of(year < 0 ? year + 1 : year, (Integer) a.get(1), (Integer) a.get(2)));
            } catch (DateTimeException e) {
                throw DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, "date field value out of range: %d-%02d-%02d",
                        year, (Integer) a.get(1), (Integer) a.get(2));
            }
        });
    }

    /** timestamp_mi: the difference as days and time, with whole days moved out of the time part. */
    private static Interval justifyHours(long micros) {
        long days = micros / Interval.MICROS_PER_DAY;
        long time = micros % Interval.MICROS_PER_DAY;
        return new Interval(0, Math.toIntExact(days), time);
    }

    private static Interval combine(Interval x, Interval y, int sign) {
        try {
            return new Interval(Math.addExact(x.months(), Math.multiplyExact(sign, y.months())),
                    Math.addExact(x.days(), Math.multiplyExact(sign, y.days())),
                    Math.addExact(x.micros(), Math.multiplyExact((long) sign, y.micros())));
        } catch (ArithmeticException e) {
            throw DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
        }
    }

    private static <T> T finite(T value) {
        boolean finite = switch (value) {
            case PgDate d -> d.isFinite();
            case PgTimestamp t -> t.isFinite();
            case PgTimestampTz t -> t.isFinite();
            default -> true;
        };
        if (!finite) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "OpenDSQL cannot compute this with infinite dates yet");
        }
        return value;
    }

    private static PgDate plusDays(PgDate date, long days) {
        finite(date);
        return PgDate.of(date.toLocalDate().plusDays(days));
    }

    private static LocalDateTime local(PgDate date) {
        return finite(date).toLocalDate().atStartOfDay();
    }

    private static LocalDateTime local(PgTimestamp timestamp) {
        return finite(timestamp).toLocalDateTime();
    }

    private static PgTimestamp plus(LocalDateTime value, Interval interval, int sign) {
        return PgTimestamp.of(value.plusMonths((long) sign * interval.months()).plusDays((long) sign * interval.days())
                .plus(sign * interval.micros(), ChronoUnit.MICROS));
    }

    private static PgTimestampTz plusZoned(FunctionDef.Arguments a, int sign) {
        ZoneId zone = a.context().types().timeZone();
        Interval interval = (Interval) a.get(1);
        LocalDateTime local = finite((PgTimestampTz) a.get(0)).toInstant().atZone(zone).toLocalDateTime()
                .plusMonths((long) sign * interval.months()).plusDays((long) sign * interval.days());
        return PgTimestampTz.of(local.atZone(zone).toInstant().plus(sign * interval.micros(), ChronoUnit.MICROS));
    }

    private static LocalDateTime truncate(String field, LocalDateTime value) {
        return switch (field.toLowerCase(Locale.ROOT)) {
            case "microseconds" -> value;
            case "milliseconds" -> value.truncatedTo(ChronoUnit.MILLIS);
            case "second" -> value.truncatedTo(ChronoUnit.SECONDS);
            case "minute" -> value.truncatedTo(ChronoUnit.MINUTES);
            case "hour" -> value.truncatedTo(ChronoUnit.HOURS);
            case "day" -> value.truncatedTo(ChronoUnit.DAYS);
            case "week" -> value.toLocalDate().minusDays(value.getDayOfWeek().getValue() - 1).atStartOfDay();
            case "month" -> value.toLocalDate().withDayOfMonth(1).atStartOfDay();
            case "quarter" -> LocalDate.of(value.getYear(), (value.getMonthValue() - 1) / 3 * 3 + 1, 1).atStartOfDay();
            case "year" -> LocalDate.of(value.getYear(), 1, 1).atStartOfDay();
            case "decade" -> LocalDate.of(Math.floorDiv(value.getYear(), 10) * 10, 1, 1).atStartOfDay();
            default -> throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "unit \"%s\" not supported for type %s",
                    field.toLowerCase(Locale.ROOT), "timestamp without time zone");
        };
    }

    /** EXTRACT as PostgreSQL 14+ computes it: numeric, with scale 6 for seconds and epoch of timestamps. */
    private static Object extract(String field, PgType type, Object value, FunctionDef.Arguments a) {
        String unit = field.toLowerCase(Locale.ROOT);
        LocalDateTime local;
        long epochMicros;
        switch (value) {
            case PgDate d -> {
                local = local(d);
                epochMicros = local.toEpochSecond(java.time.ZoneOffset.UTC) * 1_000_000L;
            }
            case PgTimestamp t -> {
                local = local(t);
                epochMicros = Math.addExact(finite(t).micros(), 946_684_800_000_000L);
            }
            case PgTimestampTz t -> {
                local = finite(t).toInstant().atZone(a.context().types().timeZone()).toLocalDateTime();
                epochMicros = Math.addExact(t.micros(), 946_684_800_000_000L);
            }
            default -> throw new IllegalStateException("extract from " + type);
        }
        boolean date = type == DATE;
        long secondMicros = local.getSecond() * 1_000_000L + local.getNano() / 1000;
        BigDecimal result = switch (unit) {
            case "year", "years" -> BigDecimal.valueOf(local.getYear() > 0 ? local.getYear() : local.getYear() - 1);
            case "month", "months", "mon" -> BigDecimal.valueOf(local.getMonthValue());
            case "day", "days" -> BigDecimal.valueOf(local.getDayOfMonth());
            case "dow" -> BigDecimal.valueOf(local.getDayOfWeek().getValue() % 7);
            case "isodow" -> BigDecimal.valueOf(local.getDayOfWeek().getValue());
            case "doy" -> BigDecimal.valueOf(local.getDayOfYear());
            case "week" -> BigDecimal.valueOf(local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "isoyear" -> BigDecimal.valueOf(local.get(IsoFields.WEEK_BASED_YEAR));
            case "quarter" -> BigDecimal.valueOf((local.getMonthValue() - 1) / 3 + 1);
            case "decade" -> BigDecimal.valueOf(Math.floorDiv(local.getYear(), 10));
            case "century" -> BigDecimal.valueOf(local.getYear() > 0 ? (local.getYear() + 99) / 100
                    : -((99 - (local.getYear() - 1)) / 100));
            case "millennium" -> BigDecimal.valueOf(local.getYear() > 0 ? (local.getYear() + 999) / 1000
                    : -((999 - (local.getYear() - 1)) / 1000));
            case "epoch" -> date ? BigDecimal.valueOf(epochMicros / 1_000_000L)
                    : BigDecimal.valueOf(epochMicros, 6);
            case "hour", "hours" -> date ? null : BigDecimal.valueOf(local.getHour());
            case "minute", "minutes" -> date ? null : BigDecimal.valueOf(local.getMinute());
            case "second", "seconds" -> date ? null : BigDecimal.valueOf(secondMicros, 6);
            case "millisecond", "milliseconds" -> date ? null : BigDecimal.valueOf(secondMicros, 3);
            case "microsecond", "microseconds" -> date ? null : BigDecimal.valueOf(secondMicros);
            default -> throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "unit \"%s\" not recognized for type %s",
                    unit, io.opendsql.sql.types.SqlType.of(type).formatType());
        };
        if (result == null) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "unit \"%s\" not supported for type date", unit);
        }
        return Numeric.of(result);
    }
}
