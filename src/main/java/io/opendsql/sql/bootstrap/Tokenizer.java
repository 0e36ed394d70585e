package io.opendsql.sql.bootstrap;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a query string into statements of {@link Word}s: enough lexing (quotes, dollar quotes,
 * comments) to find statement boundaries and read the few statements the bootstrap engine answers.
 */
final class Tokenizer {
    private final String sql;
    private int pos;

    private Tokenizer(String sql) {
        this.sql = sql;
    }

    /** Statements in order, each as (text, words); empty statements are dropped. */
    static List<BootstrapStatement> split(String sql) {
        return new Tokenizer(sql).statements();
    }

    private List<BootstrapStatement> statements() {
        List<BootstrapStatement> out = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        int start = -1;
        while (true) {
            skipSpaceAndComments();
            if (pos >= sql.length() || sql.charAt(pos) == ';') {
                if (!words.isEmpty()) {
                    out.add(new BootstrapStatement(sql.substring(start, pos).strip(), List.copyOf(words)));
                }
                if (pos >= sql.length()) {
                    return out;
                }
                pos++;
                words.clear();
                start = -1;
                continue;
            }
            if (start < 0) {
                start = pos;
            }
            words.add(next());
        }
    }

    private void skipSpaceAndComments() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (sql.startsWith("--", pos)) {
                int end = sql.indexOf('\n', pos);
                pos = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", pos)) {
                int begin = pos;
                int depth = 0;
                do {
                    if (sql.startsWith("/*", pos)) {
                        depth++;
                        pos += 2;
                    } else if (sql.startsWith("*/", pos)) {
                        depth--;
                        pos += 2;
                    } else {
                        pos++;
                    }
                } while (depth > 0 && pos < sql.length());
                if (depth > 0) {
                    throw syntax("unterminated /* comment at or near \"%s\"", sql.substring(begin), begin);
                }
            } else {
                return;
            }
        }
    }

    private Word next() {
        int begin = pos;
        char c = sql.charAt(pos);
        if (c == '\'' || ((c == 'e' || c == 'E') && pos + 1 < sql.length() && sql.charAt(pos + 1) == '\'')) {
            boolean escapes = c != '\'';
            pos += escapes ? 2 : 1;
            return new Word(Word.Kind.STRING, quoted('\'', escapes, begin), begin + 1);
        }
        if (c == '"') {
            pos++;
            String text = quoted('"', false, begin);
            if (text.isEmpty()) {
                throw syntax("zero-length delimited identifier at or near \"\"\"\"", null, begin);
            }
            return new Word(Word.Kind.QUOTED_IDENTIFIER, text, begin + 1);
        }
        if (c == '$') {
            int close = dollarTagEnd(pos);
            if (close > 0) {
                String tag = sql.substring(pos, close + 1);
                int end = sql.indexOf(tag, close + 1);
                if (end < 0) {
                    throw syntax("unterminated dollar-quoted string at or near \"%s\"", sql.substring(begin), begin);
                }
                pos = end + tag.length();
                return new Word(Word.Kind.STRING, sql.substring(close + 1, end), begin + 1);
            }
            pos++;
            while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                pos++;
            }
            return new Word(Word.Kind.PARAMETER, sql.substring(begin, pos), begin + 1);
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '_'
                    || sql.charAt(pos) == '$')) {
                pos++;
            }
            return new Word(Word.Kind.IDENTIFIER, sql.substring(begin, pos).toLowerCase(Locale.ROOT), begin + 1);
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < sql.length() && Character.isDigit(sql.charAt(pos + 1)))) {
            while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '.'
                    || sql.charAt(pos) == '_')) {
                pos++;
            }
            return new Word(Word.Kind.NUMBER, sql.substring(begin, pos), begin + 1);
        }
        pos++;
        if (c == ':' && pos < sql.length() && sql.charAt(pos) == ':') {
            pos++;
        }
        return new Word(Word.Kind.PUNCTUATION, sql.substring(begin, pos), begin + 1);
    }

    /** Reads a quoted body after the opening quote; a doubled quote stands for one. */
    private String quoted(char quote, boolean escapes, int begin) {
        StringBuilder out = new StringBuilder();
        while (pos < sql.length()) {
            char c = sql.charAt(pos++);
            if (c == quote) {
                if (pos < sql.length() && sql.charAt(pos) == quote) {
                    out.append(quote);
                    pos++;
                    continue;
                }
                return out.toString();
            }
            if (escapes && c == '\\' && pos < sql.length()) {
                char e = sql.charAt(pos++);
                out.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    default -> e;
                });
                continue;
            }
            out.append(c);
        }
        String what = quote == '"' ? "unterminated quoted identifier" : "unterminated quoted string";
        throw syntax(what + " at or near \"%s\"", sql.substring(begin), begin);
    }

    /** If a dollar-quote tag starts at {@code at}, the index of its closing '$'; else -1. */
    private int dollarTagEnd(int at) {
        int i = at + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '$') {
                return i;
            }
            boolean ok = Character.isLetter(c) || c == '_' || (i > at + 1 && Character.isDigit(c));
            if (!ok) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    private static DsqlException syntax(String format, String near, int begin) {
        String message = near == null ? format : String.format(format, near);
        return DsqlException.of(SqlState.SYNTAX_ERROR, message).at(begin + 1);
    }
}
