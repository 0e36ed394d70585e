package io.opendsql.sql.types;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The keyword table of PostgreSQL's datetime input (datetktbl) and the default time zone abbreviations. */
final class DateTimeTokens {
    enum Kind { RESERVED, MONTH, DAY_OF_WEEK, AM_PM, AD_BC, UNITS, ISO_TIME, IGNORE, DST_MODIFIER, ZONE, DST_ZONE }

    enum Special { EPOCH, INFINITY, NEGATIVE_INFINITY, NOW, TODAY, TOMORROW, YESTERDAY, ALLBALLS }

    record Token(Kind kind, int value, Special special) {
    }

    static final int AM = 0;
    static final int PM = 1;
    static final int BC = 1;
    /** Field labels ("prefix types"): the number after "y2024", "m01" or "t" is that field. */
    static final int UNIT_ISO_TIME = 1;
    static final int UNIT_YEAR = 2;
    static final int UNIT_MONTH = 3;
    static final int UNIT_DAY = 4;
    static final int UNIT_HOUR = 5;
    static final int UNIT_MINUTE = 6;
    static final int UNIT_SECOND = 7;
    static final int UNIT_JULIAN = 8;

    private static final Map<String, Token> KEYWORDS = new HashMap<>();
    private static final Map<String, Token> ABBREVIATIONS = new HashMap<>();
    private static final Map<String, ZoneId> ZONES = new HashMap<>();

    static {
        special("-infinity", Special.NEGATIVE_INFINITY);
        special("infinity", Special.INFINITY);
        special("epoch", Special.EPOCH);
        special("now", Special.NOW);
        special("today", Special.TODAY);
        special("tomorrow", Special.TOMORROW);
        special("yesterday", Special.YESTERDAY);
        special("allballs", Special.ALLBALLS);
        put("ad", Kind.AD_BC, 0);
        put("bc", Kind.AD_BC, BC);
        put("am", Kind.AM_PM, AM);
        put("pm", Kind.AM_PM, PM);
        put("at", Kind.IGNORE, 0);
        put("on", Kind.IGNORE, 0);
        put("t", Kind.ISO_TIME, 0);
        put("dst", Kind.DST_MODIFIER, 3600);
        put("j", Kind.UNITS, UNIT_JULIAN);
        put("jd", Kind.UNITS, UNIT_JULIAN);
        put("julian", Kind.UNITS, UNIT_JULIAN);
        put("y", Kind.UNITS, UNIT_YEAR);
        put("m", Kind.UNITS, UNIT_MONTH);
        put("d", Kind.UNITS, UNIT_DAY);
        put("h", Kind.UNITS, UNIT_HOUR);
        put("mm", Kind.UNITS, UNIT_MINUTE);
        put("s", Kind.UNITS, UNIT_SECOND);
        String[][] months = {{"jan", "january"}, {"feb", "february"}, {"mar", "march"}, {"apr", "april"},
                {"may"}, {"jun", "june"}, {"jul", "july"}, {"aug", "august"}, {"sep", "sept", "september"},
                {"oct", "october"}, {"nov", "november"}, {"dec", "december"}};
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m]) {
                put(name, Kind.MONTH, m + 1);
            }
        }
        String[][] days = {{"sun", "sunday"}, {"mon", "monday"}, {"tue", "tues", "tuesday"},
                {"wed", "weds", "wednesday"}, {"thu", "thur", "thurs", "thursday"}, {"fri", "friday"},
                {"sat", "saturday"}};
        for (int d = 0; d < days.length; d++) {
            for (String name : days[d]) {
                put(name, Kind.DAY_OF_WEEK, d);
            }
        }
        // a subset of PostgreSQL's "Default" timezone_abbreviations: name, offset east in seconds, dst
        Object[][] zones = {
                {"utc", 0, false}, {"ut", 0, false}, {"gmt", 0, false}, {"z", 0, false}, {"zulu", 0, false},
                {"est", -5 * 3600, false}, {"edt", -4 * 3600, true}, {"cst", -6 * 3600, false},
                {"cdt", -5 * 3600, true}, {"mst", -7 * 3600, false}, {"mdt", -6 * 3600, true},
                {"pst", -8 * 3600, false}, {"pdt", -7 * 3600, true}, {"akst", -9 * 3600, false},
                {"akdt", -8 * 3600, true}, {"hst", -10 * 3600, false}, {"ast", -4 * 3600, false},
                {"adt", -3 * 3600, true}, {"nst", -(3 * 3600 + 1800), false}, {"ndt", -(2 * 3600 + 1800), true},
                {"wet", 0, false}, {"west", 3600, true}, {"bst", 3600, true}, {"cet", 3600, false},
                {"cest", 7200, true}, {"met", 3600, false}, {"mest", 7200, true}, {"eet", 7200, false},
                {"eest", 3 * 3600, true}, {"msk", 3 * 3600, false}, {"ist", 7200, false},
                {"jst", 9 * 3600, false}, {"kst", 9 * 3600, false}, {"hkt", 8 * 3600, false},
                {"sgt", 8 * 3600, false}, {"awst", 8 * 3600, false}, {"acst", 9 * 3600 + 1800, false},
                {"acdt", 10 * 3600 + 1800, true}, {"aest", 10 * 3600, false}, {"aedt", 11 * 3600, true},
                {"nzst", 12 * 3600, false}, {"nzdt", 13 * 3600, true}};
        for (Object[] zone : zones) {
            ABBREVIATIONS.put((String) zone[0], new Token((Boolean) zone[2] ? Kind.DST_ZONE : Kind.ZONE,
                    (Integer) zone[1], null));
        }
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZONES.put(id.toLowerCase(Locale.ROOT), ZoneId.of(id));
        }
        ZONES.put("utc", java.time.ZoneOffset.UTC);
        // tzdata's fixed-offset zones that the JDK lists only as short ids
        ZONES.putIfAbsent("est", java.time.ZoneOffset.ofHours(-5));
        ZONES.putIfAbsent("mst", java.time.ZoneOffset.ofHours(-7));
        ZONES.putIfAbsent("hst", java.time.ZoneOffset.ofHours(-10));
    }

    private DateTimeTokens() {
    }

    private static void special(String name, Special special) {
        KEYWORDS.put(name, new Token(Kind.RESERVED, 0, special));
    }

    private static void put(String name, Kind kind, int value) {
        KEYWORDS.put(name, new Token(kind, value, null));
    }

    /** A keyword of the datetime token table (lower case), or null. */
    static Token keyword(String lower) {
        return KEYWORDS.get(lower);
    }

    /** A time zone abbreviation (lower case), or null. */
    static Token abbreviation(String lower) {
        return ABBREVIATIONS.get(lower);
    }

    /** A full time zone name, case-insensitively, or null. */
    static ZoneId zone(String name) {
        ZoneId zone = ZONES.get(name.toLowerCase(Locale.ROOT));
        if (zone != null) {
            return zone;
        }
        return null;
    }
}
