package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * encode(bytea, format) and decode(text, format) for the formats of encode.c: {@code base64}
 * (76-character lines), {@code hex} and {@code escape}, with PostgreSQL's errors for bad input.
 */
final class BinaryEncoding {
    private BinaryEncoding() {
    }

    private static final char[] BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            .toCharArray();

    private static DsqlException unknown(String format) {
        return DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "unrecognized encoding: \"%s\"", format);
    }

    static String encode(byte[] data, String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "base64" -> base64(data);
            case "hex" -> java.util.HexFormat.of().formatHex(data);
            case "escape" -> escape(data);
            default -> throw unknown(format);
        };
    }

    static byte[] decode(String text, String format) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "base64" -> fromBase64(data);
            case "hex" -> fromHex(data);
            case "escape" -> fromEscape(data);
            default -> throw unknown(format);
        };
    }

    /** pg_base64_encode: a newline after every 76 output characters. */
    private static String base64(byte[] data) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int position = 2;
        int lineEnd = 76;
        for (byte b : data) {
            buffer |= (b & 0xff) << (position << 3);
            position--;
            if (position < 0) {
                out.append(BASE64[(buffer >> 18) & 0x3f]).append(BASE64[(buffer >> 12) & 0x3f])
                        .append(BASE64[(buffer >> 6) & 0x3f]).append(BASE64[buffer & 0x3f]);
                position = 2;
                buffer = 0;
            }
            if (out.length() >= lineEnd) {
                out.append('\n');
                lineEnd = out.length() + 76;
            }
        }
        if (position != 2) {
            out.append(BASE64[(buffer >> 18) & 0x3f]).append(BASE64[(buffer >> 12) & 0x3f])
                    .append(position == 0 ? BASE64[(buffer >> 6) & 0x3f] : '=').append('=');
        }
        return out.toString();
    }

    /** pg_base64_decode: white space ignored, '=' padding only at the end. */
    private static byte[] fromBase64(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int position = 0;
        int end = 0;
        for (int i = 0; i < data.length; i++) {
            int c = data[i] & 0xff;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            int value;
            if (c == '=') {
                if (end == 0) {
                    if (position == 2) {
                        end = 1;
                    } else if (position == 3) {
                        end = 2;
                    } else {
                        throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                                "unexpected \"=\" while decoding base64 sequence");
                    }
                }
                value = 0;
            } else {
                value = -1;
                if (c > 0 && c < 127) {
                    value = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26
                            : c >= '0' && c <= '9' ? c - '0' + 52 : c == '+' ? 62 : c == '/' ? 63 : -1;
                }
                if (value < 0) {
                    int length = Math.max(1, utf8Length(c));
                    String symbol = new String(data, i, Math.min(length, data.length - i), StandardCharsets.UTF_8);
                    throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                            "invalid symbol \"%s\" found while decoding base64 sequence", symbol);
                }
            }
            buffer = (buffer << 6) + value;
            position++;
            if (position == 4) {
                out.write((buffer >> 16) & 0xff);
                if (end == 0 || end > 1) {
                    out.write((buffer >> 8) & 0xff);
                }
                if (end == 0 || end > 2) {
                    out.write(buffer & 0xff);
                }
                buffer = 0;
                position = 0;
            }
        }
        if (position != 0) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "invalid base64 end sequence")
                    .hint("Input data is missing padding, is truncated, or is otherwise corrupted.");
        }
        return out.toByteArray();
    }

    private static int utf8Length(int first) {
        return first < 0x80 ? 1 : first < 0xe0 ? 2 : first < 0xf0 ? 3 : 4;
    }

    private static int hexValue(byte[] data, int i) {
        int c = data[i] & 0xff;
        int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (v < 0) {
            String digit = new String(data, i, Math.min(utf8Length(c), data.length - i), StandardCharsets.UTF_8);
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "invalid hexadecimal digit: \"%s\"", digit);
        }
        return v;
    }

    /** hex_decode: pairs of hex digits, white space between pairs ignored. */
    private static byte[] fromHex(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < data.length) {
            int c = data[i];
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            int high = hexValue(data, i++);
            if (i >= data.length) {
                throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                        "invalid hexadecimal data: odd number of digits");
            }
            int low = hexValue(data, i++);
            out.write((high << 4) | low);
        }
        return out.toByteArray();
    }

    /** esc_encode: NUL and bytes from 0x80 as \ooo, backslash doubled. */
    private static String escape(byte[] data) {
        StringBuilder out = new StringBuilder();
        for (byte b : data) {
            int c = b & 0xff;
            if (c == 0 || c >= 0x80) {
                out.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7)))
                        .append((char) ('0' + (c & 7)));
            } else if (c == '\\') {
                out.append("\\\\");
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /** esc_decode: \\ and \ooo (first digit 0-3) are the only escapes. */
    private static byte[] fromEscape(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < data.length) {
            if (data[i] != '\\') {
                out.write(data[i++]);
            } else if (i + 3 < data.length && data[i + 1] >= '0' && data[i + 1] <= '3'
                    && data[i + 2] >= '0' && data[i + 2] <= '7' && data[i + 3] >= '0' && data[i + 3] <= '7') {
                out.write(((data[i + 1] - '0') << 6) | ((data[i + 2] - '0') << 3) | (data[i + 3] - '0'));
                i += 4;
            } else if (i + 1 < data.length && data[i + 1] == '\\') {
                out.write('\\');
                i += 2;
            } else {
                throw DsqlException.of(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type %s",
                        "bytea");
            }
        }
        return out.toByteArray();
    }
}
