package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.DateTimeSupport;
import io.opendsql.sql.types.Interval;
import io.opendsql.sql.types.Numeric;
import io.opendsql.sql.types.PgDate;
import io.opendsql.sql.types.PgTime;
import io.opendsql.sql.types.PgTimeTz;
import io.opendsql.sql.types.PgTimestamp;
import io.opendsql.sql.types.PgTimestampTz;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * EXTRACT and date_part for every date/time type, as PostgreSQL 14+ computes them (numeric results,
 * scale 6 for seconds and epochs): field names and their aliases as PostgreSQL's unit table reads
 * them, infinite dates and timestamps giving ±Infinity for the monotonic fields and NULL for the others.
 */
final class DateParts {
    enum Unit { MICROSECOND, MILLISECOND, SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR, DECADE, CENTURY,
        MILLENNIUM, DOW, ISODOW, DOY, ISOYEAR, EPOCH, JULIAN, TIMEZONE, TIMEZONE_HOUR, TIMEZONE_MINUTE }

    private static final Map<String, Unit> UNITS = new HashMap<>();

    static {
        alias(Unit.MICROSECOND, "microsecond", "microseconds", "usec", "usecs", "useconds", "us");
        alias(Unit.MILLISECOND, "millisecond", "milliseconds", "msec", "msecs", "mseconds", "ms");
        alias(Unit.SECOND, "second", "seconds", "sec", "secs", "s");
        alias(Unit.MINUTE, "minute", "minutes", "min", "mins", "m");
        alias(Unit.HOUR, "hour", "hours", "hr", "hrs", "h");
        alias(Unit.DAY, "day", "days", "d");
        alias(Unit.WEEK, "week", "weeks", "w");
        alias(Unit.MONTH, "month", "months", "mon", "mons");
        alias(Unit.QUARTER, "quarter", "qtr");
        alias(Unit.YEAR, "year", "years", "yr", "yrs", "y");
        alias(Unit.DECADE, "decade", "decades", "dec", "decs");
        alias(Unit.CENTURY, "century", "centuries", "cent", "c");
        alias(Unit.MILLENNIUM, "millennium", "millennia", "mil", "mils");
        alias(Unit.DOW, "dow");
        alias(Unit.ISODOW, "isodow");
        alias(Unit.DOY, "doy");
        alias(Unit.ISOYEAR, "isoyear");
        alias(Unit.EPOCH, "epoch");
        alias(Unit.JULIAN, "julian", "j");
        alias(Unit.TIMEZONE, "timezone");
        alias(Unit.TIMEZONE_HOUR, "timezone_h", "timezone_hour");
        alias(Unit.TIMEZONE_MINUTE, "timezone_m", "timezone_minute");
    }

    private static void alias(Unit unit, String... names) {
        for (String name : names) {
            UNITS.put(name, unit);
        }
    }

    private DateParts() {
    }

    private static DsqlException notSupported(String unit, PgType type) {
        return DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "unit \"%s\" not supported for type %s", unit,
                SqlType.of(type).formatType());
    }

    private static Unit unit(String field, PgType type) {
        String lower = field.toLowerCase(Locale.ROOT);
        Unit unit = UNITS.get(lower);
        if (unit == null) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "unit \"%s\" not recognized for type %s", lower,
                    SqlType.of(type).formatType());
        }
        return unit;
    }

    /** EXTRACT(field FROM value): a numeric, or null for a non-monotonic field of an infinite value. */
    static Numeric extract(String field, PgType type, Object value, FunctionDef.Arguments a) {
        String lower = field.toLowerCase(Locale.ROOT);
        Unit unit = unit(field, type);
        return switch (value) {
            case PgDate d -> date(lower, unit, d);
            case PgTimestamp t -> timestamp(lower, unit, t.micros(), null, PgType.TIMESTAMP);
            case PgTimestampTz t -> {
                if (!t.isFinite()) {
                    yield timestamp(lower, unit, t.micros(), 0, PgType.TIMESTAMPTZ);
                }
                int offset = DateTimeSupport.offsetEast(t.micros(), a.context().types().timeZone());
                yield timestamp(lower, unit, t.micros() + offset * 1_000_000L, offset, PgType.TIMESTAMPTZ);
            }
            case PgTime t -> time(lower, unit, t.micros(), null, PgType.TIME);
            case PgTimeTz t -> time(lower, unit, t.micros(), t.offsetSeconds(), PgType.TIMETZ);
            case Interval i -> interval(lower, unit, i);
            default -> throw new IllegalStateException("extract from " + type);
        };
    }

    /** date_part: the same as a float8. */
    static Double datePart(String field, PgType type, Object value, FunctionDef.Arguments a) {
        Unit unit = UNITS.get(field.toLowerCase(Locale.ROOT));
        if (unit == Unit.EPOCH && value instanceof Interval i) {
            // interval_part_common's float8 arithmetic, rounding included
            return i.micros() / 1000000.0 + (365.25 * 86400) * (i.months() / 12) + (30.0 * 86400) * (i.months() % 12)
                    + 86400.0 * i.days();
        }
        Numeric result = extract(field, type, value, a);
        if (result == null) {
            return null;
        }
        return switch (result.kind()) {
            case POSITIVE_INFINITY -> Double.POSITIVE_INFINITY;
            case NEGATIVE_INFINITY -> Double.NEGATIVE_INFINITY;
            case NAN -> Double.NaN;
            case FINITE -> result.decimal().doubleValue();
        };
    }

    private static Numeric infinite(String lower, Unit unit, boolean negative, PgType type) {
        return switch (unit) {
            case YEAR, DECADE, CENTURY, MILLENNIUM, JULIAN, ISOYEAR, EPOCH -> negative ? Numeric.NEGATIVE_INFINITY
                    : Numeric.POSITIVE_INFINITY;
            default -> null;
        };
    }

    private static Numeric date(String lower, Unit unit, PgDate date) {
        switch (unit) {
            case MICROSECOND, MILLISECOND, SECOND, MINUTE, HOUR, TIMEZONE, TIMEZONE_HOUR, TIMEZONE_MINUTE ->
                    throw notSupported(lower, PgType.DATE);
            default -> { }
        }
        if (!date.isFinite()) {
            return infinite(lower, unit, date.days() == Integer.MIN_VALUE, PgType.DATE);
        }
        if (unit == Unit.EPOCH) {
            return Numeric.of((date.days() * 86_400L) + DateTimeSupport.EPOCH_SECOND_2000);
        }
        if (unit == Unit.JULIAN) {
            return Numeric.of(date.days() + (long) DateTimeSupport.POSTGRES_EPOCH_JDATE);
        }
        return calendar(lower, unit, DateTimeSupport.fields(date.days() * DateTimeSupport.MICROS_PER_DAY),
                PgType.DATE);
    }

    private static Numeric timestamp(String lower, Unit unit, long local, Integer offset, PgType type) {
        if (local == Long.MIN_VALUE || local == Long.MAX_VALUE) {
            return infinite(lower, unit, local == Long.MIN_VALUE, type);
        }
        DateTimeSupport.Fields f = DateTimeSupport.fields(local);
        long secondMicros = f.second() * 1_000_000L + f.micros();
        return switch (unit) {
            case MICROSECOND -> Numeric.of(secondMicros);
            case MILLISECOND -> Numeric.of(BigDecimal.valueOf(secondMicros, 3));
            case SECOND -> Numeric.of(BigDecimal.valueOf(secondMicros, 6));
            case MINUTE -> Numeric.of(f.minute());
            case HOUR -> Numeric.of(f.hour());
            case EPOCH -> Numeric.of(BigDecimal.valueOf(local - (offset == null ? 0 : offset * 1_000_000L), 6)
                    .add(BigDecimal.valueOf(DateTimeSupport.EPOCH_SECOND_2000)));
            case JULIAN -> Arithmetic.Numerics.add(
                    Numeric.of(DateTimeSupport.date2j(f.year(), f.month(), f.day())),
                    Arithmetic.Numerics.divide(Numeric.of(f.timeOfDay()), Numeric.of(DateTimeSupport.MICROS_PER_DAY)));
            case TIMEZONE, TIMEZONE_HOUR, TIMEZONE_MINUTE -> {
                if (offset == null) {
                    throw notSupported(lower, type);
                }
                yield Numeric.of(unit == Unit.TIMEZONE ? offset : unit == Unit.TIMEZONE_HOUR ? offset / 3600
                        : offset / 60 % 60);
            }
            default -> calendar(lower, unit, f, type);
        };
    }

    private static Numeric calendar(String lower, Unit unit, DateTimeSupport.Fields f, PgType type) {
        int year = f.year();
        long value = switch (unit) {
            case DAY -> f.day();
            case MONTH -> f.month();
            case QUARTER -> (f.month() - 1) / 3 + 1;
            case YEAR -> year > 0 ? year : year - 1;
            case DECADE -> year >= 0 ? year / 10 : -((8 - (year - 1)) / 10);
            case CENTURY -> year > 0 ? (year + 99) / 100 : -((99 - (year - 1)) / 100);
            case MILLENNIUM -> year > 0 ? (year + 999) / 1000 : -((999 - (year - 1)) / 1000);
            case DOW -> Math.floorMod(DateTimeSupport.date2j(year, f.month(), f.day()) + 1, 7);
            case ISODOW -> {
                int dow = Math.floorMod(DateTimeSupport.date2j(year, f.month(), f.day()) + 1, 7);
                yield dow == 0 ? 7 : dow;
            }
            case DOY -> DateTimeSupport.date2j(year, f.month(), f.day()) - DateTimeSupport.date2j(year, 1, 1) + 1;
            case WEEK -> LocalDate.of(year, f.month(), f.day()).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case ISOYEAR -> {
                int iso = LocalDate.of(year, f.month(), f.day()).get(IsoFields.WEEK_BASED_YEAR);
                yield iso <= 0 ? iso - 1 : iso;
            }
            default -> throw notSupported(lower, type);
        };
        return Numeric.of(value);
    }

    private static Numeric time(String lower, Unit unit, long micros, Integer offset, PgType type) {
        long secondMicros = micros % 60_000_000L;
        return switch (unit) {
            case MICROSECOND -> Numeric.of(secondMicros);
            case MILLISECOND -> Numeric.of(BigDecimal.valueOf(secondMicros, 3));
            case SECOND -> Numeric.of(BigDecimal.valueOf(secondMicros, 6));
            case MINUTE -> Numeric.of(micros / 60_000_000L % 60);
            case HOUR -> Numeric.of(micros / 3_600_000_000L);
            case EPOCH -> Numeric.of(BigDecimal.valueOf(micros - (offset == null ? 0 : offset * 1_000_000L), 6));
            case TIMEZONE, TIMEZONE_HOUR, TIMEZONE_MINUTE -> {
                if (offset == null) {
                    throw notSupported(lower, type);
                }
                yield Numeric.of(unit == Unit.TIMEZONE ? offset : unit == Unit.TIMEZONE_HOUR ? offset / 3600
                        : offset / 60 % 60);
            }
            default -> throw notSupported(lower, type);
        };
    }

    private static Numeric interval(String lower, Unit unit, Interval interval) {
        long time = interval.micros();
        long hour = time / 3_600_000_000L;
        time -= hour * 3_600_000_000L;
        long minute = time / 60_000_000L;
        long secondMicros = time - minute * 60_000_000L;
        int years = interval.months() / 12;
        int months = interval.months() % 12;
        return switch (unit) {
            case MICROSECOND -> Numeric.of(secondMicros);
            case MILLISECOND -> Numeric.of(BigDecimal.valueOf(secondMicros, 3));
            case SECOND -> Numeric.of(BigDecimal.valueOf(secondMicros, 6));
            case MINUTE -> Numeric.of(minute);
            case HOUR -> Numeric.of(hour);
            case DAY -> Numeric.of(interval.days());
            case MONTH -> Numeric.of(months);
            case QUARTER -> Numeric.of(months / 3 + 1);
            case YEAR -> Numeric.of(years);
            case DECADE -> Numeric.of(years / 10);
            case CENTURY -> Numeric.of(years / 100);
            case MILLENNIUM -> Numeric.of(years / 1000);
            case EPOCH -> {
                // 365.25 days a year and 30 days a month, as PostgreSQL's interval epoch counts them
                BigDecimal days = BigDecimal.valueOf(years).multiply(new BigDecimal("365.25"))
                        .add(BigDecimal.valueOf(months * 30L + interval.days()));
                yield Numeric.of(days.multiply(BigDecimal.valueOf(86_400)).setScale(0, java.math.RoundingMode.UNNECESSARY)
                        .add(BigDecimal.valueOf(interval.micros(), 6)));
            }
            default -> throw notSupported(lower, PgType.INTERVAL);
        };
    }
}
