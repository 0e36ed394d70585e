package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.DateTimeTokens.Kind;
import io.opendsql.sql.types.DateTimeTokens.Special;
import io.opendsql.sql.types.DateTimeTokens.Token;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's datetime input: ParseDateTime splits the text into typed fields, and
 * DecodeDateTime / DecodeTimeOnly assign them to year, month, day, time and zone, with the same
 * field-order heuristics (DateStyle's order for ambiguous dates) and the same errors.
 */
final class DateTimeParser {
    enum FieldType { NUMBER, STRING, DATE, TIME, TZ, SPECIAL }

    record Field(String text, FieldType type) {
    }

    /** Why decoding failed; turned into PostgreSQL's error for the type being read. */
    enum Failure { BAD_FORMAT, FIELD_OVERFLOW, MD_FIELD_OVERFLOW, TZDISP_OVERFLOW }

    static final class DecodeException extends RuntimeException {
        final Failure failure;

        DecodeException(Failure failure) {
            super(failure.name(), null, false, false);
            this.failure = failure;
        }
    }

    static final int YEAR = 1 << 1;
    static final int MONTH = 1 << 2;
    static final int DAY = 1 << 3;
    static final int HOUR = 1 << 4;
    static final int MINUTE = 1 << 5;
    static final int SECOND = 1 << 6;
    static final int TZ = 1 << 7;
    static final int DTZMOD = 1 << 8;
    static final int AMPM = 1 << 9;
    static final int ADBC = 1 << 10;
    static final int DOW = 1 << 11;
    static final int DOY = 1 << 12;
    static final int RESERVED = 1 << 13;
    static final int DATE_M = YEAR | MONTH | DAY;
    static final int TIME_M = HOUR | MINUTE | SECOND;

    /** The decoded fields (PostgreSQL's struct pg_tm plus fsec, tz and the special value). */
    static final class Result {
        int year;
        int month;
        int day;
        int hour;
        int minute;
        int second;
        long fsec;
        int dayOfYear;
        /** seconds west of UTC when a zone was given or determined, else null. */
        Integer zoneWest;
        ZoneId namedZone;
        Special special;
        int mask;
        DateStyle.Order order = DateStyle.Order.MDY;
    }

    private DateTimeParser() {
    }

    static DsqlException error(Failure failure, String input, String typeName) {
        return switch (failure) {
            case FIELD_OVERFLOW -> DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW,
                    "date/time field value out of range: \"%s\"", input);
            case MD_FIELD_OVERFLOW -> DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW,
                    "date/time field value out of range: \"%s\"", input)
                    .hint("Perhaps you need a different \"datestyle\" setting.");
            case TZDISP_OVERFLOW -> DsqlException.of(SqlState.INVALID_TIME_ZONE_DISPLACEMENT_VALUE,
                    "time zone displacement out of range: \"%s\"", input);
            case BAD_FORMAT -> DsqlException.of(SqlState.INVALID_DATETIME_FORMAT,
                    "invalid input syntax for type %s: \"%s\"", typeName, input);
        };
    }

    /** DecodeDateTime (timeOnly false) or DecodeTimeOnly (true). */
    static Result decode(List<Field> fields, TypeContext context, boolean timeOnly) {
        Result r = new Result();
        r.order = context.dateStyle().order();
        int fmask = 0;
        boolean haveTextMonth = false;
        boolean[] is2digits = {false};
        boolean bc = false;
        int meridian = -1;
        int ptype = 0; // the label of the next number: DateTimeTokens.UNIT_*
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            String text = field.text;
            int tmask = 0;
            switch (field.type) {
                case DATE -> {
                    if (timeOnly) {
                        tmask = timeOnlyDateField(fields, i, text, fmask, r, is2digits);
                    } else if (ptype != 0 || (fmask & (MONTH | DAY)) == (MONTH | DAY)) {
                        if (DateTimeTokenizer.isDigit(text.charAt(0)) || ptype != 0) {
                            if (ptype != 0 && ptype != DateTimeTokens.UNIT_ISO_TIME) {
                                throw new DecodeException(Failure.BAD_FORMAT);
                            }
                            ptype = 0;
                            if ((fmask & TIME_M) == TIME_M) {
                                throw new DecodeException(Failure.BAD_FORMAT);
                            }
                            int dash = text.indexOf('-');
                            if (dash < 0) {
                                throw new DecodeException(Failure.BAD_FORMAT);
                            }
                            r.zoneWest = decodeTimezone(text.substring(dash));
                            tmask = DateFields.decodeNumberField(text.substring(0, dash), fmask, r, is2digits) | TZ;
                        } else {
                            r.namedZone = namedZone(text);
                            tmask = TZ;
                        }
                    } else {
                        tmask = DateFields.decodeDate(text, fmask, r, is2digits);
                    }
                }
                case TIME -> {
                    // DecodeTimeOnly ignores a pending label here and checks the range only at the end
                    if (!timeOnly) {
                        if (ptype != 0 && ptype != DateTimeTokens.UNIT_ISO_TIME) {
                            throw new DecodeException(Failure.BAD_FORMAT);
                        }
                        ptype = 0;
                    }
                    tmask = decodeTime(text, r);
                    if (!timeOnly && timeOverflows(r)) {
                        throw new DecodeException(Failure.FIELD_OVERFLOW);
                    }
                }
                case TZ -> {
                    r.zoneWest = decodeTimezone(text);
                    tmask = TZ;
                }
                case NUMBER -> {
                    if (ptype != 0) {
                        tmask = labelledNumber(text, ptype, fmask, r, is2digits);
                        ptype = 0;
                        break;
                    }
                    int dot = text.indexOf('.');
                    int length = text.length();
                    if (timeOnly) {
                        if (dot >= 0 || length >= 6) {
                            tmask = DateFields.decodeNumberField(text, fmask | DATE_M, r, is2digits);
                        } else {
                            tmask = DateFields.decodeNumber(text, false, fmask | DATE_M, r, is2digits);
                        }
                    } else if (dot >= 0 && (fmask & DATE_M) == 0) {
                        tmask = DateFields.decodeDate(text, fmask, r, is2digits);
                    } else if (dot >= 0 && dot > 2) {
                        tmask = DateFields.decodeNumberField(text, fmask, r, is2digits);
                    } else if (length >= 6 && ((fmask & DATE_M) == 0 || (fmask & TIME_M) == 0)) {
                        tmask = DateFields.decodeNumberField(text, fmask, r, is2digits);
                    } else {
                        tmask = DateFields.decodeNumber(text, haveTextMonth, fmask, r, is2digits);
                    }
                }
                case STRING, SPECIAL -> {
                    Token token = DateTimeTokens.abbreviation(text);
                    if (token == null) {
                        token = DateTimeTokens.keyword(text);
                    }
                    if (token == null) {
                        ZoneId zone = field.type == FieldType.STRING ? TimeZones.lookup(text).orElse(null) : null;
                        if (zone == null) {
                            throw new DecodeException(Failure.BAD_FORMAT);
                        }
                        r.namedZone = zone;
                        tmask = TZ;
                        break;
                    }
                    switch (token.kind()) {
                        case IGNORE -> {
                            continue;
                        }
                        case RESERVED -> tmask = special(token.special(), r, context, timeOnly);
                        case MONTH -> {
                            tmask = MONTH;
                            if ((fmask & MONTH) != 0 && !haveTextMonth && (fmask & DAY) == 0
                                    && r.month >= 1 && r.month <= 31) {
                                r.day = r.month;
                                tmask = DAY;
                            }
                            haveTextMonth = true;
                            r.month = token.value();
                        }
                        case DST_MODIFIER -> {
                            tmask = DTZMOD;
                            if (r.zoneWest == null) {
                                throw new DecodeException(Failure.BAD_FORMAT);
                            }
                            r.zoneWest -= token.value();
                        }
                        case DST_ZONE, ZONE -> {
                            tmask = TZ;
                            r.zoneWest = -token.value();
                        }
                        case AM_PM -> {
                            tmask = AMPM;
                            meridian = token.value();
                        }
                        case AD_BC -> {
                            tmask = ADBC;
                            bc = token.value() == DateTimeTokens.BC;
                        }
                        case DAY_OF_WEEK -> tmask = DOW;
                        case UNITS -> {
                            if (ptype != 0 || token.value() == DateTimeTokens.UNIT_JULIAN) {
                                throw new DecodeException(Failure.BAD_FORMAT);
                            }
                            ptype = token.value();
                        }
                        case ISO_TIME -> {
                            if (!timeOnly && (fmask & DATE_M) != DATE_M) {
                                throw new DecodeException(Failure.BAD_FORMAT);
                            }
                            if (i >= fields.size() - 1 || (fields.get(i + 1).type != FieldType.NUMBER
                                    && fields.get(i + 1).type != FieldType.TIME
                                    && fields.get(i + 1).type != FieldType.DATE)) {
                                throw new DecodeException(Failure.BAD_FORMAT);
                            }
                            ptype = DateTimeTokens.UNIT_ISO_TIME;
                        }
                    }
                }
            }
            if ((tmask & fmask) != 0) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
            fmask |= tmask;
        }
        DateFields.validateDate(fmask, is2digits[0], bc, r);
        if (meridian >= 0 && r.hour > 12) {
            throw new DecodeException(Failure.FIELD_OVERFLOW);
        }
        if (meridian == DateTimeTokens.AM && r.hour == 12) {
            r.hour = 0;
        } else if (meridian == DateTimeTokens.PM && r.hour != 12) {
            r.hour += 12;
        }
        r.mask = fmask;
        if (timeOnly) {
            finishTimeOnly(r, fmask, context);
        } else if (r.special == null || r.special == Special.TODAY || r.special == Special.TOMORROW
                || r.special == Special.YESTERDAY || r.special == Special.NOW || r.special == Special.ALLBALLS) {
            if ((fmask & DATE_M) != DATE_M) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
            if (r.namedZone != null) {
                if ((fmask & DTZMOD) != 0) {
                    throw new DecodeException(Failure.BAD_FORMAT);
                }
                r.zoneWest = zoneOffsetWest(r, r.namedZone);
            }
            if ((fmask & TZ) == 0) {
                if ((fmask & DTZMOD) != 0) {
                    throw new DecodeException(Failure.BAD_FORMAT);
                }
                r.zoneWest = null;
            }
        }
        return r;
    }

    /** A number after a field label: {@code y2024}, {@code m01}, {@code h10}, or the time after "t". */
    private static int labelledNumber(String text, int label, int fmask, Result r, boolean[] is2digits) {
        int[] pos = {0};
        int value = strtoint(text, pos);
        if (pos[0] < text.length()) {
            if (text.charAt(pos[0]) != '.' || (label != DateTimeTokens.UNIT_ISO_TIME
                    && label != DateTimeTokens.UNIT_SECOND)) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
        }
        switch (label) {
            case DateTimeTokens.UNIT_YEAR -> {
                r.year = value;
                return YEAR;
            }
            case DateTimeTokens.UNIT_MONTH -> {
                if ((fmask & MONTH) != 0 && (fmask & HOUR) != 0) {
                    r.minute = value;
                    return MINUTE;
                }
                r.month = value;
                return MONTH;
            }
            case DateTimeTokens.UNIT_DAY -> {
                r.day = value;
                return DAY;
            }
            case DateTimeTokens.UNIT_HOUR -> {
                r.hour = value;
                return HOUR;
            }
            case DateTimeTokens.UNIT_MINUTE -> {
                r.minute = value;
                return MINUTE;
            }
            case DateTimeTokens.UNIT_SECOND -> {
                r.second = value;
                if (pos[0] < text.length()) {
                    r.fsec = fraction(text.substring(pos[0]));
                }
                return SECOND;
            }
            case DateTimeTokens.UNIT_ISO_TIME -> {
                if (pos[0] == 0) {
                    throw new DecodeException(Failure.BAD_FORMAT);
                }
                int tmask = DateFields.decodeNumberField(text, fmask | DATE_M, r, is2digits);
                if (tmask != TIME_M) {
                    throw new DecodeException(Failure.BAD_FORMAT);
                }
                return tmask;
            }
            default -> throw new DecodeException(Failure.BAD_FORMAT);
        }
    }

    /** DecodeTimeOnly's date field: a date only first and followed by a time, else a zone or hhmmss-zz. */
    private static int timeOnlyDateField(List<Field> fields, int i, String text, int fmask, Result r,
                                         boolean[] is2digits) {
        int last = fields.size() - 1;
        if (i == 0 && fields.size() >= 2
                && (fields.get(last).type == FieldType.DATE || fields.get(1).type == FieldType.TIME)) {
            return DateFields.decodeDate(text, fmask, r, is2digits);
        }
        if (DateTimeTokenizer.isDigit(text.charAt(0))) {
            if ((fmask & TIME_M) == TIME_M) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
            int dash = text.indexOf('-');
            if (dash < 0) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
            r.zoneWest = decodeTimezone(text.substring(dash));
            return DateFields.decodeNumberField(text.substring(0, dash), fmask | DATE_M, r, is2digits) | TZ;
        }
        r.namedZone = namedZone(text);
        return TZ;
    }

    private static void finishTimeOnly(Result r, int fmask, TypeContext context) {
        if (timeOverflows(r)) {
            throw new DecodeException(Failure.FIELD_OVERFLOW);
        }
        if ((fmask & TIME_M) != TIME_M) {
            throw new DecodeException(Failure.BAD_FORMAT);
        }
        if (r.namedZone != null) {
            if ((fmask & DTZMOD) != 0) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
            if (r.namedZone.getRules().isFixedOffset()) {
                r.zoneWest = -r.namedZone.getRules().getOffset(java.time.Instant.EPOCH).getTotalSeconds();
            } else {
                if ((fmask & DATE_M) != DATE_M) {
                    throw new DecodeException(Failure.BAD_FORMAT);
                }
                r.zoneWest = zoneOffsetWest(r, r.namedZone);
            }
        }
        if ((fmask & TZ) == 0) {
            if ((fmask & DTZMOD) != 0) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
            if ((fmask & DATE_M) != 0 && (fmask & DATE_M) != DATE_M) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
            Result at = new Result();
            if ((fmask & DATE_M) == 0) {
                java.time.LocalDate today = context.transactionStart().atZone(context.timeZone()).toLocalDate();
                at.year = today.getYear();
                at.month = today.getMonthValue();
                at.day = today.getDayOfMonth();
            } else {
                at.year = r.year;
                at.month = r.month;
                at.day = r.day;
            }
            at.hour = r.hour;
            at.minute = r.minute;
            at.second = r.second;
            r.zoneWest = zoneOffsetWest(at, context.timeZone());
        }
    }

    /** DetermineTimeZoneOffset: the offset (west) of a local time in a zone; gaps use the earlier offset. */
    static int zoneOffsetWest(Result r, ZoneId zone) {
        int year = Math.max(Math.min(r.year, 999_999), -999_999);
        int day = Math.min(r.day, Julian.daysInMonth(year, r.month));
        LocalDateTime local = LocalDateTime.of(year, r.month, day, Math.min(r.hour, 23), r.minute,
                Math.min(r.second, 59));
        ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null).withLaterOffsetAtOverlap();
        if (!zoned.toLocalDateTime().equals(local)) {
            // in a spring-forward gap: PostgreSQL reads the time with the offset before the transition
            return -zone.getRules().getTransition(local).getOffsetBefore().getTotalSeconds();
        }
        return -zoned.getOffset().getTotalSeconds();
    }

    private static int special(Special special, Result r, TypeContext context, boolean timeOnly) {
        r.special = special;
        switch (special) {
            case NOW -> {
                LocalDateTime now = LocalDateTime.ofInstant(context.transactionStart(), context.timeZone());
                setDateTime(r, now);
                r.fsec = now.getNano() / 1000;
                r.zoneWest = -context.timeZone().getRules().getOffset(context.transactionStart()).getTotalSeconds();
                return DATE_M | TIME_M | TZ;
            }
            case ALLBALLS -> {
                r.hour = 0;
                r.minute = 0;
                r.second = 0;
                r.zoneWest = 0;
                return TIME_M | TZ;
            }
            case TODAY, TOMORROW, YESTERDAY -> {
                if (timeOnly) {
                    throw new DecodeException(Failure.BAD_FORMAT);
                }
                java.time.LocalDate today = context.transactionStart().atZone(context.timeZone()).toLocalDate();
                today = today.plusDays(special == Special.TOMORROW ? 1 : special == Special.YESTERDAY ? -1 : 0);
                r.year = today.getYear();
                r.month = today.getMonthValue();
                r.day = today.getDayOfMonth();
                return DATE_M;
            }
            default -> {
                if (timeOnly) {
                    throw new DecodeException(Failure.BAD_FORMAT);
                }
                return RESERVED;
            }
        }
    }

    private static void setDateTime(Result r, LocalDateTime value) {
        r.year = value.getYear();
        r.month = value.getMonthValue();
        r.day = value.getDayOfMonth();
        r.hour = value.getHour();
        r.minute = value.getMinute();
        r.second = value.getSecond();
    }

    private static ZoneId namedZone(String lowerName) {
        ZoneId zone = TimeZones.lookup(lowerName).orElse(null);
        if (zone == null) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "time zone \"%s\" not recognized", lowerName);
        }
        return zone;
    }

    static boolean timeOverflows(Result r) {
        if (r.hour < 0 || r.hour > 24 || r.minute < 0 || r.minute > 59 || r.second < 0 || r.second > 60
                || r.fsec < 0 || r.fsec > 1_000_000) {
            return true;
        }
        return ((r.hour * 60L + r.minute) * 60 + r.second) * 1_000_000L + r.fsec > PgTime.MAX_MICROS;
    }

    /** DecodeTime: hh:mm, hh:mm:ss, hh:mm:ss.fff or mm:ss.fff. */
    static int decodeTime(String text, Result r) {
        int[] pos = {0};
        r.hour = strtoint(text, pos);
        if (pos[0] >= text.length() || text.charAt(pos[0]) != ':') {
            throw new DecodeException(Failure.BAD_FORMAT);
        }
        pos[0]++;
        r.minute = strtoint(text, pos);
        if (pos[0] == text.length()) {
            r.second = 0;
            r.fsec = 0;
        } else if (text.charAt(pos[0]) == '.') {
            r.fsec = fraction(text.substring(pos[0]));
            r.second = r.minute;
            r.minute = r.hour;
            r.hour = 0;
        } else if (text.charAt(pos[0]) == ':') {
            pos[0]++;
            r.second = strtoint(text, pos);
            if (pos[0] < text.length() && text.charAt(pos[0]) == '.') {
                r.fsec = fraction(text.substring(pos[0]));
            } else if (pos[0] != text.length()) {
                throw new DecodeException(Failure.BAD_FORMAT);
            } else {
                r.fsec = 0;
            }
        } else {
            throw new DecodeException(Failure.BAD_FORMAT);
        }
        if (r.hour < 0 || r.minute < 0 || r.minute > 59 || r.second < 0 || r.second > 60 || r.fsec < 0
                || r.fsec > 1_000_000) {
            throw new DecodeException(Failure.FIELD_OVERFLOW);
        }
        return TIME_M;
    }

    /** strtoint: decimal digits from pos (no sign handling needed here); 0 when there are none. */
    static int strtoint(String text, int[] pos) {
        long value = 0;
        int i = pos[0];
        while (i < text.length() && DateTimeTokenizer.isDigit(text.charAt(i))) {
            value = value * 10 + (text.charAt(i) - '0');
            if (value > Integer.MAX_VALUE) {
                throw new DecodeException(Failure.FIELD_OVERFLOW);
            }
            i++;
        }
        pos[0] = i;
        return (int) value;
    }

    /** strtol as PostgreSQL's strtoint uses it: an optional sign before the digits; 0 and no move without digits. */
    private static int signedStrtoint(String text, int[] pos) {
        int i = pos[0];
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int[] digits = {i};
        int value = strtoint(text, digits);
        if (digits[0] == i) {
            return 0;
        }
        pos[0] = digits[0];
        return negative ? -value : value;
    }

    /** ParseFractionalSecond: ".ddd" as microseconds, rounded like rint(). */
    static long fraction(String text) {
        if (text.length() == 1) {
            return 0;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!DateTimeTokenizer.isDigit(text.charAt(i))) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
        }
        double frac = Double.parseDouble("0" + text);
        return (long) Math.rint(frac * 1_000_000);
    }

    /** DecodeTimezone: +h, +hh, +hhmm, +hh:mm, +hh:mm:ss; returns seconds west. */
    static int decodeTimezone(String text) {
        int[] pos = {1};
        int hours = signedStrtoint(text, pos);
        int minutes = 0;
        int seconds = 0;
        if (pos[0] < text.length() && text.charAt(pos[0]) == ':') {
            pos[0]++;
            minutes = signedStrtoint(text, pos);
            if (pos[0] < text.length() && text.charAt(pos[0]) == ':') {
                pos[0]++;
                seconds = signedStrtoint(text, pos);
            }
        } else if (pos[0] == text.length() && text.length() > 3) {
            minutes = hours % 100;
            hours = hours / 100;
        }
        if (hours < 0 || hours > 15 || minutes < 0 || minutes >= 60 || seconds < 0 || seconds >= 60) {
            throw new DecodeException(Failure.TZDISP_OVERFLOW);
        }
        int offset = (hours * 60 + minutes) * 60 + seconds;
        if (text.charAt(0) == '-') {
            offset = -offset;
        }
        if (pos[0] != text.length()) {
            throw new DecodeException(Failure.BAD_FORMAT);
        }
        return -offset;
    }
}
