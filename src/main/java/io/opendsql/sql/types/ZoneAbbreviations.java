package io.opendsql.sql.types;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The zone abbreviation the SQL, Postgres and German DateStyles print after a timestamptz: tzdata's
 * abbreviation (EST, CEST, IST...), "LMT" before a zone's first transition, and tzdata's numeric
 * form (+0545, -03) for zones whose abbreviations are numeric. Java's zone names are used only
 * where they are tzdata's alphabetic abbreviations.
 */
final class ZoneAbbreviations {
    private static final Set<String> TZDATA_ALPHABETIC = Set.of(
            "UTC", "GMT", "BST", "IST", "WET", "WEST", "CET", "CEST", "MET", "MEST", "EET", "EEST", "MSK",
            "SAST", "CAT", "EAT", "WAT", "IDT", "PKT", "JST", "KST", "HKT", "WIB", "WITA", "WIT",
            "AWST", "ACST", "ACDT", "AEST", "AEDT", "NZST", "NZDT", "ChST", "SST", "HST", "HDT",
            "AKST", "AKDT", "PST", "PDT", "MST", "MDT", "CST", "CDT", "EST", "EDT", "AST", "ADT", "NST", "NDT");
    private static final DateTimeFormatter SHORT_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);

    private ZoneAbbreviations() {
    }

    static String at(long micros, int offsetEast, ZoneId zone) {
        if (zone.equals(ZoneOffset.UTC) || zone.getId().equals("UTC") || zone.getId().equals("Etc/UTC")) {
            return "UTC";
        }
        Instant instant = Instant.ofEpochSecond(Julian.EPOCH_SECOND_2000 + Math.floorDiv(micros, 1_000_000L));
        if (!(zone instanceof ZoneOffset)) {
            ZoneRules rules = zone.getRules();
            List<ZoneOffsetTransition> transitions = rules.getTransitions();
            if (!transitions.isEmpty() && instant.isBefore(transitions.get(0).getInstant())) {
                return "LMT";
            }
            String name = SHORT_NAME.format(instant.atZone(zone));
            if (TZDATA_ALPHABETIC.contains(name)) {
                return name;
            }
        }
        return numeric(offsetEast);
    }

    /** tzdata's numeric abbreviations: +04, -03, +0545, +053028. */
    private static String numeric(int offsetEast) {
        int abs = Math.abs(offsetEast);
        StringBuilder out = new StringBuilder(offsetEast < 0 ? "-" : "+");
        out.append(String.format("%02d", abs / 3600));
        int minutes = (abs / 60) % 60;
        int seconds = abs % 60;
        if (minutes != 0 || seconds != 0) {
            out.append(String.format("%02d", minutes));
        }
        if (seconds != 0) {
            out.append(String.format("%02d", seconds));
        }
        return out.toString();
    }
}
