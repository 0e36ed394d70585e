package io.opendsql.sql.parse;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's lexical rules (scan.l, with standard_conforming_strings on), plus the look-ahead
 * for {@code UESCAPE} that PostgreSQL's parser.c does. Produces the whole token list up front.
 */
public final class Lexer {
    private static final int NAME_MAX_BYTES = 63;
    private static final String SELF_CHARS = ",()[].;:+-*/%^<>=";
    private static final String OP_CHARS = "~!@#^&|`?+-*/%<>=";

    private final String sql;
    private final int length;
    private int pos;
    private final List<Token> tokens = new ArrayList<>();

    private Lexer(String sql) {
        this.sql = sql;
        this.length = sql.length();
    }

    /** Scans the whole string; the last token is always {@link TokenKind#EOF}. Scanner errors are thrown. */
    public static List<Token> tokenize(String sql) {
        Scan scan = scan(sql);
        if (scan.error() != null) {
            throw scan.error();
        }
        return scan.tokens();
    }

    /**
     * The tokens up to the end, or up to a scanner error: then the last token is an
     * {@link TokenKind#ERROR} token at the failing text and {@code error} is what to raise there.
     */
    record Scan(List<Token> tokens, DsqlException error) {
    }

    static Scan scan(String sql) {
        Lexer lexer = new Lexer(sql);
        DsqlException error = lexer.run();
        return new Scan(List.copyOf(lexer.tokens), error);
    }

    private DsqlException run() {
        while (true) {
            int start = pos;
            try {
                skipWhitespaceAndComments();
                if (pos >= length) {
                    tokens.add(new Token(TokenKind.EOF, "", length, length));
                    return null;
                }
                start = pos;
                tokens.add(next());
            } catch (DsqlException e) {
                tokens.add(new Token(TokenKind.ERROR, "", start, Math.max(start, Math.min(length, pos))));
                return e;
            }
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isIdentCont(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9') || c == '$';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private char at(int i) {
        return i < length ? sql.charAt(i) : '\0';
    }

    private void skipWhitespaceAndComments() {
        while (pos < length) {
            char c = sql.charAt(pos);
            if (isSpace(c)) {
                pos++;
            } else if (c == '-' && at(pos + 1) == '-') {
                while (pos < length && sql.charAt(pos) != '\n' && sql.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (c == '/' && at(pos + 1) == '*') {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    private void skipBlockComment() {
        int start = pos;
        int depth = 0;
        pos += 2;
        while (true) {
            if (pos >= length) {
                throw SyntaxErrors.near(sql, "unterminated /* comment", start, length);
            }
            if (sql.charAt(pos) == '/' && at(pos + 1) == '*') {
                depth++;
                pos += 2;
            } else if (sql.charAt(pos) == '*' && at(pos + 1) == '/') {
                pos += 2;
                if (depth == 0) {
                    return;
                }
                depth--;
            } else {
                pos++;
            }
        }
    }

    private Token next() {
        int start = pos;
        char c = sql.charAt(pos);
        char c1 = at(pos + 1);
        if ((c == 'b' || c == 'B') && c1 == '\'') {
            pos += 2;
            String body = scanSimpleQuoted(start, "unterminated bit string literal");
            return new Token(TokenKind.BIT_STRING, body, start, pos);
        }
        if ((c == 'x' || c == 'X') && c1 == '\'') {
            pos += 2;
            String body = scanSimpleQuoted(start, "unterminated hexadecimal string literal");
            return new Token(TokenKind.HEX_STRING, body, start, pos);
        }
        if ((c == 'e' || c == 'E') && c1 == '\'') {
            pos += 2;
            return new Token(TokenKind.STRING, scanExtendedString(start), start, pos);
        }
        if ((c == 'n' || c == 'N') && c1 == '\'') {
            // National character: the scanner returns the keyword NCHAR and rescans the string.
            pos += 1;
            return new Token(TokenKind.KEYWORD, "nchar", start, pos);
        }
        if ((c == 'u' || c == 'U') && c1 == '&' && (at(pos + 2) == '\'' || at(pos + 2) == '"')) {
            return scanUnicode(start);
        }
        if (c == '\'') {
            pos++;
            String body = scanSimpleQuoted(start, "unterminated quoted string");
            return new Token(TokenKind.STRING, body, start, pos);
        }
        if (c == '"') {
            pos++;
            String name = scanQuotedIdentifier(start);
            return new Token(TokenKind.IDENT, truncateName(name), start, pos);
        }
        if (c == '$') {
            return scanDollar(start);
        }
        if (isDigit(c) || (c == '.' && isDigit(c1))) {
            return NumberScanner.scan(sql, this::setPos, start);
        }
        if (isIdentStart(c)) {
            while (pos < length && isIdentCont(sql.charAt(pos))) {
                pos++;
            }
            String word = downcase(sql.substring(start, pos));
            if (Keywords.isKeyword(word)) {
                return new Token(TokenKind.KEYWORD, word, start, pos);
            }
            return new Token(TokenKind.IDENT, truncateName(word), start, pos);
        }
        if (c == ':' && c1 == ':') {
            pos += 2;
            return new Token(TokenKind.TYPECAST, "::", start, pos);
        }
        if (c == '.' && c1 == '.') {
            pos += 2;
            return new Token(TokenKind.DOT_DOT, "..", start, pos);
        }
        if (c == ':' && c1 == '=') {
            pos += 2;
            return new Token(TokenKind.COLON_EQUALS, ":=", start, pos);
        }
        if (OP_CHARS.indexOf(c) >= 0) {
            return scanOperator(start);
        }
        if (SELF_CHARS.indexOf(c) >= 0) {
            pos++;
            return new Token(TokenKind.CHAR, String.valueOf(c), start, pos);
        }
        pos += Character.charCount(sql.codePointAt(pos));
        return new Token(TokenKind.OTHER, sql.substring(start, pos), start, pos);
    }

    private void setPos(int newPos) {
        pos = newPos;
    }

    /** Lower-cases ASCII letters only, as PostgreSQL's downcase_identifier does for UTF-8. */
    static String downcase(String word) {
        StringBuilder out = null;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                if (out == null) {
                    out = new StringBuilder(word);
                }
                out.setCharAt(i, (char) (ch + ('a' - 'A')));
            }
        }
        return out == null ? word : out.toString();
    }

    /** Truncates to NAMEDATALEN-1 bytes of UTF-8 at a character boundary. */
    static String truncateName(String name) {
        if (name.length() <= NAME_MAX_BYTES / 4) {
            return name;
        }
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= NAME_MAX_BYTES) {
            return name;
        }
        int bytesSoFar = 0;
        int i = 0;
        while (i < name.length()) {
            int cp = name.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytesSoFar + size > NAME_MAX_BYTES) {
                break;
            }
            bytesSoFar += size;
            i += Character.charCount(cp);
        }
        return name.substring(0, i);
    }

    private Token scanOperator(int start) {
        int end = pos;
        while (end < length && OP_CHARS.indexOf(sql.charAt(end)) >= 0) {
            end++;
        }
        String text = sql.substring(start, end);
        int nchars = text.length();
        int slashStar = text.indexOf("/*");
        int dashDash = text.indexOf("--");
        int cut = slashStar < 0 ? dashDash : dashDash < 0 ? slashStar : Math.min(slashStar, dashDash);
        if (cut >= 0) {
            nchars = cut;
        }
        if (nchars > 1 && (text.charAt(nchars - 1) == '+' || text.charAt(nchars - 1) == '-')) {
            int ic = nchars - 2;
            for (; ic >= 0; ic--) {
                if ("~!@#^&|`?%".indexOf(text.charAt(ic)) >= 0) {
                    break;
                }
            }
            if (ic < 0) {
                do {
                    nchars--;
                } while (nchars > 1 && (text.charAt(nchars - 1) == '+' || text.charAt(nchars - 1) == '-'));
            }
        }
        text = text.substring(0, nchars);
        pos = start + nchars;
        if (nchars == 1 && SELF_CHARS.indexOf(text.charAt(0)) >= 0) {
            return new Token(TokenKind.CHAR, text, start, pos);
        }
        switch (text) {
            case "=>":
                return new Token(TokenKind.EQUALS_GREATER, text, start, pos);
            case ">=":
                return new Token(TokenKind.GREATER_EQUALS, text, start, pos);
            case "<=":
                return new Token(TokenKind.LESS_EQUALS, text, start, pos);
            case "<>":
            case "!=":
                return new Token(TokenKind.NOT_EQUALS, "<>", start, pos);
            default:
                break;
        }
        if (nchars >= NAME_MAX_BYTES + 1) {
            throw SyntaxErrors.near(sql, "operator too long", start, pos);
        }
        return new Token(TokenKind.OPERATOR, text, start, pos);
    }

    /**
     * Scans the body of a quoted literal with {@code ''} doubling and the continuation rule
     * (closing quote, whitespace containing a newline, opening quote). {@code pos} is just after
     * the opening quote.
     */
    private String scanSimpleQuoted(int start, String unterminated) {
        StringBuilder body = new StringBuilder();
        while (true) {
            if (pos >= length) {
                throw SyntaxErrors.near(sql, unterminated, start, length);
            }
            char c = sql.charAt(pos);
            if (c == '\'') {
                if (at(pos + 1) == '\'') {
                    body.append('\'');
                    pos += 2;
                    continue;
                }
                pos++;
                if (!continueQuote()) {
                    return body.toString();
                }
                continue;
            }
            body.append(c);
            pos++;
        }
    }

    /** After a closing quote: if whitespace with a newline and a quote follow, consume them and return true. */
    private boolean continueQuote() {
        int p = pos;
        boolean sawNewline = false;
        while (p < length) {
            char c = sql.charAt(p);
            if (c == '\n' || c == '\r') {
                sawNewline = true;
                p++;
            } else if (isSpace(c)) {
                p++;
            } else if (c == '-' && p + 1 < length && sql.charAt(p + 1) == '-') {
                while (p < length && sql.charAt(p) != '\n' && sql.charAt(p) != '\r') {
                    p++;
                }
            } else {
                break;
            }
        }
        if (sawNewline && p < length && sql.charAt(p) == '\'') {
            pos = p + 1;
            return true;
        }
        return false;
    }

    private String scanQuotedIdentifier(int start) {
        StringBuilder body = new StringBuilder();
        while (true) {
            if (pos >= length) {
                throw SyntaxErrors.near(sql, "unterminated quoted identifier", start, length);
            }
            char c = sql.charAt(pos);
            if (c == '"') {
                if (at(pos + 1) == '"') {
                    body.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                if (body.isEmpty()) {
                    throw SyntaxErrors.near(sql, "zero-length delimited identifier", start, pos);
                }
                return body.toString();
            }
            body.append(c);
            pos++;
        }
    }

    private String scanExtendedString(int start) {
        StringBuilder body = new StringBuilder();
        while (true) {
            if (pos >= length) {
                throw SyntaxErrors.near(sql, "unterminated quoted string", start, length);
            }
            char c = sql.charAt(pos);
            if (c == '\'') {
                if (at(pos + 1) == '\'') {
                    body.append('\'');
                    pos += 2;
                    continue;
                }
                pos++;
                if (!continueQuote()) {
                    return body.toString();
                }
                continue;
            }
            if (c == '\\') {
                pos = EscapeDecoder.backslash(sql, pos, body, start);
                continue;
            }
            body.append(c);
            pos++;
        }
    }

    private Token scanUnicode(int start) {
        boolean identifier = at(pos + 2) == '"';
        pos += 3;
        String raw = identifier ? scanQuotedIdentifier(start) : scanSimpleQuoted(start, "unterminated quoted string");
        int rawStart = start + 3;
        int end = pos;
        char escape = '\\';
        // Look ahead for UESCAPE 'c' as PostgreSQL's parser.c does.
        int save = pos;
        skipWhitespaceAndComments();
        if (pos < length && isIdentStart(sql.charAt(pos))) {
            int wordStart = pos;
            int p = pos;
            while (p < length && isIdentCont(sql.charAt(p))) {
                p++;
            }
            if (downcase(sql.substring(wordStart, p)).equals("uescape")) {
                pos = p;
                skipWhitespaceAndComments();
                if (pos >= length || sql.charAt(pos) != '\'') {
                    Token bad = pos >= length ? new Token(TokenKind.EOF, "", length, length) : next();
                    throw SyntaxErrors.at(sql, "UESCAPE must be followed by a simple string literal", bad);
                }
                int escStart = pos;
                pos++;
                String escapeText = scanSimpleQuoted(escStart, "unterminated quoted string");
                if (escapeText.length() != 1 || !EscapeDecoder.validUnicodeEscapeChar(escapeText.charAt(0))) {
                    throw SyntaxErrors.near(sql, "invalid Unicode escape character", escStart, pos);
                }
                escape = escapeText.charAt(0);
                end = pos;
            } else {
                pos = save;
            }
        } else {
            pos = save;
        }
        String value = EscapeDecoder.unicode(sql, raw, escape, rawStart);
        if (identifier) {
            return new Token(TokenKind.IDENT, truncateName(value), start, end);
        }
        return new Token(TokenKind.STRING, value, start, end);
    }

    private Token scanDollar(int start) {
        char c1 = at(pos + 1);
        if (isDigit(c1)) {
            int p = pos + 1;
            while (p < length && isDigit(sql.charAt(p))) {
                p++;
            }
            if (p < length && isIdentStart(sql.charAt(p))) {
                int junkEnd = p;
                while (junkEnd < length && isIdentCont(sql.charAt(junkEnd))) {
                    junkEnd++;
                }
                throw SyntaxErrors.near(sql, "trailing junk after parameter", start, junkEnd);
            }
            pos = p;
            String digits = sql.substring(start + 1, p);
            return new Token(TokenKind.PARAM, digits, start, pos);
        }
        // $tag$ or $$
        int p = pos + 1;
        if (isIdentStart(c1)) {
            p++;
            while (p < length && (isIdentStart(sql.charAt(p)) || isDigit(sql.charAt(p)))) {
                p++;
            }
        }
        if (p < length && sql.charAt(p) == '$') {
            String delimiter = sql.substring(start, p + 1);
            int bodyStart = p + 1;
            int close = sql.indexOf(delimiter, bodyStart);
            if (close < 0) {
                throw SyntaxErrors.near(sql, "unterminated dollar-quoted string", start, length);
            }
            pos = close + delimiter.length();
            return new Token(TokenKind.STRING, sql.substring(bodyStart, close), start, pos);
        }
        pos++;
        return new Token(TokenKind.OTHER, "$", start, pos);
    }

    /** Raised for escapes that PostgreSQL rejects with an error code other than 42601. */
    static DsqlException escapeError(String sql, SqlState state, String message, String hint, int offset) {
        DsqlException error = DsqlException.of(state, message).at(SyntaxErrors.position(sql, offset));
        return hint == null ? error : error.hint(hint);
    }
}
