package io.opendsql.sql.parse;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Escape processing for {@code E'...'} and {@code U&'...'} literals. */
final class EscapeDecoder {
    private EscapeDecoder() {
    }

    private static int hex(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    /**
     * Decodes one backslash escape of an E'' string starting at {@code p} (the backslash) and
     * returns the offset after it. Byte escapes ({@code \ooo}, {@code \xhh}) are gathered and
     * decoded as UTF-8.
     */
    static int backslash(String sql, int p, StringBuilder out, int stringStart) {
        int length = sql.length();
        if (p + 1 >= length) {
            // A lone backslash before the end: the string is unterminated.
            throw SyntaxErrors.near(sql, "unterminated quoted string", stringStart, length);
        }
        char c = sql.charAt(p + 1);
        if (c >= '0' && c <= '7' || (c == 'x' && p + 2 < length && hex(sql.charAt(p + 2)) >= 0)) {
            ByteBuffer bytes = ByteBuffer.allocate(sql.length() + 4);
            int q = p;
            while (q + 1 < length && sql.charAt(q) == '\\') {
                char d = sql.charAt(q + 1);
                if (d >= '0' && d <= '7') {
                    int value = 0;
                    int r = q + 1;
                    while (r < length && r < q + 4 && sql.charAt(r) >= '0' && sql.charAt(r) <= '7') {
                        value = value * 8 + (sql.charAt(r) - '0');
                        r++;
                    }
                    bytes.put((byte) value);
                    q = r;
                } else if (d == 'x' && q + 2 < length && hex(sql.charAt(q + 2)) >= 0) {
                    int value = hex(sql.charAt(q + 2));
                    int r = q + 3;
                    if (r < length && hex(sql.charAt(r)) >= 0) {
                        value = value * 16 + hex(sql.charAt(r));
                        r++;
                    }
                    bytes.put((byte) value);
                    q = r;
                } else {
                    break;
                }
            }
            bytes.flip();
            for (int i = bytes.position(); i < bytes.limit(); i++) {
                if (bytes.get(i) == 0) {
                    throw DsqlException.of(SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                            "invalid byte sequence for encoding \"UTF8\": 0x00");
                }
            }
            try {
                out.append(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(bytes));
            } catch (CharacterCodingException e) {
                // PostgreSQL checks the finished literal, so this error carries no position.
                throw DsqlException.of(SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                        "invalid byte sequence for encoding \"UTF8\": 0x"
                                + String.format("%02x", bytes.get(0) & 0xff));
            }
            return q;
        }
        if (c == 'u' || c == 'U') {
            int digits = c == 'u' ? 4 : 8;
            int value = 0;
            for (int i = 0; i < digits; i++) {
                int d = p + 2 + i < length ? hex(sql.charAt(p + 2 + i)) : -1;
                if (d < 0) {
                    throw Lexer.escapeError(sql, SqlState.INVALID_ESCAPE_SEQUENCE, "invalid Unicode escape",
                            "Unicode escapes must be \\uXXXX or \\UXXXXXXXX.", p);
                }
                value = value * 16 + d;
            }
            int next = p + 2 + digits;
            if (value >= 0xD800 && value <= 0xDBFF) {
                // Needs a following \\uDC00-\\uDFFF escape; otherwise the error is at what follows.
                if (next + 1 < length && sql.charAt(next) == '\\'
                        && (sql.charAt(next + 1) == 'u' || sql.charAt(next + 1) == 'U')) {
                    int lowDigits = sql.charAt(next + 1) == 'u' ? 4 : 8;
                    int low = 0;
                    boolean valid = next + 2 + lowDigits <= length;
                    for (int i = 0; valid && i < lowDigits; i++) {
                        int d = hex(sql.charAt(next + 2 + i));
                        valid = d >= 0;
                        low = low * 16 + Math.max(d, 0);
                    }
                    if (valid && low >= 0xDC00 && low <= 0xDFFF) {
                        out.append((char) value).append((char) low);
                        return next + 2 + lowDigits;
                    }
                    throw SyntaxErrors.near(sql, "invalid Unicode surrogate pair", next,
                            Math.min(length, next + 2 + lowDigits));
                }
                throw SyntaxErrors.near(sql, "invalid Unicode surrogate pair", next, Math.min(length, next + 1));
            }
            if (value >= 0xDC00 && value <= 0xDFFF) {
                throw SyntaxErrors.near(sql, "invalid Unicode surrogate pair", p, next);
            }
            if (value == 0 || value > 0x10FFFF) {
                throw SyntaxErrors.near(sql, "invalid Unicode escape value", p, next);
            }
            out.appendCodePoint(value);
            return next;
        }
        switch (c) {
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'v' -> out.append((char) 0x0B);
            default -> out.append(c);
        }
        return p + 2;
    }

    static boolean validUnicodeEscapeChar(char c) {
        return !(hex(c) >= 0 || c == '+' || c == '\'' || c == '"' || c == ' ' || c == '\t' || c == '\n'
                || c == '\r' || c == '\f');
    }

    /** Decodes U&'...' / U&"..." escapes; {@code rawStart} is where the body begins in the query. */
    static String unicode(String sql, String raw, char escape, int rawStart) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != escape) {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < raw.length() && raw.charAt(i + 1) == escape) {
                out.append(escape);
                i += 2;
                continue;
            }
            int digits;
            int first;
            if (i + 1 < raw.length() && raw.charAt(i + 1) == '+') {
                digits = 6;
                first = i + 2;
            } else {
                digits = 4;
                first = i + 1;
            }
            int value = 0;
            for (int k = 0; k < digits; k++) {
                int d = first + k < raw.length() ? hex(raw.charAt(first + k)) : -1;
                if (d < 0) {
                    throw Lexer.escapeError(sql, SqlState.SYNTAX_ERROR, "invalid Unicode escape",
                            "Unicode escapes must be \\XXXX or \\+XXXXXX.", rawStart + i);
                }
                value = value * 16 + d;
            }
            int next = first + digits;
            if (value >= 0xD800 && value <= 0xDBFF) {
                int low = -1;
                if (next + 4 < raw.length() + 0 && raw.charAt(next) == escape) {
                    int v = 0;
                    boolean ok = true;
                    for (int k = 0; k < 4; k++) {
                        int d = next + 1 + k < raw.length() ? hex(raw.charAt(next + 1 + k)) : -1;
                        if (d < 0) {
                            ok = false;
                            break;
                        }
                        v = v * 16 + d;
                    }
                    if (ok && v >= 0xDC00 && v <= 0xDFFF) {
                        low = v;
                    }
                }
                if (low < 0) {
                    throw SyntaxErrors.plain(sql, SqlState.SYNTAX_ERROR, "invalid Unicode surrogate pair",
                            rawStart + next);
                }
                out.append((char) value).append((char) low);
                i = next + 5;
                continue;
            }
            if (value >= 0xDC00 && value <= 0xDFFF) {
                throw SyntaxErrors.plain(sql, SqlState.SYNTAX_ERROR, "invalid Unicode surrogate pair", rawStart + i);
            }
            if (value == 0 || value > 0x10FFFF) {
                throw SyntaxErrors.plain(sql, SqlState.SYNTAX_ERROR, "invalid Unicode escape value", rawStart + i);
            }
            out.appendCodePoint(value);
            i = next;
        }
        return out.toString();
    }
}
