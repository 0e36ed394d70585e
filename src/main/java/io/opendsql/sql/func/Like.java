package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.util.Locale;

/** LIKE and ILIKE matching (like_match.c): {@code %} any run, {@code _} one character, backslash escapes. */
final class Like {
    private Like() {
    }

    static boolean matches(String text, String pattern, boolean ignoreCase) {
        if (ignoreCase) {
            text = text.toLowerCase(Locale.ROOT);
            pattern = pattern.toLowerCase(Locale.ROOT);
        }
        return match(text.codePoints().toArray(), 0, pattern.codePoints().toArray(), 0);
    }

    private static boolean match(int[] t, int ti, int[] p, int pi) {
        while (pi < p.length) {
            int c = p[pi];
            if (c == '%') {
                while (pi < p.length && p[pi] == '%') {
                    pi++;
                }
                if (pi == p.length) {
                    return true;
                }
                for (int start = ti; start <= t.length; start++) {
                    if (match(t, start, p, pi)) {
                        return true;
                    }
                }
                return false;
            }
            if (ti >= t.length) {
                return false;
            }
            if (c == '\\') {
                pi++;
                if (pi >= p.length) {
                    throw DsqlException.of(SqlState.INVALID_ESCAPE_SEQUENCE,
                            "LIKE pattern must not end with escape character");
                }
                if (p[pi] != t[ti]) {
                    return false;
                }
            } else if (c != '_' && c != t[ti]) {
                return false;
            }
            pi++;
            ti++;
        }
        return ti == t.length;
    }

    /** like_escape: rewrites a pattern with a custom escape character to use backslash. */
    static String escape(String pattern, String escape) {
        int[] e = escape.codePoints().toArray();
        if (e.length > 1) {
            throw DsqlException.of(SqlState.INVALID_ESCAPE_SEQUENCE, "invalid escape string")
                    .hint("Escape string must be empty or one character.");
        }
        StringBuilder out = new StringBuilder();
        int[] p = pattern.codePoints().toArray();
        for (int i = 0; i < p.length; i++) {
            int c = p[i];
            if (e.length == 0) {
                if (c == '\\') {
                    out.append("\\\\");
                } else {
                    out.appendCodePoint(c);
                }
            } else if (c == e[0]) {
                i++;
                if (i >= p.length) {
                    throw DsqlException.of(SqlState.INVALID_ESCAPE_SEQUENCE,
                            "LIKE pattern must not end with escape character");
                }
                out.append('\\').appendCodePoint(p[i]);
            } else if (c == '\\') {
                out.append("\\\\");
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
