package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Time zone names as PostgreSQL reads them: tz database names in any case, and POSIX
 * specifications without daylight rules ({@code UTC+3} is three hours <em>west</em> of UTC,
 * {@code <+0330>-03:30} and {@code +05:30} likewise use the POSIX sign).
 */
public final class TimeZones {
    private static final Pattern HOURS = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * A TimeZone setting: the zone and the name SHOW TimeZone prints.
     *
     * @param zone the zone
     * @param shown the setting's canonical text
     */
    public record Setting(ZoneId zone, String shown) {
    }

    private TimeZones() {
    }

    /** A zone name as datetime input and SET TimeZone accept it. */
    public static Optional<ZoneId> lookup(String name) {
        ZoneId named = DateTimeTokens.zone(name);
        if (named != null) {
            return Optional.of(named);
        }
        return posix(name);
    }

    /**
     * PostgreSQL's tzparse for a POSIX zone without daylight rules: a name (anything up to a digit,
     * sign or comma, or {@code <...>}; PostgreSQL allows it to be empty) and an offset
     * {@code [+-]hh[:mm[:ss]]}, west positive. Offsets beyond the JDK's ±18:00 are not supported.
     */
    private static Optional<ZoneId> posix(String name) {
        int i = 0;
        int n = name.length();
        if (i < n && name.charAt(i) == '<') {
            i = name.indexOf('>');
            if (i < 0) {
                return Optional.empty();
            }
            i++;
        } else {
            while (i < n && !Character.isDigit(name.charAt(i)) && "+-,".indexOf(name.charAt(i)) < 0) {
                i++;
            }
        }
        if (i >= n) {
            return Optional.empty();
        }
        boolean east = false;
        if (name.charAt(i) == '+' || name.charAt(i) == '-') {
            east = name.charAt(i) == '-';
            i++;
        }
        int[] pos = {i};
        int hours = number(name, pos, 167);
        int minutes = 0;
        int seconds = 0;
        if (hours >= 0 && pos[0] < n && name.charAt(pos[0]) == ':') {
            pos[0]++;
            minutes = number(name, pos, 59);
            if (minutes >= 0 && pos[0] < n && name.charAt(pos[0]) == ':') {
                pos[0]++;
                seconds = number(name, pos, 60);
            }
        }
        if (hours < 0 || minutes < 0 || seconds < 0 || pos[0] != n) {
            return Optional.empty();
        }
        int total = hours * 3600 + minutes * 60 + seconds;
        if (total > 18 * 3600) {
            return Optional.empty();
        }
        return Optional.of(ZoneOffset.ofTotalSeconds(east ? total : -total));
    }

    private static int number(String text, int[] pos, int max) {
        int i = pos[0];
        long value = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            value = Math.min(value * 10 + (text.charAt(i) - '0'), Integer.MAX_VALUE);
            i++;
        }
        if (i == pos[0] || value > max) {
            return -1;
        }
        pos[0] = i;
        return (int) value;
    }

    /**
     * Reads a TimeZone setting: a number of hours east of UTC (SQL sign convention), or a zone name.
     *
     * @throws DsqlException 22023 for an unknown zone
     */
    public static Setting parseSetting(String value) {
        String trimmed = value.trim();
        if (HOURS.matcher(trimmed).matches()) {
            double hours = Double.parseDouble(trimmed);
            int seconds = (int) Math.round(hours * 3600);
            if (Math.abs(seconds) <= 15 * 3600 + 59 * 60 + 59) {
                return new Setting(ZoneOffset.ofTotalSeconds(seconds), offsetName(seconds));
            }
        } else {
            ZoneId named = DateTimeTokens.zone(trimmed);
            if (named != null) {
                return new Setting(named, named instanceof ZoneOffset ? trimmed.toUpperCase(java.util.Locale.ROOT)
                        : named.getId());
            }
            Optional<ZoneId> posix = lookup(trimmed);
            if (posix.isPresent()) {
                return new Setting(posix.get(), trimmed);
            }
        }
        throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"TimeZone\": \"%s\"",
                value);
    }

    /** pg_tzset_offset's name for a fixed offset, e.g. {@code <+05>-05} or {@code <-03:30>+03:30}. */
    private static String offsetName(int secondsEast) {
        return "<" + signed(secondsEast) + ">" + signed(-secondsEast);
    }

    private static String signed(int seconds) {
        int abs = Math.abs(seconds);
        StringBuilder out = new StringBuilder(seconds < 0 ? "-" : "+");
        out.append(String.format("%02d", abs / 3600));
        if (abs % 3600 != 0) {
            out.append(String.format(":%02d", (abs / 60) % 60));
            if (abs % 60 != 0) {
                out.append(String.format(":%02d", abs % 60));
            }
        }
        return out.toString();
    }
}
