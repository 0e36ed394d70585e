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

/** Text input (DecodeInterval, DecodeISO8601Interval) and output (EncodeInterval) of interval. */
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

    /** pg_itm_in: the fields as read, before conversion to months/days/micros. */
    private static final class Fields {
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
            addFractionMicros(value - extraDays, USECS_PER_DAY);
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

    private IntervalText() {
    }

    static Interval parse(String input, TypeContext context, int typmod) {
        int range = typmod < 0 ? SqlType.INTERVAL_FULL_RANGE : (typmod >> 16) & 0x7fff;
        Fields fields;
        try {
            try {
                fields = decode(DateTimeParser.tokenize(input), context.intervalStyle(), range);
            } catch (DecodeException e) {
                if (e.failure != Failure.BAD_FORMAT) {
                    throw e;
                }
                fields = decodeIso8601(input);
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

    private static Fields decode(List<Field> fields, IntervalStyle style, int range) {
        Fields out = new Fields();
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
                        Fields saved = copy(out);
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

    private static Fields copy(Fields f) {
        Fields c = new Fields();
        restore(c, f);
        return c;
    }

    private static void restore(Fields target, Fields source) {
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

    private static int decodeNumber(String text, Unit type, boolean forceNegative, Fields out) {
        int i = 0;
        boolean negative = false;
        if (text.charAt(0) == '+' || text.charAt(0) == '-') {
            negative = text.charAt(0) == '-';
            i++;
        }
        int start = i;
        long value = 0;
        while (i < text.length() && DateTimeParser.isDigit(text.charAt(i))) {
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
                if (!DateTimeParser.isDigit(frac.charAt(k))) {
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
    private static int decodeTime(String text, int range, Fields out) {
        int[] pos = {0};
        long hour = 0;
        while (pos[0] < text.length() && DateTimeParser.isDigit(text.charAt(pos[0]))) {
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

    // ---- ISO 8601 ----

    private static Fields decodeIso8601(String s) {
        Fields out = new Fields();
        if (s.length() < 2 || s.charAt(0) != 'P') {
            throw new DecodeException(Failure.BAD_FORMAT);
        }
        boolean datePart = true;
        boolean haveField = false;
        int[] pos = {1};
        while (pos[0] < s.length()) {
            if (s.charAt(pos[0]) == 'T') {
                datePart = false;
                haveField = false;
                pos[0]++;
                continue;
            }
            int fieldStart = pos[0];
            double[] number = isoNumber(s, pos);
            long value = (long) number[0];
            double fraction = number[1];
            char unit = pos[0] < s.length() ? s.charAt(pos[0]) : '\0';
            pos[0]++;
            if (datePart) {
                switch (unit) {
                    case 'Y' -> {
                        out.addYears(value, 1);
                        out.addFractionYears(fraction, 1);
                    }
                    case 'M' -> {
                        out.addMonths(value);
                        out.addFractionDays(fraction, 30);
                    }
                    case 'W' -> {
                        out.addDays(value, 7);
                        out.addFractionDays(fraction, 7);
                    }
                    case 'D' -> {
                        out.addDays(value, 1);
                        out.addFractionMicros(fraction, USECS_PER_DAY);
                    }
                    case 'T', '\0', '-' -> {
                        if (unit != '-' && integerWidth(s, fieldStart) == 8 && !haveField) {
                            out.addYears(value / 10000, 1);
                            out.addMonths((value / 100) % 100);
                            out.addDays(value % 100, 1);
                            out.addFractionMicros(fraction, USECS_PER_DAY);
                            if (unit == '\0') {
                                return out;
                            }
                            datePart = false;
                            haveField = false;
                            continue;
                        }
                        if (haveField) {
                            throw new DecodeException(Failure.BAD_FORMAT);
                        }
                        out.addYears(value, 1);
                        out.addFractionYears(fraction, 1);
                        if (unit == '\0') {
                            return out;
                        }
                        if (unit == 'T') {
                            datePart = false;
                            haveField = false;
                            continue;
                        }
                        number = isoNumber(s, pos);
                        out.addMonths((long) number[0]);
                        out.addFractionDays(number[1], 30);
                        if (pos[0] >= s.length()) {
                            return out;
                        }
                        if (s.charAt(pos[0]) == 'T') {
                            datePart = false;
                            haveField = false;
                            continue;
                        }
                        if (s.charAt(pos[0]) != '-') {
                            throw new DecodeException(Failure.BAD_FORMAT);
                        }
                        pos[0]++;
                        number = isoNumber(s, pos);
                        out.addDays((long) number[0], 1);
                        out.addFractionMicros(number[1], USECS_PER_DAY);
                        if (pos[0] >= s.length()) {
                            return out;
                        }
                        if (s.charAt(pos[0]) == 'T') {
                            datePart = false;
                            haveField = false;
                            continue;
                        }
                        throw new DecodeException(Failure.BAD_FORMAT);
                    }
                    default -> throw new DecodeException(Failure.BAD_FORMAT);
                }
            } else {
                switch (unit) {
                    case 'H' -> out.addMicros(value, fraction, USECS_PER_HOUR);
                    case 'M' -> out.addMicros(value, fraction, USECS_PER_MINUTE);
                    case 'S' -> out.addMicros(value, fraction, USECS_PER_SEC);
                    case '\0', ':' -> {
                        if (unit == '\0' && integerWidth(s, fieldStart) == 6 && !haveField) {
                            out.addMicros(value / 10000, 0, USECS_PER_HOUR);
                            out.addMicros((value / 100) % 100, 0, USECS_PER_MINUTE);
                            out.addMicros(value % 100, 0, USECS_PER_SEC);
                            out.addFractionMicros(fraction, 1);
                            return out;
                        }
                        if (haveField) {
                            throw new DecodeException(Failure.BAD_FORMAT);
                        }
                        out.addMicros(value, fraction, USECS_PER_HOUR);
                        if (unit == '\0') {
                            return out;
                        }
                        number = isoNumber(s, pos);
                        out.addMicros((long) number[0], number[1], USECS_PER_MINUTE);
                        if (pos[0] >= s.length()) {
                            return out;
                        }
                        if (s.charAt(pos[0]) != ':') {
                            throw new DecodeException(Failure.BAD_FORMAT);
                        }
                        pos[0]++;
                        number = isoNumber(s, pos);
                        out.addMicros((long) number[0], number[1], USECS_PER_SEC);
                        if (pos[0] >= s.length()) {
                            return out;
                        }
                        throw new DecodeException(Failure.BAD_FORMAT);
                    }
                    default -> throw new DecodeException(Failure.BAD_FORMAT);
                }
            }
            if (unit == '\0') {
                return out;
            }
            haveField = true;
        }
        return out;
    }

    private static int integerWidth(String s, int start) {
        int i = start;
        if (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        int digits = 0;
        while (i < s.length() && DateTimeParser.isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        return digits;
    }

    /** ParseISO8601Number: what strtod reads, split into integer part and fraction (both truncated toward zero). */
    private static double[] isoNumber(String s, int[] pos) {
        int i = pos[0];
        if (i >= s.length() || !(DateTimeParser.isDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '.')) {
            throw new DecodeException(Failure.BAD_FORMAT);
        }
        int start = i;
        if (s.charAt(i) == '-') {
            i++;
        }
        int digits = 0;
        while (i < s.length() && DateTimeParser.isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (i < s.length() && DateTimeParser.isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            throw new DecodeException(Failure.BAD_FORMAT);
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expStart = j;
            while (j < s.length() && DateTimeParser.isDigit(s.charAt(j))) {
                j++;
            }
            if (j > expStart) {
                i = j;
            }
        }
        double value = Double.parseDouble(s.substring(start, i));
        if (Double.isNaN(value) || value < -1.0e15 || value > 1.0e15) {
            throw new DecodeException(Failure.FIELD_OVERFLOW);
        }
        double integer = value >= 0 ? Math.floor(value) : -Math.floor(-value);
        pos[0] = i;
        return new double[] {integer, value - integer};
    }

    // ---- output ----

    static String format(Interval interval, IntervalStyle style) {
        long year = interval.months() / 12;
        long mon = interval.months() % 12;
        long mday = interval.days();
        long time = interval.micros();
        long hour = time / USECS_PER_HOUR;
        time -= hour * USECS_PER_HOUR;
        long min = time / USECS_PER_MINUTE;
        time -= min * USECS_PER_MINUTE;
        long sec = time / USECS_PER_SEC;
        long fsec = time - sec * USECS_PER_SEC;
        StringBuilder out = new StringBuilder(48);
        switch (style) {
            case SQL_STANDARD -> sqlStandard(out, year, mon, mday, hour, min, sec, fsec);
            case ISO_8601 -> {
                if (year == 0 && mon == 0 && mday == 0 && hour == 0 && min == 0 && sec == 0 && fsec == 0) {
                    return "PT0S";
                }
                out.append('P');
                isoPart(out, year, 'Y');
                isoPart(out, mon, 'M');
                isoPart(out, mday, 'D');
                if (hour != 0 || min != 0 || sec != 0 || fsec != 0) {
                    out.append('T');
                }
                isoPart(out, hour, 'H');
                isoPart(out, min, 'M');
                if (sec != 0 || fsec != 0) {
                    if (sec < 0 || fsec < 0) {
                        out.append('-');
                    }
                    appendSeconds(out, sec, fsec, false);
                    out.append('S');
                }
            }
            case POSTGRES -> {
                boolean[] zero = {true};
                boolean[] before = {false};
                postgresPart(out, year, "year", zero, before);
                postgresPart(out, mon, "mon", zero, before);
                postgresPart(out, mday, "day", zero, before);
                if (zero[0] || hour != 0 || min != 0 || sec != 0 || fsec != 0) {
                    boolean minus = hour < 0 || min < 0 || sec < 0 || fsec < 0;
                    out.append(zero[0] ? "" : " ").append(minus ? "-" : before[0] ? "+" : "");
                    pad(out, Math.abs(hour), 2).append(':');
                    pad(out, Math.abs(min), 2).append(':');
                    appendSeconds(out, sec, fsec, true);
                }
            }
            case POSTGRES_VERBOSE -> {
                boolean[] zero = {true};
                boolean[] negative = {false};
                out.append('@');
                verbosePart(out, year, "year", zero, negative);
                verbosePart(out, mon, "mon", zero, negative);
                verbosePart(out, mday, "day", zero, negative);
                verbosePart(out, hour, "hour", zero, negative);
                verbosePart(out, min, "min", zero, negative);
                if (sec != 0 || fsec != 0) {
                    out.append(' ');
                    if (sec < 0 || (sec == 0 && fsec < 0)) {
                        if (zero[0]) {
                            negative[0] = true;
                        } else if (!negative[0]) {
                            out.append('-');
                        }
                    } else if (negative[0]) {
                        out.append('-');
                    }
                    appendSeconds(out, sec, fsec, false);
                    out.append(" sec").append(Math.abs(sec) != 1 || fsec != 0 ? "s" : "");
                    zero[0] = false;
                }
                if (zero[0]) {
                    out.append(" 0");
                }
                if (negative[0]) {
                    out.append(" ago");
                }
            }
        }
        return out.toString();
    }

    private static void sqlStandard(StringBuilder out, long year, long mon, long mday, long hour, long min, long sec,
                                    long fsec) {
        boolean hasNegative = year < 0 || mon < 0 || mday < 0 || hour < 0 || min < 0 || sec < 0 || fsec < 0;
        boolean hasPositive = year > 0 || mon > 0 || mday > 0 || hour > 0 || min > 0 || sec > 0 || fsec > 0;
        boolean hasYearMonth = year != 0 || mon != 0;
        boolean hasDayTime = mday != 0 || hour != 0 || min != 0 || sec != 0 || fsec != 0;
        boolean sqlStandardValue = !(hasNegative && hasPositive) && !(hasYearMonth && hasDayTime);
        if (hasNegative && sqlStandardValue) {
            out.append('-');
            year = -year;
            mon = -mon;
            mday = -mday;
            hour = -hour;
            min = -min;
            sec = -sec;
            fsec = -fsec;
        }
        if (!hasNegative && !hasPositive) {
            out.append('0');
        } else if (!sqlStandardValue) {
            char yearSign = year < 0 || mon < 0 ? '-' : '+';
            char daySign = mday < 0 ? '-' : '+';
            char secSign = hour < 0 || min < 0 || sec < 0 || fsec < 0 ? '-' : '+';
            out.append(yearSign).append(Math.abs(year)).append('-').append(Math.abs(mon)).append(' ')
                    .append(daySign).append(Math.abs(mday)).append(' ').append(secSign).append(Math.abs(hour))
                    .append(':');
            pad(out, Math.abs(min), 2).append(':');
            appendSeconds(out, sec, fsec, true);
        } else if (hasYearMonth) {
            out.append(year).append('-').append(mon);
        } else if (mday != 0) {
            out.append(mday).append(' ').append(hour).append(':');
            pad(out, min, 2).append(':');
            appendSeconds(out, sec, fsec, true);
        } else {
            out.append(hour).append(':');
            pad(out, min, 2).append(':');
            appendSeconds(out, sec, fsec, true);
        }
    }

    private static void isoPart(StringBuilder out, long value, char unit) {
        if (value != 0) {
            out.append(value).append(unit);
        }
    }

    private static void postgresPart(StringBuilder out, long value, String unit, boolean[] zero, boolean[] before) {
        if (value == 0) {
            return;
        }
        out.append(zero[0] ? "" : " ").append(before[0] && value > 0 ? "+" : "").append(value).append(' ')
                .append(unit).append(value != 1 ? "s" : "");
        before[0] = value < 0;
        zero[0] = false;
    }

    private static void verbosePart(StringBuilder out, long value, String unit, boolean[] zero, boolean[] negative) {
        if (value == 0) {
            return;
        }
        if (zero[0]) {
            negative[0] = value < 0;
            value = Math.abs(value);
        } else if (negative[0]) {
            value = -value;
        }
        out.append(' ').append(value).append(' ').append(unit).append(value == 1 ? "" : "s");
        zero[0] = false;
    }

    private static StringBuilder pad(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    private static void appendSeconds(StringBuilder out, long sec, long fsec, boolean fillZeros) {
        if (fillZeros) {
            pad(out, Math.abs(sec), 2);
        } else {
            out.append(Math.abs(sec));
        }
        DateTimeText.appendFraction(out, Math.abs(fsec));
    }
}
