package io.opendsql.sql.bootstrap;

/**
 * One token of a statement: kind, text (identifiers folded to lower case unless quoted, string
 * literals unescaped) and 1-based position in the query string.
 */
record Word(Kind kind, String text, int position) {
    enum Kind { IDENTIFIER, QUOTED_IDENTIFIER, NUMBER, STRING, PARAMETER, PUNCTUATION }

    boolean is(String keyword) {
        return kind == Kind.IDENTIFIER && text.equals(keyword);
    }
}
