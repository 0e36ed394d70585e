package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.DateTimeParser.DecodeException;
import io.opendsql.sql.types.DateTimeParser.Failure;
import io.opendsql.sql.types.DateTimeParser.Field;
import io.opendsql.sql.types.DateTimeParser.FieldType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Text input of interval (DecodeInterval, DecodeISO8601Interval) and its type modifier; output is {@link IntervalFormat}. */
final class IntervalText {
    private static final long USECS_PER_SEC = 1_000_000L;
    private static final long USECS_PER_MINUTE = 60 * USECS_PER_SEC;
    private static final long USECS_PER_HOUR = 60 * USECS_PER_MINUTE;
    private static final long USECS_PER_DAY = 24 * USECS_PER_HOUR;
    private static final long[] SCALES = {1_000_000, 100_000, 10_000, 1000, 100, 10, 1};

    private enum Unit { MICROSECOND, MILLISECOND, SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR, DECADE,
        CENTURY, MILLENNIUM, TZ, AGO }

    private static final Map<String, Unit> UNITS = new HashMap<>();

    static {
        unit(Unit.AGO, "ago");
        unit(Unit.CENTURY, "c", "cent", "centuries", "century");
        unit(Unit.DAY, "d", "day", "days");
        unit(Unit.DECADE, "dec", "decade", "decades", "decs");
        unit(Unit.HOUR, "h", "hour", "hours", "hr", "hrs");
        unit(Unit.MINUTE, "m", "min", "mins", "minute", "minutes");
        unit(Unit.MICROSECOND, "microsecon", "us", "usec", "usecond", "useconds", "usecs");
        unit(Unit.MILLENNIUM, "mil", "millennia", "millennium", "mils");
        unit(Unit.MILLISECOND, "millisecon", "ms", "msec", "msecond", "mseconds", "msecs");
        unit(Unit.MONTH, "mon", "mons", "month", "months");
        unit(Unit.QUARTER, "qtr", "quarter");
        unit(Unit.SECOND, "s", "sec", "second", "seconds", "secs");
        unit(Unit.TZ, "timezone", "timezone_h", "timezone_m");
        unit(Unit.WEEK, "w", "week", "weeks");
        unit(Unit.YEAR, "y", "year", "years", "yr", "yrs");
    }

    private static void unit(Unit unit, String... names) {
        for (String name : names) {
            UNITS.put(name, unit);
        }
    }

    private IntervalText() {
    }

    static Interval parse(String input, TypeContext context, int typmod) {
        int range = typmod < 0 ? SqlType.INTERVAL_FULL_RANGE : (typmod >> 16) & 0x7fff;
        IntervalFields fields;
        try {
            try {
                fields = decode(DateTimeTokenizer.tokenize(input), context.intervalStyle(), range);
            } catch (DecodeException e) {
                if (e.failure != Failure.BAD_FORMAT) {
                    throw e;
                }
                fields = IntervalIso8601.decode(input);
            }
        } catch (DecodeException e) {
            if (e.failure == Failure.FIELD_OVERFLOW) {
                throw DsqlException.of(SqlState.INTERVAL_FIELD_OVERFLOW, "interval field value out of range: \"%s\"",
                        input);
            }
            throw DateTimeParser.error(e.failure, input, "interval");
        } catch (ArithmeticException e) {
            throw DsqlException.of(SqlState.INTERVAL_FIELD_OVERFLOW, "interval field value out of range: \"%s\"",
                    input);
        }
        long totalMonths = fields.years * 12 + fields.months;
        if (totalMonths > Integer.MAX_VALUE || totalMonths < Integer.MIN_VALUE) {
            throw DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
        }
        return applyTypmod(new Interval((int) totalMonths, (int) fields.days, fields.micros), typmod);
    }

    /** AdjustIntervalForTypmod: zero the fields right of the last declared one, round the seconds. */
    static Interval applyTypmod(Interval interval, int typmod) {
        if (typmod < 0) {
            return interval;
        }
        int range = (typmod >> 16) & 0x7fff;
        int precision = typmod & 0xffff;
        int months = interval.months();
        int days = interval.days();
        long time = interval.micros();
        switch (range) {
            case SqlType.INTERVAL_YEAR -> {
                months = (months / 12) * 12;
                days = 0;
                time = 0;
            }
            case SqlType.INTERVAL_MONTH, SqlType.INTERVAL_YEAR | SqlType.INTERVAL_MONTH -> {
                days = 0;
                time = 0;
            }
            case SqlType.INTERVAL_DAY -> time = 0;
            case SqlType.INTERVAL_HOUR, SqlType.INTERVAL_DAY | SqlType.INTERVAL_HOUR ->
                    time = (time / USECS_PER_HOUR) * USECS_PER_HOUR;
            case SqlType.INTERVAL_MINUTE, SqlType.INTERVAL_DAY | SqlType.INTERVAL_HOUR | SqlType.INTERVAL_MINUTE,
                    SqlType.INTERVAL_HOUR | SqlType.INTERVAL_MINUTE ->
                    time = (time / USECS_PER_MINUTE) * USECS_PER_MINUTE;
            default -> { }
        }
        if (precision != SqlType.INTERVAL_FULL_PRECISION && precision < 6) {
            long scale = SCALES[precision];
            long offset = scale / 2;
            time = time >= 0 ? ((time + offset) / scale) * scale : -(((-time + offset) / scale) * scale);
        }
        return new Interval(months, days, time);
    }

    private static IntervalFields decode(List<Field> fields, IntervalStyle style, int range) {
        IntervalFields out = new IntervalFields();
        boolean forceNegative = false;
        int nf = fields.size();
        if (style == IntervalStyle.SQL_STANDARD && nf > 0 && fields.get(0).text().charAt(0) == '-') {
            forceNegative = true;
            for (int i = 1; i < nf; i++) {
                char c = fields.get(i).text().charAt(0);
                if (c == '-' || c == '+') {
                    forceNegative = false;
                    break;
                }
            }
        }
        boolean before = false;
        Unit type = null;
        boolean typeSet = false;
        int fmask = 0;
        for (int i = nf - 1; i >= 0; i--) {
            Field field = fields.get(i);
            String text = field.text();
            int tmask = 0;
            switch (field.type()) {
                case TIME -> {
                    tmask = decodeTime(text, range, out);
                    if (forceNegative && out.micros > 0) {
                        out.micros = -out.micros;
                    }
                    type = Unit.DAY;
                    typeSet = true;
                }
                case TZ, DATE, NUMBER -> {
                    if (field.type() == FieldType.TZ && text.indexOf(':', 1) >= 0) {
                        IntervalFields saved = copy(out);
                        try {
                            tmask = decodeTime(text.substring(1), range, out);
                            if (text.charAt(0) == '-') {
                                out.micros = -out.micros;
                            }
                            if (forceNegative && out.micros > 0) {
                                out.micros = -out.micros;
                            }
                            type = Unit.DAY;
                            typeSet = true;
                            break;
                        } catch (DecodeException | ArithmeticException e) {
                            restore(out, saved);
                        }
                    }
                    if (!typeSet) {
                        type = rightmostUnit(range);
                        typeSet = true;
                    }
                    tmask = decodeNumber(text, type, forceNegative, out);
                    if (type == Unit.HOUR) {
                        type = Unit.DAY;
                    }
                    if (text.indexOf('-', 1) > 0 && field.type() != FieldType.NUMBER) {
                        type = Unit.MONTH;
                    }
                }
                case STRING, SPECIAL -> {
                    Unit unit = UNITS.get(text.length() > 10 ? text.substring(0, 10) : text);
                    if (unit == null) {
                        if (text.equals("@")) {
                            continue;
                        }
                        throw new DecodeException(Failure.BAD_FORMAT);
                    }
                    if (unit == Unit.AGO) {
                        before = true;
                        type = null;
                    } else {
                        type = unit;
                    }
                    typeSet = true;
                }
            }
            if ((tmask & fmask) != 0) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
            fmask |= tmask;
        }
        if (fmask == 0) {
            throw new DecodeException(Failure.BAD_FORMAT);
        }
        if (before) {
            out.micros = Math.negateExact(out.micros);
            out.days = -out.days;
            out.months = -out.months;
            out.years = -out.years;
        }
        return out;
    }

    private static IntervalFields copy(IntervalFields f) {
        IntervalFields c = new IntervalFields();
        restore(c, f);
        return c;
    }

    private static void restore(IntervalFields target, IntervalFields source) {
        target.years = source.years;
        target.months = source.months;
        target.days = source.days;
        target.micros = source.micros;
    }

    private static Unit rightmostUnit(int range) {
        return switch (range) {
            case SqlType.INTERVAL_YEAR -> Unit.YEAR;
            case SqlType.INTERVAL_MONTH, SqlType.INTERVAL_YEAR | SqlType.INTERVAL_MONTH -> Unit.MONTH;
            case SqlType.INTERVAL_DAY -> Unit.DAY;
            case SqlType.INTERVAL_HOUR, SqlType.INTERVAL_DAY | SqlType.INTERVAL_HOUR -> Unit.HOUR;
            case SqlType.INTERVAL_MINUTE, SqlType.INTERVAL_HOUR | SqlType.INTERVAL_MINUTE,
                    SqlType.INTERVAL_DAY | SqlType.INTERVAL_HOUR | SqlType.INTERVAL_MINUTE -> Unit.MINUTE;
            default -> Unit.SECOND;
        };
    }

    // field masks for duplicate detection
    private static final int M_YEAR = 1;
    private static final int M_MONTH = 1 << 1;
    private static final int M_DAY = 1 << 2;
    private static final int M_HOUR = 1 << 3;
    private static final int M_MINUTE = 1 << 4;
    private static final int M_SECOND = 1 << 5;
    private static final int M_MILLISECOND = 1 << 6;
    private static final int M_MICROSECOND = 1 << 7;
    private static final int M_WEEK = 1 << 8;
    private static final int M_DECADE = 1 << 9;
    private static final int M_CENTURY = 1 << 10;
    private static final int M_MILLENNIUM = 1 << 11;
    private static final int M_TIME = M_HOUR | M_MINUTE | M_SECOND;

    private static int decodeNumber(String text, Unit type, boolean forceNegative, IntervalFields out) {
        int i = 0;
        boolean negative = false;
        if (text.charAt(0) == '+' || text.charAt(0) == '-') {
            negative = text.charAt(0) == '-';
            i++;
        }
        int start = i;
        long value = 0;
        while (i < text.length() && DateTimeTokenizer.isDigit(text.charAt(i))) {
            value = Math.addExact(Math.multiplyExact(value, 10), text.charAt(i) - '0');
            i++;
        }
        if (i == start && !(i < text.length() && text.charAt(i) == '.')) {
            if (i == start && (i >= text.length() || text.charAt(i) != '.')) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
        }
        if (negative) {
            value = -value;
        }
        double fraction;
        if (i < text.length() && text.charAt(i) == '-') {
            int[] pos = {i + 1};
            int months = DateTimeParser.strtoint(text, pos);
            if (months >= 12) {
                throw new DecodeException(Failure.FIELD_OVERFLOW);
            }
            if (pos[0] != text.length()) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
            type = Unit.MONTH;
            if (negative) {
                months = -months;
            }
            value = Math.addExact(Math.multiplyExact(value, 12), months);
            fraction = 0;
        } else if (i < text.length() && text.charAt(i) == '.') {
            String frac = text.substring(i);
            for (int k = 1; k < frac.length(); k++) {
                if (!DateTimeTokenizer.isDigit(frac.charAt(k))) {
                    throw new DecodeException(Failure.BAD_FORMAT);
                }
            }
            fraction = frac.length() == 1 ? 0 : Double.parseDouble("0" + frac);
            if (negative) {
                fraction = -fraction;
            }
        } else if (i == text.length()) {
            fraction = 0;
        } else {
            throw new DecodeException(Failure.BAD_FORMAT);
        }
        if (forceNegative) {
            if (value > 0) {
                value = -value;
            }
            if (fraction > 0) {
                fraction = -fraction;
            }
        }
        if (type == null) {
            throw new DecodeException(Failure.BAD_FORMAT);
        }
        switch (type) {
            case MICROSECOND -> {
                out.addMicros(value, fraction, 1);
                return M_MICROSECOND;
            }
            case MILLISECOND -> {
                out.addMicros(value, fraction, 1000);
                return M_MILLISECOND;
            }
            case SECOND -> {
                out.addMicros(value, fraction, USECS_PER_SEC);
                return fraction == 0 ? M_SECOND : M_SECOND | M_MILLISECOND | M_MICROSECOND;
            }
            case MINUTE -> {
                out.addMicros(value, fraction, USECS_PER_MINUTE);
                return M_MINUTE;
            }
            case HOUR -> {
                out.addMicros(value, fraction, USECS_PER_HOUR);
                return M_HOUR;
            }
            case DAY -> {
                out.addDays(value, 1);
                out.addFractionMicros(fraction, USECS_PER_DAY);
                return M_DAY;
            }
            case WEEK -> {
                out.addDays(value, 7);
                out.addFractionDays(fraction, 7);
                return M_WEEK;
            }
            case MONTH -> {
                out.addMonths(value);
                out.addFractionDays(fraction, 30);
                return M_MONTH;
            }
            case YEAR -> {
                out.addYears(value, 1);
                out.addFractionYears(fraction, 1);
                return M_YEAR;
            }
            case DECADE -> {
                out.addYears(value, 10);
                out.addFractionYears(fraction, 10);
                return M_DECADE;
            }
            case CENTURY -> {
                out.addYears(value, 100);
                out.addFractionYears(fraction, 100);
                return M_CENTURY;
            }
            case MILLENNIUM -> {
                out.addYears(value, 1000);
                out.addFractionYears(fraction, 1000);
                return M_MILLENNIUM;
            }
            default -> throw new DecodeException(Failure.BAD_FORMAT);
        }
    }

    /** DecodeTimeForInterval: h:m, h:m:s[.f], or m:s.f; hours may exceed 24. */
    private static int decodeTime(String text, int range, IntervalFields out) {
        int[] pos = {0};
        long hour = 0;
        while (pos[0] < text.length() && DateTimeTokenizer.isDigit(text.charAt(pos[0]))) {
            hour = Math.addExact(Math.multiplyExact(hour, 10), text.charAt(pos[0]) - '0');
            pos[0]++;
        }
        if (pos[0] >= text.length() || text.charAt(pos[0]) != ':') {
            throw new DecodeException(Failure.BAD_FORMAT);
        }
        pos[0]++;
        long minute = DateTimeParser.strtoint(text, pos);
        long second = 0;
        long fsec = 0;
        if (pos[0] == text.length()) {
            if (range == (SqlType.INTERVAL_MINUTE | SqlType.INTERVAL_SECOND)) {
                second = minute;
                minute = hour;
                hour = 0;
            }
        } else if (text.charAt(pos[0]) == '.') {
            fsec = DateTimeParser.fraction(text.substring(pos[0]));
            second = minute;
            minute = hour;
            hour = 0;
        } else if (text.charAt(pos[0]) == ':') {
            pos[0]++;
            second = DateTimeParser.strtoint(text, pos);
            if (pos[0] < text.length() && text.charAt(pos[0]) == '.') {
                fsec = DateTimeParser.fraction(text.substring(pos[0]));
            } else if (pos[0] != text.length()) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
        } else {
            throw new DecodeException(Failure.BAD_FORMAT);
        }
        if (minute > 59 || second > 60 || fsec > USECS_PER_SEC) {
            throw new DecodeException(Failure.FIELD_OVERFLOW);
        }
        long micros = fsec;
        micros = Math.addExact(micros, Math.multiplyExact(hour, USECS_PER_HOUR));
        micros = Math.addExact(micros, minute * USECS_PER_MINUTE);
        micros = Math.addExact(micros, second * USECS_PER_SEC);
        out.micros = micros;
        return M_TIME;
    }
}
