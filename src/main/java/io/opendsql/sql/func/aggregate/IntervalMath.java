package io.opendsql.sql.func.aggregate;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Interval;

/** interval_pl, interval_mi, interval_mul and interval_div as PostgreSQL 15 computes them. */
final class IntervalMath {
    private IntervalMath() {
    }

    private static final double DAYS_PER_MONTH = 30;
    private static final double SECONDS_PER_DAY = 86400;
    private static final double MICROS_PER_SECOND = 1_000_000;

    static Interval add(Interval x, Interval y, int sign) {
        try {
            return new Interval(Math.addExact(x.months(), Math.multiplyExact(sign, y.months())),
                    Math.addExact(x.days(), Math.multiplyExact(sign, y.days())),
                    Math.addExact(x.micros(), Math.multiplyExact((long) sign, y.micros())));
        } catch (ArithmeticException e) {
            throw outOfRange();
        }
    }

    private static DsqlException outOfRange() {
        return DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
    }

    /** TSROUND: rounds to microsecond precision. */
    private static double tsRound(double value) {
        return Math.rint(value * 1_000_000.0) / 1_000_000.0;
    }

    /** interval_div by a count. */
    static Interval divide(Interval span, double factor) {
        int months = (int) (span.months() / factor);
        int days = (int) (span.days() / factor);
        double monthRemainderDays = tsRound((span.months() / factor - months) * DAYS_PER_MONTH);
        double secondRemainder = tsRound((span.days() / factor - days + monthRemainderDays
                - (int) monthRemainderDays) * SECONDS_PER_DAY);
        if (Math.abs(secondRemainder) >= SECONDS_PER_DAY) {
            days += (int) (secondRemainder / SECONDS_PER_DAY);
            secondRemainder -= (int) (secondRemainder / SECONDS_PER_DAY) * SECONDS_PER_DAY;
        }
        days += (int) monthRemainderDays;
        double micros = Math.rint(span.micros() / factor + secondRemainder * MICROS_PER_SECOND);
        return new Interval(months, days, (long) micros);
    }

    /** interval_mul by a float8 factor. */
    static Interval multiply(Interval span, double factor) {
        double monthProduct = span.months() * factor;
        if (Double.isNaN(monthProduct) || monthProduct > Integer.MAX_VALUE || monthProduct < Integer.MIN_VALUE) {
            throw outOfRange();
        }
        int months = (int) monthProduct;
        double dayProduct = span.days() * factor;
        if (Double.isNaN(dayProduct) || dayProduct > Integer.MAX_VALUE || dayProduct < Integer.MIN_VALUE) {
            throw outOfRange();
        }
        int days = (int) dayProduct;
        double monthRemainderDays = tsRound((span.months() * factor - months) * DAYS_PER_MONTH);
        double secondRemainder = tsRound((span.days() * factor - days + monthRemainderDays
                - (int) monthRemainderDays) * SECONDS_PER_DAY);
        if (Math.abs(secondRemainder) >= SECONDS_PER_DAY) {
            days += (int) (secondRemainder / SECONDS_PER_DAY);
            secondRemainder -= (int) (secondRemainder / SECONDS_PER_DAY) * SECONDS_PER_DAY;
        }
        days += (int) monthRemainderDays;
        double micros = Math.rint(span.micros() * factor + secondRemainder * MICROS_PER_SECOND);
        if (Double.isNaN(micros) || micros < -9.223372036854775808E18 || micros >= 9.223372036854775808E18) {
            throw outOfRange();
        }
        return new Interval(months, days, (long) micros);
    }
}
