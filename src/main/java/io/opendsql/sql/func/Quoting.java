package io.opendsql.sql.func;

import io.opendsql.sql.parse.Keywords;

/** quote_identifier and quote_literal_cstr (ruleutils.c, quote.c): how SQL text quotes names and values. */
final class Quoting {
    private Quoting() {
    }

    /**
     * An identifier as SQL must write it: unquoted when it is lower-case letters, digits and
     * underscores, starting with a letter or underscore, and not a keyword other than an
     * unreserved one; otherwise in double quotes with inner quotes doubled.
     */
    static String identifier(String ident) {
        boolean safe = !ident.isEmpty() && ((ident.charAt(0) >= 'a' && ident.charAt(0) <= 'z')
                || ident.charAt(0) == '_');
        for (int i = 0; i < ident.length() && safe; i++) {
            char ch = ident.charAt(i);
            safe = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
        }
        if (safe) {
            Keywords.Category category = Keywords.category(ident);
            safe = category == null || category == Keywords.Category.UNRESERVED;
        }
        if (safe) {
            return ident;
        }
        return '"' + ident.replace("\"", "\"\"") + '"';
    }

    /** A literal: quotes and backslashes doubled, with E'' syntax when there is a backslash. */
    static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 3);
        if (value.indexOf('\\') >= 0) {
            out.append('E');
        }
        out.append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'' || c == '\\') {
                out.append(c);
            }
            out.append(c);
        }
        return out.append('\'').toString();
    }
}
