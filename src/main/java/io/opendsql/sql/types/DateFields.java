package io.opendsql.sql.types;

import java.util.ArrayList;
import java.util.List;

/** The date half of DecodeDateTime: DecodeDate, DecodeNumber, DecodeNumberField and ValidateDate. */
final class DateFields {
    private DateFields() {
    }

    /** DecodeDate: a date field with separators, possibly with a month name. */
    static int decodeDate(String text, int fmask, DateTimeParser.Result r, boolean[] is2digits) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !DateTimeTokenizer.isAlnum(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                throw new DateTimeParser.DecodeException(DateTimeParser.Failure.BAD_FORMAT);
            }
            int start = i;
            if (DateTimeTokenizer.isDigit(text.charAt(i))) {
                while (i < n && DateTimeTokenizer.isDigit(text.charAt(i))) {
                    i++;
                }
            } else {
                while (i < n && DateTimeTokenizer.isAlpha(text.charAt(i))) {
                    i++;
                }
            }
            parts.add(text.substring(start, i));
            if (i < n) {
                i++; // the separator (or whatever follows) is dropped, as in PostgreSQL
            }
        }
        int tmask = 0;
        boolean haveTextMonth = false;
        for (int p = 0; p < parts.size(); p++) {
            String part = parts.get(p);
            if (DateTimeTokenizer.isAlpha(part.charAt(0))) {
                DateTimeTokens.Token token = DateTimeTokens.keyword(part.toLowerCase(java.util.Locale.ROOT));
                if (token != null && token.kind() == DateTimeTokens.Kind.IGNORE) {
                    parts.set(p, null);
                    continue;
                }
                if (token == null || token.kind() != DateTimeTokens.Kind.MONTH) {
                    throw new DateTimeParser.DecodeException(DateTimeParser.Failure.BAD_FORMAT);
                }
                r.month = token.value();
                haveTextMonth = true;
                if ((fmask & DateTimeParser.MONTH) != 0) {
                    throw new DateTimeParser.DecodeException(DateTimeParser.Failure.BAD_FORMAT);
                }
                fmask |= DateTimeParser.MONTH;
                tmask |= DateTimeParser.MONTH;
                parts.set(p, null);
            }
        }
        for (String part : parts) {
            if (part == null) {
                continue;
            }
            int dmask = decodeNumber(part, haveTextMonth, fmask, r, is2digits);
            if ((fmask & dmask) != 0) {
                throw new DateTimeParser.DecodeException(DateTimeParser.Failure.BAD_FORMAT);
            }
            fmask |= dmask;
            tmask |= dmask;
        }
        if ((fmask & ~(DateTimeParser.DOY | DateTimeParser.TZ)) != DateTimeParser.DATE_M) {
            throw new DateTimeParser.DecodeException(DateTimeParser.Failure.BAD_FORMAT);
        }
        return tmask;
    }

    /** DecodeNumber: one numeric field whose meaning depends on what is already known. */
    static int decodeNumber(String text, boolean haveTextMonth, int fmask, DateTimeParser.Result r, boolean[] is2digits) {
        int[] pos = {0};
        int value = DateTimeParser.strtoint(text, pos);
        if (pos[0] == 0) {
            throw new DateTimeParser.DecodeException(DateTimeParser.Failure.BAD_FORMAT);
        }
        if (pos[0] < text.length()) {
            if (text.charAt(pos[0]) != '.') {
                throw new DateTimeParser.DecodeException(DateTimeParser.Failure.BAD_FORMAT);
            }
            if (pos[0] > 2) {
                return decodeNumberField(text, fmask, r, is2digits);
            }
            r.fsec = DateTimeParser.fraction(text.substring(pos[0]));
        }
        int length = text.length();
        if (length == 3 && (fmask & DateTimeParser.DATE_M) == DateTimeParser.YEAR && value >= 1 && value <= 366) {
            r.dayOfYear = value;
            return DateTimeParser.DOY | DateTimeParser.MONTH | DateTimeParser.DAY;
        }
        int tmask;
        switch (fmask & DateTimeParser.DATE_M) {
            case 0 -> {
                DateStyle.Order order = r.order;
                if (length >= 3 || order == DateStyle.Order.YMD) {
                    tmask = DateTimeParser.YEAR;
                    r.year = value;
                } else if (order == DateStyle.Order.DMY) {
                    tmask = DateTimeParser.DAY;
                    r.day = value;
                } else {
                    tmask = DateTimeParser.MONTH;
                    r.month = value;
                }
            }
            case DateTimeParser.YEAR -> {
                tmask = DateTimeParser.MONTH;
                r.month = value;
            }
            case DateTimeParser.MONTH -> {
                if (haveTextMonth) {
                    if (length >= 3 || r.order == DateStyle.Order.YMD) {
                        tmask = DateTimeParser.YEAR;
                        r.year = value;
                    } else {
                        tmask = DateTimeParser.DAY;
                        r.day = value;
                    }
                } else {
                    tmask = DateTimeParser.DAY;
                    r.day = value;
                }
            }
            case DateTimeParser.YEAR | DateTimeParser.MONTH -> {
                if (haveTextMonth && length >= 3 && is2digits[0]) {
                    tmask = DateTimeParser.DAY;
                    r.day = r.year;
                    r.year = value;
                    is2digits[0] = false;
                } else {
                    tmask = DateTimeParser.DAY;
                    r.day = value;
                }
            }
            case DateTimeParser.DAY -> {
                tmask = DateTimeParser.MONTH;
                r.month = value;
            }
            case DateTimeParser.MONTH | DateTimeParser.DAY -> {
                tmask = DateTimeParser.YEAR;
                r.year = value;
            }
            case DateTimeParser.YEAR | DateTimeParser.MONTH | DateTimeParser.DAY -> {
                return decodeNumberField(text, fmask, r, is2digits);
            }
            default -> throw new DateTimeParser.DecodeException(DateTimeParser.Failure.BAD_FORMAT);
        }
        if (tmask == DateTimeParser.YEAR) {
            is2digits[0] = length <= 2;
        }
        return tmask;
    }

    /** DecodeNumberField: run-together yyyymmdd, yymmdd, hhmmss or hhmm, optionally with a fraction. */
    static int decodeNumberField(String text, int fmask, DateTimeParser.Result r, boolean[] is2digits) {
        int dot = text.indexOf('.');
        String digits = text;
        if (dot >= 0) {
            String frac = text.substring(dot);
            for (int i = 1; i < frac.length(); i++) {
                if (!DateTimeTokenizer.isDigit(frac.charAt(i))) {
                    throw new DateTimeParser.DecodeException(DateTimeParser.Failure.BAD_FORMAT);
                }
            }
            r.fsec = frac.length() == 1 ? 0 : (long) Math.rint(Double.parseDouble("0" + frac) * 1_000_000);
            digits = text.substring(0, dot);
        } else if ((fmask & DateTimeParser.DATE_M) != DateTimeParser.DATE_M && digits.length() >= 6) {
            int len = digits.length();
            r.day = atoi(digits.substring(len - 2));
            r.month = atoi(digits.substring(len - 4, len - 2));
            r.year = atoi(digits.substring(0, len - 4));
            if (len - 4 == 2) {
                is2digits[0] = true;
            }
            return DateTimeParser.DATE_M;
        }
        if ((fmask & DateTimeParser.TIME_M) != DateTimeParser.TIME_M) {
            if (digits.length() == 6) {
                r.second = atoi(digits.substring(4));
                r.minute = atoi(digits.substring(2, 4));
                r.hour = atoi(digits.substring(0, 2));
                return DateTimeParser.TIME_M;
            } else if (digits.length() == 4) {
                r.second = 0;
                r.minute = atoi(digits.substring(2));
                r.hour = atoi(digits.substring(0, 2));
                return DateTimeParser.TIME_M;
            }
        }
        throw new DateTimeParser.DecodeException(DateTimeParser.Failure.BAD_FORMAT);
    }

    private static int atoi(String digits) {
        int[] pos = {0};
        return DateTimeParser.strtoint(digits, pos);
    }

    /** ValidateDate: BC and two-digit years, day of year, month and day ranges. */
    static void validateDate(int fmask, boolean is2digits, boolean bc, DateTimeParser.Result r) {
        if ((fmask & DateTimeParser.YEAR) != 0) {
            if (bc) {
                if (r.year <= 0) {
                    throw new DateTimeParser.DecodeException(DateTimeParser.Failure.FIELD_OVERFLOW);
                }
                r.year = -(r.year - 1);
            } else if (is2digits) {
                if (r.year < 70) {
                    r.year += 2000;
                } else if (r.year < 100) {
                    r.year += 1900;
                }
            } else if (r.year <= 0) {
                throw new DateTimeParser.DecodeException(DateTimeParser.Failure.FIELD_OVERFLOW);
            }
        }
        if ((fmask & DateTimeParser.DOY) != 0) {
            int[] ymd = Julian.j2date(Julian.date2j(r.year, 1, 1) + r.dayOfYear - 1);
            r.year = ymd[0];
            r.month = ymd[1];
            r.day = ymd[2];
        }
        if ((fmask & DateTimeParser.MONTH) != 0 && (r.month < 1 || r.month > 12)) {
            throw new DateTimeParser.DecodeException(DateTimeParser.Failure.MD_FIELD_OVERFLOW);
        }
        if ((fmask & DateTimeParser.DAY) != 0 && (r.day < 1 || r.day > 31)) {
            throw new DateTimeParser.DecodeException(DateTimeParser.Failure.MD_FIELD_OVERFLOW);
        }
        if ((fmask & DateTimeParser.DATE_M) == DateTimeParser.DATE_M && r.day > Julian.daysInMonth(r.year, r.month)) {
            throw new DateTimeParser.DecodeException(DateTimeParser.Failure.FIELD_OVERFLOW);
        }
    }
}
