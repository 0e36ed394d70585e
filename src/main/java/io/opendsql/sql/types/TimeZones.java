package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time zone names as PostgreSQL reads them: tz database names in any case, and POSIX
 * specifications without daylight rules ({@code UTC+3} is three hours <em>west</em> of UTC,
 * {@code <+0330>-03:30} and {@code +05:30} likewise use the POSIX sign).
 */
public final class TimeZones {
    private static final Pattern POSIX = Pattern.compile(
            "(?:[A-Za-z]{3,}|<[A-Za-z0-9+-]+>)?([+-]?)(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?)?");
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
        Matcher posix = POSIX.matcher(name);
        if (!posix.matches()) {
            return Optional.empty();
        }
        int seconds = Integer.parseInt(posix.group(2)) * 3600
                + (posix.group(3) == null ? 0 : Integer.parseInt(posix.group(3)) * 60)
                + (posix.group(4) == null ? 0 : Integer.parseInt(posix.group(4)));
        if (seconds > 24 * 3600) {
            return Optional.empty();
        }
        return Optional.of(ZoneOffset.ofTotalSeconds("-".equals(posix.group(1)) ? seconds : -seconds));
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
