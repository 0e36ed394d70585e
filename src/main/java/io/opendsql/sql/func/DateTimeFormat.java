package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.CalendarFields;
import io.opendsql.sql.types.Interval;
import java.util.Locale;

/**
 * to_char for timestamps, timestamps with time zone and intervals, as DCH_to_char in formatting.c
 * writes them: the date/time keywords (YYYY MM DD HH24 MI SS MS US Month Day TZ IW Q ...) with
 * their FM, TM and TH/th modifiers, in English (the C locale).
 */
final class DateTimeFormat {
    private DateTimeFormat() {
    }

    private static final String[] MONTHS_FULL = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};
    private static final String[] ROMAN_MONTHS = {"XII", "XI", "X", "IX", "VIII", "VII", "VI", "V", "IV", "III", "II",
        "I"};

    /** The fields DCH_to_char reads (struct fmt_tm plus fsec and the zone). */
    private record Fields(int year, int month, int day, long hour, int minute, int second, int micros, int weekday,
                          int yearDay, int offsetEast, String zone, boolean interval) {
    }

    static String format(CalendarFields f, String pattern) {
        return format(new Fields(f.year(), f.month(), f.day(), f.hour(), f.minute(), f.second(), f.micros(),
                f.weekday(), f.yearDay(), f.offsetEast(), f.zone(), false), pattern);
    }

    /** interval_to_char: years and months from the months, the rest from days and time; yday approximates days. */
    static String format(Interval value, String pattern) {
        int years = value.months() / 12;
        int months = value.months() % 12;
        long time = value.micros();
        long hours = time / 3_600_000_000L;
        time -= hours * 3_600_000_000L;
        int minutes = (int) (time / 60_000_000L);
        time -= minutes * 60_000_000L;
        int seconds = (int) (time / 1_000_000L);
        time -= seconds * 1_000_000L;
        int yearDay = (years * 12 + months) * 30 + value.days();
        return format(new Fields(years, months, value.days(), hours, minutes, seconds, (int) time, 0, yearDay, 0,
                null, true), pattern);
    }

    private static DsqlException invalidForInterval() {
        return DsqlException.of(SqlState.INVALID_DATETIME_FORMAT, "invalid format specification for an interval value")
                .hint("Intervals are not tied to specific calendar dates.");
    }

    /** sprintf("%0*d"): zero-padded to the width (the sign counts), or plain when width is 0. */
    private static String zeroPad(long value, int width) {
        String digits = Long.toString(Math.abs(value));
        String sign = value < 0 ? "-" : "";
        int pad = width - sign.length() - digits.length();
        return pad > 0 ? sign + "0".repeat(pad) + digits : sign + digits;
    }

    private static int adjustYear(int year, boolean interval) {
        return interval ? year : (year <= 0 ? -(year - 1) : year);
    }

    private static String format(Fields t, String pattern) {
        StringBuilder out = new StringBuilder();
        for (FormatPicture.Node n : FormatPicture.parseDateTime(pattern)) {
            if (!n.isKeyword()) {
                out.append(n.text());
                continue;
            }
            String s = field(n, t);
            if (s == null) {
                continue;
            }
            if (n.ordinal() != 0 && numeric(n.keyword())) {
                s = s + NumberFormat.ordinal(s, n.ordinal() == FormatPicture.TH_UPPER);
            }
            out.append(s);
        }
        return out.toString();
    }

    /** Keywords that print numbers (and so take TH/th). */
    private static boolean numeric(String keyword) {
        return switch (keyword.toUpperCase(Locale.ROOT)) {
            case "HH", "HH12", "HH24", "MI", "SS", "FF1", "FF2", "FF3", "FF4", "FF5", "FF6", "MS", "US", "SSSS",
                 "SSSSS", "MM", "DDD", "IDDD", "DD", "D", "ID", "WW", "IW", "Q", "CC", "Y,YYY", "YYYY", "IYYY", "YYY",
                 "IYY", "YY", "IY", "Y", "I", "W", "J" -> true;
            default -> false;
        };
    }

    private static String cased(String word, String keyword) {
        if (keyword.equals(keyword.toUpperCase(Locale.ROOT))) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (keyword.equals(keyword.toLowerCase(Locale.ROOT))) {
            return word.toLowerCase(Locale.ROOT);
        }
        return word;
    }

    private static boolean afternoon(Fields t) {
        return t.hour() % 24 >= 12;
    }

    /** One keyword's text, or null when it prints nothing. */
    private static String field(FormatPicture.Node n, Fields t) {
        String k = n.keyword();
        boolean fm = n.fillMode();
        int year = adjustYear(t.year(), t.interval());
        switch (k) {
            case "A.M.", "P.M." -> {
                return afternoon(t) ? "P.M." : "A.M.";
            }
            case "AM", "PM" -> {
                return afternoon(t) ? "PM" : "AM";
            }
            case "a.m.", "p.m." -> {
                return afternoon(t) ? "p.m." : "a.m.";
            }
            case "am", "pm" -> {
                return afternoon(t) ? "pm" : "am";
            }
            default -> {
            }
        }
        switch (k.toUpperCase(Locale.ROOT)) {
            case "HH", "HH12" -> {
                long h = t.hour() % 12 == 0 ? 12 : t.hour() % 12;
                return zeroPad(h, fm ? 0 : t.hour() >= 0 ? 2 : 3);
            }
            case "HH24" -> {
                return zeroPad(t.hour(), fm ? 0 : t.hour() >= 0 ? 2 : 3);
            }
            case "MI" -> {
                return zeroPad(t.minute(), fm ? 0 : t.minute() >= 0 ? 2 : 3);
            }
            case "SS" -> {
                return zeroPad(t.second(), fm ? 0 : t.second() >= 0 ? 2 : 3);
            }
            case "FF1" -> {
                return zeroPad(t.micros() / 100000, 1);
            }
            case "FF2" -> {
                return zeroPad(t.micros() / 10000, 2);
            }
            case "FF3", "MS" -> {
                return zeroPad(t.micros() / 1000, 3);
            }
            case "FF4" -> {
                return zeroPad(t.micros() / 100, 4);
            }
            case "FF5" -> {
                return zeroPad(t.micros() / 10, 5);
            }
            case "FF6", "US" -> {
                return zeroPad(t.micros(), 6);
            }
            case "SSSS", "SSSSS" -> {
                return Long.toString(t.hour() * 3600 + t.minute() * 60L + t.second());
            }
            case "TZ" -> {
                if (t.interval()) {
                    throw invalidForInterval();
                }
                return t.zone() == null ? null : k.equals("tz") ? t.zone().toLowerCase(Locale.ROOT) : t.zone();
            }
            case "TZH" -> {
                if (t.interval()) {
                    throw invalidForInterval();
                }
                return (t.offsetEast() >= 0 ? "+" : "-") + zeroPad(Math.abs(t.offsetEast()) / 3600, 2);
            }
            case "TZM" -> {
                if (t.interval()) {
                    throw invalidForInterval();
                }
                return zeroPad(Math.abs(t.offsetEast()) % 3600 / 60, 2);
            }
            case "OF" -> {
                if (t.interval()) {
                    throw invalidForInterval();
                }
                int abs = Math.abs(t.offsetEast());
                String text = (t.offsetEast() >= 0 ? "+" : "-") + zeroPad(abs / 3600, fm ? 0 : 2);
                return abs % 3600 != 0 ? text + ":" + zeroPad(abs % 3600 / 60, 2) : text;
            }
            case "A.D.", "B.C." -> {
                if (t.interval()) {
                    throw invalidForInterval();
                }
                return cased(t.year() <= 0 ? "B.C." : "A.D.", k);
            }
            case "AD", "BC" -> {
                if (t.interval()) {
                    throw invalidForInterval();
                }
                return cased(t.year() <= 0 ? "BC" : "AD", k);
            }
            case "MONTH", "MON" -> {
                if (t.interval()) {
                    throw invalidForInterval();
                }
                if (t.month() == 0) {
                    return null;
                }
                String name = MONTHS_FULL[t.month() - 1];
                if (k.length() == 3) {
                    return cased(name.substring(0, 3), k);
                }
                String text = cased(name, k);
                return fm || (n.suffix() & FormatPicture.TM) != 0 ? text : String.format("%-9s", text);
            }
            case "DAY", "DY" -> {
                if (t.interval()) {
                    throw invalidForInterval();
                }
                String name = DAYS[t.weekday()];
                if (k.length() == 2) {
                    return cased(name.substring(0, 3), k);
                }
                String text = cased(name, k);
                return fm || (n.suffix() & FormatPicture.TM) != 0 ? text : String.format("%-9s", text);
            }
            case "MM" -> {
                return zeroPad(t.month(), fm ? 0 : t.month() >= 0 ? 2 : 3);
            }
            case "DDD" -> {
                return zeroPad(t.yearDay(), fm ? 0 : 3);
            }
            case "IDDD" -> {
                return zeroPad(IsoWeeks.isoYearDay(t.year(), t.month(), t.day()), fm ? 0 : 3);
            }
            case "DD" -> {
                return zeroPad(t.day(), fm ? 0 : 2);
            }
            case "D" -> {
                if (t.interval()) {
                    throw invalidForInterval();
                }
                return Integer.toString(t.weekday() + 1);
            }
            case "ID" -> {
                if (t.interval()) {
                    throw invalidForInterval();
                }
                return Integer.toString(t.weekday() == 0 ? 7 : t.weekday());
            }
            case "WW" -> {
                return zeroPad((t.yearDay() - 1) / 7 + 1, fm ? 0 : 2);
            }
            case "IW" -> {
                return zeroPad(IsoWeeks.isoWeek(t.year(), t.month(), t.day()), fm ? 0 : 2);
            }
            case "Q" -> {
                return t.month() == 0 ? null : Integer.toString((t.month() - 1) / 3 + 1);
            }
            case "CC" -> {
                int century;
                if (t.interval()) {
                    century = t.year() / 100;
                } else if (t.year() > 0) {
                    century = (t.year() - 1) / 100 + 1;
                } else {
                    century = t.year() / 100 - 1;
                }
                return century <= 99 && century >= -99 ? zeroPad(century, fm ? 0 : century >= 0 ? 2 : 3)
                        : Integer.toString(century);
            }
            case "Y,YYY" -> {
                int thousands = year / 1000;
                return thousands + "," + zeroPad(year - thousands * 1000, 3);
            }
            case "YYYY", "IYYY" -> {
                int y = k.equalsIgnoreCase("YYYY") ? year : isoYear(t);
                return zeroPad(y, fm ? 0 : year >= 0 ? 4 : 5);
            }
            case "YYY", "IYY" -> {
                int y = k.equalsIgnoreCase("YYY") ? year : isoYear(t);
                return zeroPad(y % 1000, fm ? 0 : year >= 0 ? 3 : 4);
            }
            case "YY", "IY" -> {
                int y = k.equalsIgnoreCase("YY") ? year : isoYear(t);
                return zeroPad(y % 100, fm ? 0 : year >= 0 ? 2 : 3);
            }
            case "Y", "I" -> {
                int y = k.equalsIgnoreCase("Y") ? year : isoYear(t);
                return Integer.toString(y % 10);
            }
            case "RM" -> {
                if (t.month() == 0 && t.year() == 0) {
                    return null;
                }
                int index;
                if (t.month() == 0) {
                    index = t.year() >= 0 ? 0 : 11;
                } else if (t.month() < 0) {
                    index = -1 * (t.month() + 1);
                } else {
                    index = 12 - t.month();
                }
                String text = k.equals("rm") ? ROMAN_MONTHS[index].toLowerCase(Locale.ROOT) : ROMAN_MONTHS[index];
                return fm ? text : String.format("%-4s", text);
            }
            case "W" -> {
                return Integer.toString((t.day() - 1) / 7 + 1);
            }
            case "J" -> {
                return Integer.toString(CalendarFields.julian(t.year(), t.month(), t.day()));
            }
            default -> {
                return null;
            }
        }
    }

    private static int isoYear(Fields t) {
        return adjustYear(IsoWeeks.isoYear(t.year(), t.month(), t.day()), t.interval());
    }

    /** date2isoweek, date2isoyear and date2isoyearday from timestamp.c. */
    static final class IsoWeeks {
        private IsoWeeks() {
        }

        private static int j2day(int julian) {
            return CalendarFields.weekday(julian);
        }

        static int isoWeek(int year, int month, int day) {
            int dayn = CalendarFields.julian(year, month, day);
            int day4 = CalendarFields.julian(year, 1, 4);
            int day0 = j2day(day4 - 1);
            if (dayn < day4 - day0) {
                day4 = CalendarFields.julian(year - 1, 1, 4);
                day0 = j2day(day4 - 1);
            }
            int result = (dayn - (day4 - day0)) / 7 + 1;
            if (result >= 52) {
                day4 = CalendarFields.julian(year + 1, 1, 4);
                day0 = j2day(day4 - 1);
                if (dayn >= day4 - day0) {
                    result = (dayn - (day4 - day0)) / 7 + 1;
                }
            }
            return result;
        }

        static int isoYear(int year, int month, int day) {
            int dayn = CalendarFields.julian(year, month, day);
            int day4 = CalendarFields.julian(year, 1, 4);
            int day0 = j2day(day4 - 1);
            if (dayn < day4 - day0) {
                day4 = CalendarFields.julian(year - 1, 1, 4);
                day0 = j2day(day4 - 1);
                year--;
            }
            int result = (dayn - (day4 - day0)) / 7 + 1;
            if (result >= 52) {
                day4 = CalendarFields.julian(year + 1, 1, 4);
                day0 = j2day(day4 - 1);
                if (dayn >= day4 - day0) {
                    year++;
                }
            }
            return year;
        }

        static int isoYearDay(int year, int month, int day) {
            int isoYear = isoYear(year, month, day);
            int day4 = CalendarFields.julian(isoYear, 1, 4);
            int day0 = j2day(day4 - 1);
            return CalendarFields.julian(year, month, day) - (day4 - day0) + 1;
        }
    }
}
