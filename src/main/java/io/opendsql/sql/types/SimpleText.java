package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Text input and output of boolean, bytea, uuid and "char". */
final class SimpleText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private SimpleText() {
    }

    /** boolin: t/true/y/yes/on/1 and f/false/n/no/off/0, any unambiguous prefix, any case, trimmed. */
    static boolean parseBool(String input) {
        int start = 0;
        int end = input.length();
        while (start < end && Errors.isSpace(input.charAt(start))) {
            start++;
        }
        while (end > start && Errors.isSpace(input.charAt(end - 1))) {
            end--;
        }
        String value = input.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        int length = value.length();
        if (length > 0) {
            switch (value.charAt(0)) {
                case 't' -> {
                    if ("true".startsWith(value)) {
                        return true;
                    }
                }
                case 'f' -> {
                    if ("false".startsWith(value)) {
                        return false;
                    }
                }
                case 'y' -> {
                    if ("yes".startsWith(value)) {
                        return true;
                    }
                }
                case 'n' -> {
                    if ("no".startsWith(value)) {
                        return false;
                    }
                }
                case 'o' -> {
                    if (length >= 2 && "on".startsWith(value)) {
                        return true;
                    }
                    if (length >= 2 && "off".startsWith(value)) {
                        return false;
                    }
                }
                case '1' -> {
                    if (length == 1) {
                        return true;
                    }
                }
                case '0' -> {
                    if (length == 1) {
                        return false;
                    }
                }
                default -> { }
            }
        }
        throw Errors.invalidSyntax("boolean", input);
    }

    static String formatBool(boolean value) {
        return value ? "t" : "f";
    }

    /** byteain: {@code \x} hex (whitespace between byte pairs allowed) or the escape format. */
    static byte[] parseBytea(String input) {
        if (input.length() >= 2 && input.charAt(0) == '\\' && input.charAt(1) == 'x') {
            return parseHex(input, 2);
        }
        byte[] utf8 = input.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length);
        int i = 0;
        while (i < utf8.length) {
            if (utf8[i] != '\\') {
                out.write(utf8[i++]);
            } else if (i + 1 < utf8.length && utf8[i + 1] == '\\') {
                out.write('\\');
                i += 2;
            } else if (i + 3 < utf8.length + 0 && isOctal(utf8[i + 1], '3') && isOctal(utf8[i + 2], '7')
                    && isOctal(utf8[i + 3], '7')) {
                out.write(((utf8[i + 1] - '0') << 6) | ((utf8[i + 2] - '0') << 3) | (utf8[i + 3] - '0'));
                i += 4;
            } else {
                throw DsqlException.of(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type %s",
                        "bytea");
            }
        }
        return out.toByteArray();
    }

    private static boolean isOctal(byte b, char max) {
        return b >= '0' && b <= max;
    }

    private static byte[] parseHex(String input, int start) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((input.length() - start) / 2);
        int i = start;
        int n = input.length();
        while (i < n) {
            char c = input.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            int high = hexValue(c);
            if (high < 0) {
                throw invalidHexDigit(input, i);
            }
            if (i + 1 >= n) {
                throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                        "invalid hexadecimal data: odd number of digits");
            }
            int low = hexValue(input.charAt(i + 1));
            if (low < 0) {
                throw invalidHexDigit(input, i + 1);
            }
            out.write((high << 4) | low);
            i += 2;
        }
        return out.toByteArray();
    }

    private static DsqlException invalidHexDigit(String input, int index) {
        int end = index + Character.charCount(input.codePointAt(index));
        return DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "invalid hexadecimal digit: \"%s\"",
                input.substring(index, end));
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** byteaout with bytea_output = hex. */
    static String formatBytea(byte[] value) {
        StringBuilder out = new StringBuilder(2 + value.length * 2);
        out.append("\\x");
        for (byte b : value) {
            out.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
        return out.toString();
    }

    /** uuid_in: 32 hex digits, optionally in braces, with an optional hyphen after any group of four. */
    static UUID parseUuid(String input) {
        int i = 0;
        int n = input.length();
        boolean braces = n > 0 && input.charAt(0) == '{';
        if (braces) {
            i++;
        }
        long high = 0;
        long low = 0;
        for (int b = 0; b < 16; b++) {
            if (i + 1 >= n) {
                throw Errors.invalidSyntax("uuid", input);
            }
            int h = hexValue(input.charAt(i));
            int l = hexValue(input.charAt(i + 1));
            if (h < 0 || l < 0) {
                throw Errors.invalidSyntax("uuid", input);
            }
            int value = (h << 4) | l;
            if (b < 8) {
                high = (high << 8) | value;
            } else {
                low = (low << 8) | value;
            }
            i += 2;
            if (i < n && input.charAt(i) == '-' && b % 2 == 1 && b < 15) {
                i++;
            }
        }
        if (braces) {
            if (i >= n || input.charAt(i) != '}') {
                throw Errors.invalidSyntax("uuid", input);
            }
            i++;
        }
        if (i != n) {
            throw Errors.invalidSyntax("uuid", input);
        }
        return new UUID(high, low);
    }

    /** "char" input: the first byte of the text, or the \ooo escape of a non-ASCII byte. */
    static byte parseChar(String input) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 4 && bytes[0] == '\\' && isOctal(bytes[1], '3') && isOctal(bytes[2], '7')
                && isOctal(bytes[3], '7')) {
            return (byte) (((bytes[1] - '0') << 6) | ((bytes[2] - '0') << 3) | (bytes[3] - '0'));
        }
        return bytes.length == 0 ? 0 : bytes[0];
    }

    static String formatChar(byte value) {
        if (value == 0) {
            return "";
        }
        if (value > 0) {
            return String.valueOf((char) value);
        }
        int v = value & 0xff;
        return "\\" + ((v >> 6) & 7) + ((v >> 3) & 7) + (v & 7);
    }
}
