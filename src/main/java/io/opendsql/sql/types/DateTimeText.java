package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.DateTimeParser.DecodeException;
import io.opendsql.sql.types.DateTimeParser.Result;
import io.opendsql.sql.types.DateTimeTokens.Special;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Text input and output of date, time, timetz, timestamp and timestamptz. */
final class DateTimeText {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};
    private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final long[] SCALES = {1_000_000, 100_000, 10_000, 1000, 100, 10, 1};

    private DateTimeText() {
    }

    private static Result decode(String input, TypeContext context, boolean timeOnly, String typeName) {
        try {
            List<DateTimeParser.Field> fields = DateTimeTokenizer.tokenize(input);
            if (fields.isEmpty()) {
                throw new DecodeException(DateTimeParser.Failure.BAD_FORMAT);
            }
            return DateTimeParser.decode(fields, context, timeOnly);
        } catch (DecodeException e) {
            throw DateTimeParser.error(e.failure, input, typeName);
        }
    }

    static PgDate parseDate(String input, TypeContext context) {
        Result r = decode(input, context, false, "date");
        if (r.special != null) {
            switch (r.special) {
                case EPOCH -> {
                    return new PgDate(-(int) Julian.EPOCH_DAY_2000);
                }
                case INFINITY -> {
                    return PgDate.POSITIVE_INFINITY;
                }
                case NEGATIVE_INFINITY -> {
                    return PgDate.NEGATIVE_INFINITY;
                }
                default -> { }
            }
        }
        if (!Julian.isValidJulian(r.year, r.month)) {
            throw DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range: \"%s\"", input);
        }
        long days = (long) Julian.date2j(r.year, r.month, r.day) - Julian.POSTGRES_EPOCH_JDATE;
        if (!Julian.isValidDate(days)) {
            throw DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range: \"%s\"", input);
        }
        return new PgDate((int) days);
    }

    static PgTimestamp parseTimestamp(String input, TypeContext context, int typmod) {
        Result r = decode(input, context, false, "timestamp");
        if (r.special != null) {
            switch (r.special) {
                case EPOCH -> {
                    return new PgTimestamp(-Julian.EPOCH_SECOND_2000 * 1_000_000L);
                }
                case INFINITY -> {
                    return PgTimestamp.POSITIVE_INFINITY;
                }
                case NEGATIVE_INFINITY -> {
                    return PgTimestamp.NEGATIVE_INFINITY;
                }
                default -> { }
            }
        }
        long micros = toMicros(r, 0, input);
        return new PgTimestamp(roundTimestamp(micros, typmod, input));
    }

    static PgTimestampTz parseTimestampTz(String input, TypeContext context, int typmod) {
        Result r = decode(input, context, false, "timestamp with time zone");
        if (r.special != null) {
            switch (r.special) {
                case EPOCH -> {
                    return new PgTimestampTz(-Julian.EPOCH_SECOND_2000 * 1_000_000L);
                }
                case INFINITY -> {
                    return PgTimestampTz.POSITIVE_INFINITY;
                }
                case NEGATIVE_INFINITY -> {
                    return PgTimestampTz.NEGATIVE_INFINITY;
                }
                default -> { }
            }
        }
        int zoneWest;
        if (r.zoneWest != null) {
            zoneWest = r.zoneWest;
        } else {
            if (!Julian.isValidJulian(r.year, r.month)) {
                throw timestampOutOfRange(input);
            }
            zoneWest = DateTimeParser.zoneOffsetWest(r, context.timeZone());
        }
        long micros = toMicros(r, zoneWest, input);
        return new PgTimestampTz(roundTimestamp(micros, typmod, input));
    }

    private static DsqlException timestampOutOfRange(String input) {
        return DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range: \"%s\"", input);
    }

    /** tm2timestamp with dt2local: the local fields plus the zone's west offset. */
    private static long toMicros(Result r, int zoneWest, String input) {
        if (!Julian.isValidJulian(r.year, r.month)) {
            throw timestampOutOfRange(input);
        }
        long date = (long) Julian.date2j(r.year, r.month, r.day) - Julian.POSTGRES_EPOCH_JDATE;
        long time = ((r.hour * 60L + r.minute) * 60 + r.second) * 1_000_000L + r.fsec;
        long result;
        try {
            result = Math.addExact(Math.multiplyExact(date, Julian.MICROS_PER_DAY), time);
            result = Math.addExact(result, zoneWest * 1_000_000L);
        } catch (ArithmeticException e) {
            throw timestampOutOfRange(input);
        }
        if (!Julian.isValidTimestamp(result)) {
            throw timestampOutOfRange(input);
        }
        return result;
    }

    /** AdjustTimestampForTypmod: round to the declared fractional digits, half away from zero. */
    static long roundTimestamp(long micros, int typmod, String input) {
        if (typmod < 0 || typmod >= 6 || micros == Long.MIN_VALUE || micros == Long.MAX_VALUE) {
            return micros;
        }
        long scale = SCALES[typmod];
        long offset = scale / 2;
        long rounded = micros >= 0 ? ((micros + offset) / scale) * scale : -((((-micros) + offset) / scale) * scale);
        if (!Julian.isValidTimestamp(rounded)) {
            throw input == null ? DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range")
                    : timestampOutOfRange(input);
        }
        return rounded;
    }

    /** AdjustTimeForTypmod. */
    static long roundTime(long micros, int typmod) {
        if (typmod < 0 || typmod >= 6) {
            return micros;
        }
        long scale = SCALES[typmod];
        return ((micros + scale / 2) / scale) * scale;
    }

    static PgTime parseTime(String input, TypeContext context, int typmod) {
        Result r = decode(input, context, true, "time");
        long micros = ((r.hour * 60L + r.minute) * 60 + r.second) * 1_000_000L + r.fsec;
        return new PgTime(roundTime(micros, typmod));
    }

    static PgTimeTz parseTimeTz(String input, TypeContext context, int typmod) {
        Result r = decode(input, context, true, "time with time zone");
        long micros = ((r.hour * 60L + r.minute) * 60 + r.second) * 1_000_000L + r.fsec;
        return new PgTimeTz(roundTime(micros, typmod), -r.zoneWest);
    }

    // ---- output ----

    static String formatDate(PgDate date, DateStyle style) {
        if (date.days() == Integer.MIN_VALUE) {
            return "-infinity";
        }
        if (date.days() == Integer.MAX_VALUE) {
            return "infinity";
        }
        int[] ymd = Julian.j2date(date.days() + Julian.POSTGRES_EPOCH_JDATE);
        StringBuilder out = new StringBuilder(16);
        appendDate(out, ymd[0], ymd[1], ymd[2], style);
        if (ymd[0] <= 0) {
            out.append(" BC");
        }
        return out.toString();
    }

    private static void appendDate(StringBuilder out, int year, int month, int day, DateStyle style) {
        int displayYear = year > 0 ? year : -(year - 1);
        switch (style.format()) {
            case ISO -> {
                pad(out, displayYear, 4).append('-');
                pad(out, month, 2).append('-');
                pad(out, day, 2);
            }
            case SQL -> {
                if (style.order() == DateStyle.Order.DMY) {
                    pad(out, day, 2).append('/');
                    pad(out, month, 2);
                } else {
                    pad(out, month, 2).append('/');
                    pad(out, day, 2);
                }
                out.append('/');
                pad(out, displayYear, 4);
            }
            case GERMAN -> {
                pad(out, day, 2).append('.');
                pad(out, month, 2).append('.');
                pad(out, displayYear, 4);
            }
            case POSTGRES -> {
                if (style.order() == DateStyle.Order.DMY) {
                    pad(out, day, 2).append('-');
                    pad(out, month, 2);
                } else {
                    pad(out, month, 2).append('-');
                    pad(out, day, 2);
                }
                out.append('-');
                pad(out, displayYear, 4);
            }
        }
    }

    private static StringBuilder pad(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    /** hh:mm:ss[.ffffff] with trailing fractional zeros dropped. */
    static void appendTime(StringBuilder out, long micros) {
        long seconds = micros / 1_000_000L;
        long fraction = micros % 1_000_000L;
        pad(out, seconds / 3600, 2).append(':');
        pad(out, (seconds / 60) % 60, 2).append(':');
        pad(out, seconds % 60, 2);
        appendFraction(out, fraction);
    }

    static void appendFraction(StringBuilder out, long fraction) {
        if (fraction == 0) {
            return;
        }
        String digits = Long.toString(fraction);
        StringBuilder frac = new StringBuilder("000000".substring(digits.length())).append(digits);
        int end = frac.length();
        while (end > 0 && frac.charAt(end - 1) == '0') {
            end--;
        }
        out.append('.').append(frac, 0, end);
    }

    /** EncodeTimezone: +hh, +hh:mm or +hh:mm:ss for an offset east in seconds. */
    static void appendOffset(StringBuilder out, int offsetEast) {
        int abs = Math.abs(offsetEast);
        out.append(offsetEast < 0 ? '-' : '+');
        pad(out, abs / 3600, 2);
        int minutes = (abs / 60) % 60;
        int seconds = abs % 60;
        if (minutes != 0 || seconds != 0) {
            out.append(':');
            pad(out, minutes, 2);
            if (seconds != 0) {
                out.append(':');
                pad(out, seconds, 2);
            }
        }
    }

    static String formatTime(PgTime time) {
        StringBuilder out = new StringBuilder(15);
        appendTime(out, time.micros());
        return out.toString();
    }

    static String formatTimeTz(PgTimeTz time) {
        StringBuilder out = new StringBuilder(24);
        appendTime(out, time.micros());
        appendOffset(out, time.offsetSeconds());
        return out.toString();
    }

    static String formatTimestamp(PgTimestamp timestamp, DateStyle style) {
        if (timestamp.micros() == Long.MIN_VALUE) {
            return "-infinity";
        }
        if (timestamp.micros() == Long.MAX_VALUE) {
            return "infinity";
        }
        return formatLocal(timestamp.micros(), null, null, style);
    }

    static String formatTimestampTz(PgTimestampTz timestamp, TypeContext context) {
        if (timestamp.micros() == Long.MIN_VALUE) {
            return "-infinity";
        }
        if (timestamp.micros() == Long.MAX_VALUE) {
            return "infinity";
        }
        int offset = offsetAt(timestamp.micros(), context.timeZone());
        String label = context.dateStyle().format() == DateStyle.Format.ISO ? null
                : ZoneAbbreviations.at(timestamp.micros(), offset, context.timeZone());
        return formatLocal(timestamp.micros() + offset * 1_000_000L, offset, label, context.dateStyle());
    }

    /** The zone's UTC offset (east, seconds) at an instant given as microseconds since 2000. */
    static int offsetAt(long micros, ZoneId zone) {
        Instant instant = Instant.ofEpochSecond(Julian.EPOCH_SECOND_2000 + Math.floorDiv(micros, 1_000_000L));
        return zone.getRules().getOffset(instant).getTotalSeconds();
    }

    private static String formatLocal(long localMicros, Integer offsetEast, String zoneLabel, DateStyle style) {
        long days = Math.floorDiv(localMicros, Julian.MICROS_PER_DAY);
        long time = Math.floorMod(localMicros, Julian.MICROS_PER_DAY);
        int[] ymd = Julian.j2date((int) (days + Julian.POSTGRES_EPOCH_JDATE));
        StringBuilder out = new StringBuilder(40);
        switch (style.format()) {
            case ISO, SQL, GERMAN -> {
                appendDate(out, ymd[0], ymd[1], ymd[2], style);
                out.append(' ');
                appendTime(out, time);
                if (offsetEast != null) {
                    if (style.format() == DateStyle.Format.ISO) {
                        appendOffset(out, offsetEast);
                    } else {
                        out.append(' ').append(zoneLabel);
                    }
                }
            }
            case POSTGRES -> {
                int dayOfWeek = (int) Math.floorMod(days + 6, 7); // 2000-01-01 was a Saturday
                out.append(DAYS[dayOfWeek]).append(' ');
                if (style.order() == DateStyle.Order.DMY) {
                    pad(out, ymd[2], 2).append(' ').append(MONTHS[ymd[1] - 1]);
                } else {
                    out.append(MONTHS[ymd[1] - 1]).append(' ');
                    pad(out, ymd[2], 2);
                }
                out.append(' ');
                appendTime(out, time);
                out.append(' ');
                pad(out, ymd[0] > 0 ? ymd[0] : -(ymd[0] - 1), 4);
                if (offsetEast != null) {
                    out.append(' ').append(zoneLabel);
                }
            }
        }
        if (ymd[0] <= 0) {
            out.append(" BC");
        }
        return out.toString();
    }


}
