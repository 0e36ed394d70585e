package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;

/**
 * similar_to_escape (similar_escape_internal in regexp.c): a SQL regular expression, as SIMILAR TO
 * and SUBSTRING ... SIMILAR take it, rewritten as the POSIX expression PostgreSQL matches instead:
 * {@code %} and {@code _} become {@code .*} and {@code .}, the whole is anchored, and the
 * escape-double-quote separators split it into a shortest-matching first part, a captured
 * longest-matching second part and a third part.
 */
final class SimilarEscape {
    private SimilarEscape() {
    }

    /** {@code escape} null means none was given (backslash); empty means no escape character. */
    static String translate(String pattern, String escape) {
        int escapeChar;
        if (escape == null) {
            escapeChar = '\\';
        } else if (escape.isEmpty()) {
            escapeChar = -1;
        } else if (escape.codePointCount(0, escape.length()) > 1) {
            throw DsqlException.of(SqlState.INVALID_ESCAPE_SEQUENCE, "invalid escape string")
                    .hint("Escape string must be empty or one character.");
        } else {
            escapeChar = escape.codePointAt(0);
        }
        StringBuilder out = new StringBuilder("^(?:");
        boolean afterEscape = false;
        boolean inClass = false;
        int quotes = 0;
        int[] cps = pattern.codePoints().toArray();
        for (int c : cps) {
            if (afterEscape) {
                if (c == '"' && !inClass) {
                    if (quotes == 0) {
                        out.append("){1,1}?(");
                    } else if (quotes == 1) {
                        out.append("){1,1}(?:");
                    } else {
                        throw DsqlException.of(SqlState.INVALID_USE_OF_ESCAPE_CHARACTER,
                                "SQL regular expression may not contain more than two escape-double-quote separators");
                    }
                    quotes++;
                } else {
                    out.append('\\').appendCodePoint(c);
                }
                afterEscape = false;
            } else if (escapeChar >= 0 && c == escapeChar) {
                afterEscape = true;
            } else if (inClass) {
                if (c == '\\') {
                    out.append('\\');
                }
                out.appendCodePoint(c);
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                out.append('[');
                inClass = true;
            } else if (c == '%') {
                out.append(".*");
            } else if (c == '_') {
                out.append('.');
            } else if (c == '(') {
                out.append("(?:");
            } else if (c == '\\' || c == '.' || c == '^' || c == '$') {
                out.append('\\').appendCodePoint(c);
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.append(")$").toString();
    }
}
