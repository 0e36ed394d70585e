package io.opendsql.sql.func;

import java.util.ArrayList;
import java.util.List;

/**
 * A to_char/to_number format string split into nodes as parse_format in formatting.c splits it:
 * keywords (the first in table order that the text starts with), with FM/TM prefixes and TH/th/SP
 * suffixes for date/time keywords, double-quoted literal text (backslash escapes inside), and
 * single characters.
 */
final class FormatPicture {
    private FormatPicture() {
    }

    /** Suffix bits of a date/time keyword. */
    static final int FM = 1;
    static final int TH_UPPER = 2;
    static final int TH_LOWER = 4;
    static final int TM = 8;
    static final int SP = 16;

    /** One node: a keyword (with its suffixes) or literal text. */
    record Node(String keyword, int suffix, String text) {
        boolean isKeyword() {
            return keyword != null;
        }

        boolean fillMode() {
            return (suffix & FM) != 0;
        }

        /** The TH/th suffix, or 0. */
        int ordinal() {
            return suffix & (TH_UPPER | TH_LOWER);
        }
    }

    /** NUM_keywords in their table order. */
    static final List<String> NUMBER_KEYWORDS = List.of(",", ".", "0", "9", "B", "C", "D", "EEEE", "FM", "G", "L",
            "MI", "PL", "PR", "RN", "SG", "SP", "S", "TH", "V", "b", "c", "d", "eeee", "fm", "g", "l", "mi", "pl", "pr",
            "rn", "sg", "sp", "s", "th", "v");

    /** DCH_keywords in their table order. */
    static final List<String> DATETIME_KEYWORDS = List.of("A.D.", "A.M.", "AD", "AM", "B.C.", "BC", "CC", "DAY",
            "DDD", "DD", "DY", "Day", "Dy", "D", "FF1", "FF2", "FF3", "FF4", "FF5", "FF6", "FX", "HH24", "HH12", "HH",
            "IDDD", "ID", "IW", "IYYY", "IYY", "IY", "I", "J", "MI", "MM", "MONTH", "MON", "MS", "Month", "Mon", "OF",
            "P.M.", "PM", "Q", "RM", "SSSSS", "SSSS", "SS", "TZH", "TZM", "TZ", "US", "WW", "W", "Y,YYY", "YYYY", "YYY",
            "YY", "Y", "a.d.", "a.m.", "ad", "am", "b.c.", "bc", "cc", "day", "ddd", "dd", "dy", "d", "ff1", "ff2",
            "ff3", "ff4", "ff5", "ff6", "fx", "hh24", "hh12", "hh", "iddd", "id", "iw", "iyyy", "iyy", "iy", "i", "j",
            "mi", "mm", "month", "mon", "ms", "of", "p.m.", "pm", "q", "rm", "sssss", "ssss", "ss", "tzh", "tzm", "tz",
            "us", "ww", "w", "y,yyy", "yyyy", "yyy", "yy", "y");

    static List<Node> parseNumber(String format) {
        return parse(format, NUMBER_KEYWORDS, false);
    }

    static List<Node> parseDateTime(String format) {
        return parse(format, DATETIME_KEYWORDS, true);
    }

    private static List<Node> parse(String format, List<String> keywords, boolean dateTime) {
        List<Node> nodes = new ArrayList<>();
        int i = 0;
        int n = format.length();
        while (i < n) {
            int suffix = 0;
            if (dateTime) {
                if (format.startsWith("FM", i) || format.startsWith("fm", i)) {
                    suffix |= FM;
                    i += 2;
                } else if (format.startsWith("TM", i) || format.startsWith("tm", i)) {
                    suffix |= TM;
                    i += 2;
                }
            }
            String keyword = i < n ? keywordAt(format, i, keywords) : null;
            if (keyword != null) {
                i += keyword.length();
                if (dateTime && i < n) {
                    if (format.startsWith("TH", i)) {
                        suffix |= TH_UPPER;
                        i += 2;
                    } else if (format.startsWith("th", i)) {
                        suffix |= TH_LOWER;
                        i += 2;
                    } else if (format.startsWith("SP", i)) {
                        suffix |= SP;
                        i += 2;
                    }
                }
                nodes.add(new Node(keyword, suffix, null));
            } else if (i < n) {
                int c = format.codePointAt(i);
                if (c == '"') {
                    i++;
                    while (i < n) {
                        c = format.codePointAt(i);
                        if (c == '"') {
                            i++;
                            break;
                        }
                        if (c == '\\' && i + 1 < n) {
                            i++;
                            c = format.codePointAt(i);
                        }
                        nodes.add(new Node(null, 0, Character.toString(c)));
                        i += Character.charCount(c);
                    }
                } else {
                    if (c == '\\' && i + 1 < n && format.charAt(i + 1) == '"') {
                        i++;
                        c = '"';
                    }
                    nodes.add(new Node(null, 0, Character.toString(c)));
                    i += Character.charCount(c);
                }
            }
        }
        return nodes;
    }

    /** index_seq_search: the first keyword in table order that the text continues with. */
    private static String keywordAt(String format, int i, List<String> keywords) {
        char c = format.charAt(i);
        if (c <= ' ' || c >= 127) {
            return null;
        }
        for (String keyword : keywords) {
            if (keyword.charAt(0) == c && format.startsWith(keyword, i)) {
                return keyword;
            }
        }
        return null;
    }
}
