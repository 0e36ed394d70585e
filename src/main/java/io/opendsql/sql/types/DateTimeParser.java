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

    /** ParseDateTime. */
    static List<Field> tokenize(String input) {
        List<Field> fields = new ArrayList<>();
        int n = input.length();
        int i = 0;
        while (i < n) {
            char c = input.charAt(i);
            if (Errors.isSpace(c)) {
                i++;
                continue;
            }
            StringBuilder buffer = new StringBuilder();
            FieldType type;
            if (isDigit(c)) {
                while (i < n && isDigit(input.charAt(i))) {
                    buffer.append(input.charAt(i++));
                }
                if (i < n && input.charAt(i) == ':') {
                    type = FieldType.TIME;
                    buffer.append(input.charAt(i++));
                    while (i < n && (isDigit(input.charAt(i)) || input.charAt(i) == ':' || input.charAt(i) == '.')) {
                        buffer.append(input.charAt(i++));
                    }
                } else if (i < n && (input.charAt(i) == '-' || input.charAt(i) == '/' || input.charAt(i) == '.')) {
                    char delimiter = input.charAt(i);
                    buffer.append(input.charAt(i++));
                    if (i < n && isDigit(input.charAt(i))) {
                        type = delimiter == '.' ? FieldType.NUMBER : FieldType.DATE;
                        while (i < n && isDigit(input.charAt(i))) {
                            buffer.append(input.charAt(i++));
                        }
                        if (i < n && input.charAt(i) == delimiter) {
                            type = FieldType.DATE;
                            buffer.append(input.charAt(i++));
                            while (i < n && (isDigit(input.charAt(i)) || input.charAt(i) == delimiter)) {
                                buffer.append(input.charAt(i++));
                            }
                        }
                    } else {
                        type = FieldType.DATE;
                        while (i < n && (isAlnum(input.charAt(i)) || input.charAt(i) == delimiter)) {
                            buffer.append(Character.toLowerCase(input.charAt(i++)));
                        }
                    }
                } else {
                    type = FieldType.NUMBER;
                }
            } else if (c == '.') {
                buffer.append(input.charAt(i++));
                while (i < n && isDigit(input.charAt(i))) {
                    buffer.append(input.charAt(i++));
                }
                type = FieldType.NUMBER;
            } else if (isAlpha(c)) {
                type = FieldType.STRING;
                while (i < n && isAlpha(input.charAt(i))) {
                    buffer.append(Character.toLowerCase(input.charAt(i++)));
                }
                boolean isDate = false;
                if (i < n && (input.charAt(i) == '-' || input.charAt(i) == '/' || input.charAt(i) == '.')) {
                    isDate = true;
                } else if (i < n && (input.charAt(i) == '+' || isDigit(input.charAt(i)))) {
                    isDate = DateTimeTokens.keyword(buffer.toString()) == null;
                }
                if (isDate) {
                    type = FieldType.DATE;
                    do {
                        buffer.append(Character.toLowerCase(input.charAt(i++)));
                    } while (i < n && ("+-/_.:".indexOf(input.charAt(i)) >= 0 || isAlnum(input.charAt(i))));
                }
            } else if (c == '+' || c == '-') {
                buffer.append(input.charAt(i++));
                while (i < n && Errors.isSpace(input.charAt(i))) {
                    i++;
                }
                if (i < n && isDigit(input.charAt(i))) {
                    type = FieldType.TZ;
                    buffer.append(input.charAt(i++));
                    while (i < n && (isDigit(input.charAt(i)) || input.charAt(i) == ':' || input.charAt(i) == '.'
                            || input.charAt(i) == '-')) {
                        buffer.append(input.charAt(i++));
                    }
                } else if (i < n && isAlpha(input.charAt(i))) {
                    type = FieldType.SPECIAL;
                    while (i < n && isAlpha(input.charAt(i))) {
                        buffer.append(Character.toLowerCase(input.charAt(i++)));
                    }
                } else {
                    throw new DecodeException(Failure.BAD_FORMAT);
                }
            } else if (isPunct(c)) {
                i++;
                continue;
            } else {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
            fields.add(new Field(buffer.toString(), type));
        }
        return fields;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAlnum(char c) {
        return isDigit(c) || isAlpha(c);
    }

    private static boolean isPunct(char c) {
        return c > 32 && c < 127 && !isAlnum(c);
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
        int ptype = 0; // 1: the previous field was "t"
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            String text = field.text;
            int tmask = 0;
            switch (field.type) {
                case DATE -> {
                    if (ptype != 0 || (fmask & (MONTH | DAY)) == (MONTH | DAY)) {
                        if (isDigit(text.charAt(0)) || ptype != 0) {
                            ptype = 0;
                            if ((fmask & TIME_M) == TIME_M) {
                                throw new DecodeException(Failure.BAD_FORMAT);
                            }
                            int dash = text.indexOf('-');
                            if (dash < 0) {
                                throw new DecodeException(Failure.BAD_FORMAT);
                            }
                            r.zoneWest = decodeTimezone(text.substring(dash));
                            tmask = decodeNumberField(text.substring(0, dash), fmask, r, is2digits) | TZ;
                        } else {
                            r.namedZone = namedZone(text);
                            tmask = TZ;
                        }
                    } else {
                        tmask = decodeDate(text, fmask, r, is2digits);
                    }
                }
                case TIME -> {
                    ptype = 0;
                    tmask = decodeTime(text, r);
                    if (timeOverflows(r)) {
                        throw new DecodeException(Failure.FIELD_OVERFLOW);
                    }
                }
                case TZ -> {
                    r.zoneWest = decodeTimezone(text);
                    tmask = TZ;
                }
                case NUMBER -> {
                    if (ptype != 0) {
                        String digits = text.indexOf('.') >= 0 ? text.substring(0, text.indexOf('.')) : text;
                        if (digits.isEmpty() || !digits.chars().allMatch(ch -> isDigit((char) ch))) {
                            throw new DecodeException(Failure.BAD_FORMAT);
                        }
                        tmask = decodeNumberField(text, fmask | DATE_M, r, is2digits);
                        if (tmask != TIME_M) {
                            throw new DecodeException(Failure.BAD_FORMAT);
                        }
                        ptype = 0;
                        break;
                    }
                    int dot = text.indexOf('.');
                    int length = text.length();
                    if (timeOnly) {
                        if (dot >= 0 || length >= 6) {
                            tmask = decodeNumberField(text, fmask | DATE_M, r, is2digits);
                        } else {
                            tmask = decodeNumber(text, false, fmask | DATE_M, r, is2digits);
                        }
                    } else if (dot >= 0 && (fmask & DATE_M) == 0) {
                        tmask = decodeDate(text, fmask, r, is2digits);
                    } else if (dot >= 0 && dot > 2) {
                        tmask = decodeNumberField(text, fmask, r, is2digits);
                    } else if (length >= 6 && ((fmask & DATE_M) == 0 || (fmask & TIME_M) == 0)) {
                        tmask = decodeNumberField(text, fmask, r, is2digits);
                    } else {
                        tmask = decodeNumber(text, haveTextMonth, fmask, r, is2digits);
                    }
                }
                case STRING, SPECIAL -> {
                    Token token = DateTimeTokens.abbreviation(text);
                    if (token == null) {
                        token = DateTimeTokens.keyword(text);
                    }
                    if (token == null) {
                        ZoneId zone = field.type == FieldType.STRING ? DateTimeTokens.zone(text) : null;
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
                        case UNITS -> throw new DecodeException(Failure.BAD_FORMAT);
                        case ISO_TIME -> {
                            if (!timeOnly && (fmask & DATE_M) != DATE_M) {
                                throw new DecodeException(Failure.BAD_FORMAT);
                            }
                            if (i >= fields.size() - 1 || (fields.get(i + 1).type != FieldType.NUMBER
                                    && fields.get(i + 1).type != FieldType.TIME
                                    && fields.get(i + 1).type != FieldType.DATE)) {
                                throw new DecodeException(Failure.BAD_FORMAT);
                            }
                            ptype = 1;
                        }
                    }
                }
            }
            if ((tmask & fmask) != 0) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
            fmask |= tmask;
        }
        validateDate(fmask, is2digits[0], bc, r);
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
        ZoneId zone = DateTimeTokens.zone(lowerName);
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
        while (i < text.length() && isDigit(text.charAt(i))) {
            value = value * 10 + (text.charAt(i) - '0');
            if (value > Integer.MAX_VALUE) {
                throw new DecodeException(Failure.FIELD_OVERFLOW);
            }
            i++;
        }
        pos[0] = i;
        return (int) value;
    }

    /** ParseFractionalSecond: ".ddd" as microseconds, rounded like rint(). */
    static long fraction(String text) {
        if (text.length() == 1) {
            return 0;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
        }
        double frac = Double.parseDouble("0" + text);
        return (long) Math.rint(frac * 1_000_000);
    }

    /** DecodeTimezone: +h, +hh, +hhmm, +hh:mm, +hh:mm:ss; returns seconds west. */
    static int decodeTimezone(String text) {
        int[] pos = {1};
        int hours = strtoint(text, pos);
        int minutes = 0;
        int seconds = 0;
        if (pos[0] < text.length() && text.charAt(pos[0]) == ':') {
            pos[0]++;
            minutes = strtoint(text, pos);
            if (pos[0] < text.length() && text.charAt(pos[0]) == ':') {
                pos[0]++;
                seconds = strtoint(text, pos);
            }
        } else if (pos[0] == text.length() && text.length() > 3) {
            minutes = hours % 100;
            hours = hours / 100;
        }
        if (hours > 15 || minutes >= 60 || seconds >= 60) {
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

    /** DecodeDate: a date field with separators, possibly with a month name. */
    static int decodeDate(String text, int fmask, Result r, boolean[] is2digits) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !isAlnum(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
            int start = i;
            if (isDigit(text.charAt(i))) {
                while (i < n && isDigit(text.charAt(i))) {
                    i++;
                }
            } else {
                while (i < n && isAlpha(text.charAt(i))) {
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
            if (isAlpha(part.charAt(0))) {
                Token token = DateTimeTokens.keyword(part.toLowerCase(java.util.Locale.ROOT));
                if (token != null && token.kind() == Kind.IGNORE) {
                    parts.set(p, null);
                    continue;
                }
                if (token == null || token.kind() != Kind.MONTH) {
                    throw new DecodeException(Failure.BAD_FORMAT);
                }
                r.month = token.value();
                haveTextMonth = true;
                if ((fmask & MONTH) != 0) {
                    throw new DecodeException(Failure.BAD_FORMAT);
                }
                fmask |= MONTH;
                tmask |= MONTH;
                parts.set(p, null);
            }
        }
        for (String part : parts) {
            if (part == null) {
                continue;
            }
            int dmask = decodeNumber(part, haveTextMonth, fmask, r, is2digits);
            if ((fmask & dmask) != 0) {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
            fmask |= dmask;
            tmask |= dmask;
        }
        if ((fmask & ~(DOY | TZ)) != DATE_M) {
            throw new DecodeException(Failure.BAD_FORMAT);
        }
        return tmask;
    }

    /** DecodeNumber: one numeric field whose meaning depends on what is already known. */
    static int decodeNumber(String text, boolean haveTextMonth, int fmask, Result r, boolean[] is2digits) {
        int[] pos = {0};
        int value = strtoint(text, pos);
        if (pos[0] == 0) {
            throw new DecodeException(Failure.BAD_FORMAT);
        }
        if (pos[0] < text.length()) {
            if (text.charAt(pos[0]) != '.') {
                throw new DecodeException(Failure.BAD_FORMAT);
            }
            if (pos[0] > 2) {
                return decodeNumberField(text, fmask, r, is2digits);
            }
            r.fsec = fraction(text.substring(pos[0]));
        }
        int length = text.length();
        if (length == 3 && (fmask & DATE_M) == YEAR && value >= 1 && value <= 366) {
            r.dayOfYear = value;
            return DOY | MONTH | DAY;
        }
        int tmask;
        switch (fmask & DATE_M) {
            case 0 -> {
                DateStyle.Order order = r.order;
                if (length >= 3 || order == DateStyle.Order.YMD) {
                    tmask = YEAR;
                    r.year = value;
                } else if (order == DateStyle.Order.DMY) {
                    tmask = DAY;
                    r.day = value;
                } else {
                    tmask = MONTH;
                    r.month = value;
                }
            }
            case YEAR -> {
                tmask = MONTH;
                r.month = value;
            }
            case MONTH -> {
                if (haveTextMonth) {
                    if (length >= 3 || r.order == DateStyle.Order.YMD) {
                        tmask = YEAR;
                        r.year = value;
                    } else {
                        tmask = DAY;
                        r.day = value;
                    }
                } else {
                    tmask = DAY;
                    r.day = value;
                }
            }
            case YEAR | MONTH -> {
                if (haveTextMonth && length >= 3 && is2digits[0]) {
                    tmask = DAY;
                    r.day = r.year;
                    r.year = value;
                    is2digits[0] = false;
                } else {
                    tmask = DAY;
                    r.day = value;
                }
            }
            case DAY -> {
                tmask = MONTH;
                r.month = value;
            }
            case MONTH | DAY -> {
                tmask = YEAR;
                r.year = value;
            }
            case YEAR | MONTH | DAY -> {
                return decodeNumberField(text, fmask, r, is2digits);
            }
            default -> throw new DecodeException(Failure.BAD_FORMAT);
        }
        if (tmask == YEAR) {
            is2digits[0] = length <= 2;
        }
        return tmask;
    }

    /** DecodeNumberField: run-together yyyymmdd, yymmdd, hhmmss or hhmm, optionally with a fraction. */
    static int decodeNumberField(String text, int fmask, Result r, boolean[] is2digits) {
        int dot = text.indexOf('.');
        String digits = text;
        if (dot >= 0) {
            String frac = text.substring(dot);
            for (int i = 1; i < frac.length(); i++) {
                if (!isDigit(frac.charAt(i))) {
                    throw new DecodeException(Failure.BAD_FORMAT);
                }
            }
            r.fsec = frac.length() == 1 ? 0 : (long) Math.rint(Double.parseDouble("0" + frac) * 1_000_000);
            digits = text.substring(0, dot);
        } else if ((fmask & DATE_M) != DATE_M && digits.length() >= 6) {
            int len = digits.length();
            r.day = atoi(digits.substring(len - 2));
            r.month = atoi(digits.substring(len - 4, len - 2));
            r.year = atoi(digits.substring(0, len - 4));
            if (len - 4 == 2) {
                is2digits[0] = true;
            }
            return DATE_M;
        }
        if ((fmask & TIME_M) != TIME_M) {
            if (digits.length() == 6) {
                r.second = atoi(digits.substring(4));
                r.minute = atoi(digits.substring(2, 4));
                r.hour = atoi(digits.substring(0, 2));
                return TIME_M;
            } else if (digits.length() == 4) {
                r.second = 0;
                r.minute = atoi(digits.substring(2));
                r.hour = atoi(digits.substring(0, 2));
                return TIME_M;
            }
        }
        throw new DecodeException(Failure.BAD_FORMAT);
    }

    private static int atoi(String digits) {
        int[] pos = {0};
        return strtoint(digits, pos);
    }

    /** ValidateDate: BC and two-digit years, day of year, month and day ranges. */
    static void validateDate(int fmask, boolean is2digits, boolean bc, Result r) {
        if ((fmask & YEAR) != 0) {
            if (bc) {
                if (r.year <= 0) {
                    throw new DecodeException(Failure.FIELD_OVERFLOW);
                }
                r.year = -(r.year - 1);
            } else if (is2digits) {
                if (r.year < 70) {
                    r.year += 2000;
                } else if (r.year < 100) {
                    r.year += 1900;
                }
            } else if (r.year <= 0) {
                throw new DecodeException(Failure.FIELD_OVERFLOW);
            }
        }
        if ((fmask & DOY) != 0) {
            int[] ymd = Julian.j2date(Julian.date2j(r.year, 1, 1) + r.dayOfYear - 1);
            r.year = ymd[0];
            r.month = ymd[1];
            r.day = ymd[2];
        }
        if ((fmask & MONTH) != 0 && (r.month < 1 || r.month > 12)) {
            throw new DecodeException(Failure.MD_FIELD_OVERFLOW);
        }
        if ((fmask & DAY) != 0 && (r.day < 1 || r.day > 31)) {
            throw new DecodeException(Failure.MD_FIELD_OVERFLOW);
        }
        if ((fmask & DATE_M) == DATE_M && r.day > Julian.daysInMonth(r.year, r.month)) {
            throw new DecodeException(Failure.FIELD_OVERFLOW);
        }
    }
}
