package io.opendsql.sql.types;

/** pg_itm_in: the fields as read, before conversion to months/days/micros. */
final class IntervalFields {
    static final long USECS_PER_DAY = 86_400_000_000L;

    long years;
    long months;
    long days;
    long micros;

    void addMicros(long value, double fraction, long scale) {
        micros = Math.addExact(micros, Math.multiplyExact(value, scale));
        addFractionMicros(fraction, scale);
    }

    void addFractionMicros(double fraction, long scale) {
        if (fraction == 0) {
            return;
        }
        double value = fraction * scale;
        long whole = (long) value;
        value -= whole;
        if (value > 0.5) {
            whole++;
        } else if (value < -0.5) {
            whole--;
        }
        micros = Math.addExact(micros, whole);
    }

    void addDays(long value, int scale) {
        days = Math.toIntExact(Math.addExact(days, Math.toIntExact(Math.multiplyExact(value, scale))));
    }

    void addFractionDays(double fraction, int scale) {
        if (fraction == 0) {
            return;
        }
        double value = fraction * scale;
        int extraDays = (int) value;
        days = Math.toIntExact(days + extraDays);
        addFractionMicros(value - extraDays, IntervalFields.USECS_PER_DAY);
    }

    void addMonths(long value) {
        months = Math.toIntExact(Math.addExact(months, Math.toIntExact(value)));
    }

    void addYears(long value, int scale) {
        years = Math.toIntExact(Math.addExact(years, Math.toIntExact(Math.multiplyExact(value, scale))));
    }

    void addFractionYears(double fraction, int scale) {
        int extraMonths = (int) Math.rint(fraction * scale * 12);
        months = Math.toIntExact(months + extraMonths);
    }
}
