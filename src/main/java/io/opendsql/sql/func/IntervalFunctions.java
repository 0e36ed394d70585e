package io.opendsql.sql.func;

import static io.opendsql.sql.types.PgType.BOOL;
import static io.opendsql.sql.types.PgType.DATE;
import static io.opendsql.sql.types.PgType.FLOAT8;
import static io.opendsql.sql.types.PgType.INT4;
import static io.opendsql.sql.types.PgType.INTERVAL;
import static io.opendsql.sql.types.PgType.TIMESTAMP;
import static io.opendsql.sql.types.PgType.TIMESTAMPTZ;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Interval;
import io.opendsql.sql.types.PgDate;
import io.opendsql.sql.types.PgTimestamp;
import io.opendsql.sql.types.PgTimestampTz;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * interval × and ÷ a number (fractions of months cascade into days, of days into time, as
 * interval_mul does), justify_days / justify_hours / justify_interval, make_interval and isfinite.
 */
final class IntervalFunctions {
    private static final long MICROS_PER_DAY = Interval.MICROS_PER_DAY;
    /** make_interval's parameters, in order; every one defaults to zero. */
    static final List<String> MAKE_INTERVAL_PARAMETERS = List.of("years", "months", "weeks", "days", "hours", "mins",
            "secs");

    private IntervalFunctions() {
    }

    static void register(Registry ops, Registry f) {
        ops.add("*", List.of(INTERVAL, FLOAT8), INTERVAL, a -> multiply((Interval) a.get(0), (Double) a.get(1)));
        ops.add("*", List.of(FLOAT8, INTERVAL), INTERVAL, a -> multiply((Interval) a.get(1), (Double) a.get(0)));
        ops.add("/", List.of(INTERVAL, FLOAT8), INTERVAL, a -> divide((Interval) a.get(0), (Double) a.get(1)));
        f.add("justify_days", List.of(INTERVAL), INTERVAL, a -> justifyDays((Interval) a.get(0)));
        f.add("justify_hours", List.of(INTERVAL), INTERVAL, a -> justifyHours((Interval) a.get(0)));
        f.add("justify_interval", List.of(INTERVAL), INTERVAL, a -> justifyInterval((Interval) a.get(0)));
        f.add("isfinite", List.of(INTERVAL), BOOL, a -> true);
        f.add("isfinite", List.of(DATE), BOOL, a -> ((PgDate) a.get(0)).isFinite());
        f.add("isfinite", List.of(TIMESTAMP), BOOL, a -> ((PgTimestamp) a.get(0)).isFinite());
        f.add("isfinite", List.of(TIMESTAMPTZ), BOOL, a -> ((PgTimestampTz) a.get(0)).isFinite());
        for (int count = 0; count <= MAKE_INTERVAL_PARAMETERS.size(); count++) {
            List<PgType> args = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                args.add(i == 6 ? FLOAT8 : INT4);
            }
            f.add("make_interval", args, INTERVAL, a -> {
                long[] values = new long[6];
                double seconds = 0;
                for (int i = 0; i < a.values().length; i++) {
                    if (i == 6) {
                        seconds = (Double) a.get(i);
                    } else {
                        values[i] = (Integer) a.get(i);
                    }
                }
                return make(values, seconds);
            });
        }
    }

    private static DsqlException outOfRange() {
        return DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
    }

    private static int toInt(double value) {
        if (Double.isNaN(value) || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw outOfRange();
        }
        return (int) value;
    }

    /** TSROUND: rounds to microsecond precision. */
    private static double tsRound(double value) {
        return Math.rint(value * 1_000_000.0) / 1_000_000.0;
    }

    /** interval_mul. */
    static Interval multiply(Interval span, double factor) {
        int months = toInt(span.months() * factor);
        int days = toInt(span.days() * factor);
        return cascade(span, months, days, span.months() * factor, span.days() * factor, span.micros() * factor);
    }

    /** interval_div. */
    static Interval divide(Interval span, double factor) {
        if (factor == 0.0) {
            throw Arithmetic.divisionByZero();
        }
        int months = toInt(span.months() / factor);
        int days = toInt(span.days() / factor);
        return cascade(span, months, days, span.months() / factor, span.days() / factor, span.micros() / factor);
    }

    /** Fractional months cascade into days (30 a month) and fractional days into time, never upwards. */
    private static Interval cascade(Interval span, int months, int days, double exactMonths, double exactDays,
                                    double time) {
        double monthRemainderDays = tsRound((exactMonths - months) * 30);
        double secondRemainder = tsRound((exactDays - days + monthRemainderDays - (int) monthRemainderDays) * 86400);
        long dayCount = days;
        if (Math.abs(secondRemainder) >= 86400) {
            int wholeDays = (int) (secondRemainder / 86400);
            dayCount += wholeDays;
            secondRemainder -= wholeDays * 86400.0;
        }
        dayCount += (int) monthRemainderDays;
        if (dayCount > Integer.MAX_VALUE || dayCount < Integer.MIN_VALUE) {
            throw outOfRange();
        }
        double micros = Math.rint(time + secondRemainder * 1_000_000);
        if (Double.isNaN(micros) || micros >= 9.223372036854775807E18 || micros < -9.223372036854775808E18) {
            throw outOfRange();
        }
        return new Interval(months, (int) dayCount, (long) micros);
    }

    static Interval justifyHours(Interval span) {
        long wholeDays = span.micros() / MICROS_PER_DAY;
        long time = span.micros() - wholeDays * MICROS_PER_DAY;
        long days = span.days() + wholeDays;
        if (days > Integer.MAX_VALUE || days < Integer.MIN_VALUE) {
            throw outOfRange();
        }
        if (days > 0 && time < 0) {
            time += MICROS_PER_DAY;
            days--;
        } else if (days < 0 && time > 0) {
            time -= MICROS_PER_DAY;
            days++;
        }
        return new Interval(span.months(), (int) days, time);
    }

    static Interval justifyDays(Interval span) {
        int wholeMonths = span.days() / 30;
        int days = span.days() - wholeMonths * 30;
        long months = (long) span.months() + wholeMonths;
        if (months > Integer.MAX_VALUE || months < Integer.MIN_VALUE) {
            throw outOfRange();
        }
        if (months > 0 && days < 0) {
            days += 30;
            months--;
        } else if (months < 0 && days > 0) {
            days -= 30;
            months++;
        }
        return new Interval((int) months, days, span.micros());
    }

    static Interval justifyInterval(Interval span) {
        long wholeDays = span.micros() / MICROS_PER_DAY;
        long time = span.micros() - wholeDays * MICROS_PER_DAY;
        long dayTotal = span.days() + wholeDays;
        long wholeMonths = dayTotal / 30;
        long days = dayTotal - wholeMonths * 30;
        long months = span.months() + wholeMonths;
        if (months > Integer.MAX_VALUE || months < Integer.MIN_VALUE) {
            throw outOfRange();
        }
        if (months > 0 && (days < 0 || (days == 0 && time < 0))) {
            days += 30;
            months--;
        } else if (months < 0 && (days > 0 || (days == 0 && time > 0))) {
            days -= 30;
            months++;
        }
        if (days > 0 && time < 0) {
            time += MICROS_PER_DAY;
            days--;
        } else if (days < 0 && time > 0) {
            time -= MICROS_PER_DAY;
            days++;
        }
        return new Interval((int) months, (int) days, time);
    }

    /** make_interval(years, months, weeks, days, hours, mins, secs). */
    static Interval make(long[] values, double seconds) {
        if (Double.isInfinite(seconds) || Double.isNaN(seconds)) {
            throw outOfRange();
        }
        // PostgreSQL 15 checks only the seconds; the other fields wrap around as its 32-bit arithmetic does
        int months = (int) values[0] * 12 + (int) values[1];
        int days = (int) values[2] * 7 + (int) values[3];
        double micros = Math.rint(seconds * 1_000_000);
        if (micros >= 9.223372036854775807E18 || micros < -9.223372036854775808E18) {
            throw outOfRange();
        }
        long time = values[4] * 3_600_000_000L + values[5] * 60_000_000L + (long) micros;
        return new Interval(months, days, time);
    }
}
