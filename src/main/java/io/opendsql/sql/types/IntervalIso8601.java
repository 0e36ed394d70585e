package io.opendsql.sql.types;

import io.opendsql.sql.types.DateTimeParser.DecodeException;
import io.opendsql.sql.types.DateTimeParser.Failure;

/** DecodeISO8601Interval: {@code P1Y2M3DT4H5M6S} and the alternative {@code P0001-02-03T04:05:06} forms. */
final class IntervalIso8601 {
    private static final long USECS_PER_SEC = 1_000_000L;
    private static final long USECS_PER_MINUTE = 60 * USECS_PER_SEC;
    private static final long USECS_PER_HOUR = 60 * USECS_PER_MINUTE;
    private static final long USECS_PER_DAY = 24 * USECS_PER_HOUR;

    private IntervalIso8601() {
    }

    static IntervalFields decode(String s) {
        IntervalFields out = new IntervalFields();
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
        while (i < s.length() && DateTimeTokenizer.isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        return digits;
    }

    /** ParseISO8601Number: what strtod reads, split into integer part and fraction (both truncated toward zero). */
    private static double[] isoNumber(String s, int[] pos) {
        int i = pos[0];
        if (i >= s.length() || !(DateTimeTokenizer.isDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '.')) {
            throw new DecodeException(Failure.BAD_FORMAT);
        }
        int start = i;
        if (s.charAt(i) == '-') {
            i++;
        }
        int digits = 0;
        while (i < s.length() && DateTimeTokenizer.isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (i < s.length() && DateTimeTokenizer.isDigit(s.charAt(i))) {
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
            while (j < s.length() && DateTimeTokenizer.isDigit(s.charAt(j))) {
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
}
