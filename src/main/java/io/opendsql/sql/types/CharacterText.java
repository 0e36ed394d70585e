package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.nio.charset.StandardCharsets;

/** Length rules of character(n), character varying(n) and name. Lengths count characters, not bytes. */
public final class CharacterText {
    /** NAMEDATALEN - 1: the bytes a name keeps. */
    public static final int NAME_MAX_BYTES = 63;

    private CharacterText() {
    }

    /**
     * varchar(n) coercion: longer values fail unless the excess is all spaces, which is cut off;
     * an explicit cast cuts any excess.
     */
    public static String varchar(String value, int typmod, boolean explicit) {
        if (typmod < 4) {
            return value;
        }
        int max = typmod - 4;
        int length = value.codePointCount(0, value.length());
        if (length <= max) {
            return value;
        }
        int cut = value.offsetByCodePoints(0, max);
        if (!explicit && !allSpaces(value, cut)) {
            throw DsqlException.of(SqlState.STRING_DATA_RIGHT_TRUNCATION,
                    "value too long for type character varying(%d)", max);
        }
        return value.substring(0, cut);
    }

    /** char(n) coercion: as varchar(n), then padded with spaces to n characters. */
    public static String bpchar(String value, int typmod, boolean explicit) {
        if (typmod < 4) {
            return value;
        }
        int max = typmod - 4;
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            int cut = value.offsetByCodePoints(0, max);
            if (!explicit && !allSpaces(value, cut)) {
                throw DsqlException.of(SqlState.STRING_DATA_RIGHT_TRUNCATION,
                        "value too long for type character(%d)", max);
            }
            return value.substring(0, cut);
        }
        return length == max ? value : value + " ".repeat(max - length);
    }

    /** name: cut to 63 bytes at a character boundary. */
    public static String name(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= NAME_MAX_BYTES) {
            return value;
        }
        int total = 0;
        int i = 0;
        while (i < value.length()) {
            int cp = value.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (total + size > NAME_MAX_BYTES) {
                break;
            }
            total += size;
            i += Character.charCount(cp);
        }
        return value.substring(0, i);
    }

    /** The value without trailing spaces, as bpchar compares and casts to text. */
    public static String stripTrailingSpaces(String value) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == ' ') {
            end--;
        }
        return value.substring(0, end);
    }

    private static boolean allSpaces(String value, int from) {
        for (int i = from; i < value.length(); i++) {
            if (value.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}
