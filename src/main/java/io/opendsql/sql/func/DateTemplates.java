package io.opendsql.sql.func;

import static io.opendsql.sql.types.PgType.DATE;
import static io.opendsql.sql.types.PgType.TEXT;
import static io.opendsql.sql.types.PgType.TIMESTAMPTZ;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.DateTimeSupport;
import io.opendsql.sql.types.PgDate;
import io.opendsql.sql.types.PgTimestampTz;
import java.util.List;
import java.util.Locale;

/**
 * to_timestamp(text, text) and to_date(text, text) for the common template patterns, read as
 * formatting.c reads them outside FX mode: YYYY YYY YY Y, MM, MONTH/Month/month, MON/Mon/mon,
 * DD, DDD, DAY/DY (read and ignored), HH HH12 HH24, MI, SS, MS, US, FF1-FF6, AM/PM (and A.M./P.M.),
 * TZH, TZM, quoted text and separators. Spaces before a field are skipped, a separator in the
 * template skips one non-alphanumeric input character, a numeric field followed directly by
 * another field reads exactly its width, and unset fields default to 0001-01-01 BC 00:00.
 */
final class DateTemplates {
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    private static final String[] DAYS = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday"};
    private static final List<String> KEYWORDS = List.of("A.M.", "P.M.", "HH24", "HH12", "YYYY", "MONTH", "DDD",
        "YYY", "MON", "DAY", "TZH", "TZM", "FF1", "FF2", "FF3", "FF4", "FF5", "FF6", "YY", "MM", "DD", "DY", "HH", "MI",
        "SS", "MS", "US", "AM", "PM", "Y");

    private DateTemplates() {
    }

    static void register(Registry f) {
        f.add("to_date", List.of(TEXT, TEXT), DATE, a -> {
            Parsed p = parse((String) a.get(0), (String) a.get(1));
            p.time((String) a.get(0));
            return DateTimeFunctions.makeDateAstronomical(p.year, p.month, p.day, (String) a.get(0));
        });
        f.add("to_timestamp", List.of(TEXT, TEXT), TIMESTAMPTZ, a -> {
            String input = (String) a.get(0);
            Parsed p = parse(input, (String) a.get(1));
            PgDate date = DateTimeFunctions.makeDateAstronomical(p.year, p.month, p.day, input);
            long local = date.days() * DateTimeSupport.MICROS_PER_DAY + p.time(input);
            if (p.zoneSet) {
                return new PgTimestampTz(check(local - p.zoneEast * 1_000_000L));
            }
            return new PgTimestampTz(check(DateTimeSupport.localToUtc(local, a.context().types().timeZone())));
        });
    }

    private static long check(long micros) {
        if (!DateTimeSupport.isValidTimestamp(micros)) {
            throw DateTimeFunctions.timestampOutOfRange();
        }
        return micros;
    }

    /** The fields read from the input. */
    private static final class Parsed {
        int year;
        int month = 1;
        int day = 1;
        int hour;
        int minute;
        int second;
        long micros;
        boolean twelveHour;
        int meridian = -1;
        boolean zoneSet;
        int zoneEast;
        int zoneHourSign = 1;

        long time(String input) {
            int h = hour;
            if (twelveHour || meridian >= 0) {
                if (h < 1 || h > 12) {
                    throw DsqlException.of(SqlState.INVALID_DATETIME_FORMAT,
                            "hour \"%d\" is invalid for the 12-hour clock", h)
                            .hint("Use the 24-hour clock, or give an hour between 1 and 12.");
                }
                h = h % 12 + (meridian == 1 ? 12 : 0);
            }
            if (h > 24 || minute > 59 || second > 60 || (h == 24 && (minute > 0 || second > 0 || micros > 0))) {
                throw DateTimeFunctions.outOfRange("date/time field value out of range: \"" + input + "\"");
            }
            return ((h * 60L + minute) * 60L + second) * 1_000_000L + micros;
        }
    }

    private static boolean isSeparator(char c) {
        return !Character.isLetterOrDigit(c);
    }

    private static Parsed parse(String input, String template) {
        Parsed p = new Parsed();
        int in = 0;
        int t = 0;
        while (t < template.length()) {
            char c = template.charAt(t);
            String keyword = keywordAt(template, t);
            if (keyword == null) {
                if (c == '"') {
                    int end = template.indexOf('"', t + 1);
                    end = end < 0 ? template.length() : end;
                    in = Math.min(input.length(), in + (end - t - 1));
                    t = end + 1;
                    continue;
                }
                if (!Character.isWhitespace(c) && isSeparator(c)) {
                    while (in < input.length() && Character.isWhitespace(input.charAt(in))) {
                        in++;
                    }
                }
                if (in < input.length() && isSeparator(input.charAt(in)) && (Character.isWhitespace(c)
                        || isSeparator(c))) {
                    in++;
                } else if (in < input.length() && !Character.isWhitespace(c) && !isSeparator(c)) {
                    in++;
                }
                t++;
                continue;
            }
            t += keyword.length();
            while (in < input.length() && Character.isWhitespace(input.charAt(in))) {
                in++;
            }
            if (in >= input.length()) {
                break;
            }
            String upper = keyword.toUpperCase(Locale.ROOT);
            boolean fixedWidth = t < template.length() && keywordAt(template, t) != null;
            switch (upper) {
                case "MONTH", "MON" -> {
                    int[] found = name(input, in, MONTHS, upper.equals("MON"), keyword);
                    p.month = found[0] + 1;
                    in = found[1];
                }
                case "DAY", "DY" -> in = name(input, in, DAYS, upper.equals("DY"), keyword)[1];
                case "AM", "PM", "A.M.", "P.M." -> {
                    String word = input.substring(in, Math.min(input.length(), in + keyword.length()))
                            .toLowerCase(Locale.ROOT);
                    String am = keyword.length() == 2 ? "am" : "a.m.";
                    String pm = keyword.length() == 2 ? "pm" : "p.m.";
                    if (!word.equals(am) && !word.equals(pm)) {
                        throw invalidValue(input.substring(in, Math.min(input.length(), in + keyword.length())),
                                keyword, "The given value did not match any of the allowed values for this field.");
                    }
                    p.meridian = word.equals(pm) ? 1 : 0;
                    in += keyword.length();
                }
                default -> {
                    int width = switch (upper) {
                        case "YYYY", "US" -> upper.equals("US") ? 6 : 4;
                        case "YYY", "DDD", "MS" -> 3;
                        case "Y" -> 1;
                        default -> upper.startsWith("FF") ? upper.charAt(2) - '0' : 2;
                    };
                    int start = in;
                    int end = in;
                    if (end < input.length() && (input.charAt(end) == '-' || input.charAt(end) == '+')
                            && (upper.equals("TZH") || upper.startsWith("Y"))) {
                        end++;
                    }
                    while (end < input.length() && Character.isDigit(input.charAt(end))
                            && (!fixedWidth || end - start < width)) {
                        end++;
                    }
                    String digits = input.substring(start, end);
                    if (digits.isEmpty() || digits.equals("-") || digits.equals("+")) {
                        throw invalidValue(input.substring(start, Math.min(input.length(), start + width)), keyword,
                                "Value must be an integer.");
                    }
                    long value;
                    try {
                        value = Long.parseLong(digits);
                        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
                            throw new NumberFormatException(digits);
                        }
                    } catch (NumberFormatException e) {
                        throw DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW,
                                "value for \"%s\" in source string is out of range", keyword)
                                .detail("Value must be in the range -2147483648 to 2147483647.");
                    }
                    in = end;
                    apply(p, upper, value, digits.length());
                }
            }
        }
        return p;
    }

    private static void apply(Parsed p, String field, long value, int digits) {
        switch (field) {
            case "YYYY" -> p.year = (int) value;
            case "YYY" -> p.year = (int) (digits < 3 ? value + 2000 : value);
            case "YY" -> p.year = (int) (value < 70 ? value + 2000 : value < 100 ? value + 1900 : value);
            case "Y" -> p.year = (int) value + 2000;
            case "MM" -> p.month = (int) value;
            case "DD" -> p.day = (int) value;
            case "DDD" -> {
                p.month = 1;
                p.day = (int) value;
            }
            case "HH", "HH12" -> {
                p.hour = (int) value;
                p.twelveHour = true;
            }
            case "HH24" -> p.hour = (int) value;
            case "MI" -> p.minute = (int) value;
            case "SS" -> p.second = (int) value;
            case "MS" -> p.micros = value * (long) Math.pow(10, 3 - digits) * 1000;
            case "US" -> p.micros = value * (long) Math.pow(10, 6 - digits);
            case "TZH" -> {
                p.zoneSet = true;
                p.zoneHourSign = value < 0 ? -1 : 1;
                p.zoneEast = (int) value * 3600;
            }
            case "TZM" -> {
                p.zoneSet = true;
                p.zoneEast += p.zoneHourSign * (int) value * 60;
            }
            default -> p.micros = value * (long) Math.pow(10, 6 - digits);
        }
    }

    private static DsqlException invalidValue(String value, String keyword, String detail) {
        return DsqlException.of(SqlState.INVALID_DATETIME_FORMAT, "invalid value \"%s\" for \"%s\"", value, keyword)
                .detail(detail);
    }

    /** A month or day name (full, or its first three letters); {index, input position after it}. */
    private static int[] name(String input, int at, String[] names, boolean abbreviated, String keyword) {
        String rest = input.substring(at).toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.length; i++) {
            String candidate = abbreviated ? names[i].substring(0, 3) : names[i];
            if (rest.startsWith(candidate)) {
                return new int[] {i, at + candidate.length()};
            }
        }
        int end = at;
        while (end < input.length() && Character.isLetter(input.charAt(end))) {
            end++;
        }
        String word = input.substring(at, Math.max(end, Math.min(input.length(), at + 1)));
        throw invalidValue(word, keyword, "The given value did not match any of the allowed values for this field.");
    }

    /** The template keyword at this position (longest first), as written, or null. */
    private static String keywordAt(String template, int at) {
        for (String keyword : KEYWORDS) {
            if (template.regionMatches(true, at, keyword, 0, keyword.length())) {
                return template.substring(at, at + keyword.length());
            }
        }
        return null;
    }
}
