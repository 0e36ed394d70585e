package io.opendsql.sql.parse;

import java.math.BigInteger;
import java.util.function.IntConsumer;

/** The numeric-literal rules of PostgreSQL 16's scan.l (underscores, 0x/0o/0b, junk detection). */
final class NumberScanner {
    private final String sql;
    private final int length;

    private NumberScanner(String sql) {
        this.sql = sql;
        this.length = sql.length();
    }

    static Token scan(String sql, IntConsumer setPos, int start) {
        NumberScanner scanner = new NumberScanner(sql);
        Token token = scanner.scanAt(start);
        setPos.accept(token.end());
        return token;
    }

    private char at(int i) {
        return i < length ? sql.charAt(i) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isIdentCont(char c) {
        return isIdentStart(c) || isDigit(c) || c == '$';
    }

    private static int digitValue(char c, int radix) {
        int v = Character.digit(c, radix);
        return c < 0x80 ? v : -1;
    }

    /** End of {@code (_?digit)+} starting at {@code p}, or {@code p} when nothing matches. */
    private int digitsEnd(int p, int radix, boolean firstNeedsNoUnderscore) {
        int end = p;
        int q = p;
        boolean first = true;
        while (true) {
            int r = q;
            if (at(r) == '_' && !(first && firstNeedsNoUnderscore)) {
                r++;
            }
            if (r < length && digitValue(sql.charAt(r), radix) >= 0) {
                q = r + 1;
                end = q;
                first = false;
            } else {
                return end;
            }
        }
    }

    private int identifierEnd(int p) {
        int q = p;
        if (q < length && isIdentStart(sql.charAt(q))) {
            q++;
            while (q < length && isIdentCont(sql.charAt(q))) {
                q++;
            }
        }
        return q;
    }

    private Token scanAt(int start) {
        char c = sql.charAt(start);
        char c1 = Character.toLowerCase(at(start + 1));
        if (c == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b')) {
            int radix = c1 == 'x' ? 16 : c1 == 'o' ? 8 : 2;
            int end = digitsEnd(start + 2, radix, false);
            if (end == start + 2) {
                int failEnd = start + 2 + (at(start + 2) == '_' ? 1 : 0);
                int junkEnd = identifierEnd(start + 1);
                if (junkEnd > failEnd) {
                    throw SyntaxErrors.near(sql, "trailing junk after numeric literal", start, junkEnd);
                }
                String what = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
                throw SyntaxErrors.near(sql, "invalid " + what + " integer", start, failEnd);
            }
            int junkEnd = identifierEnd(start + 1);
            if (junkEnd > end) {
                // decinteger_junk ("0" followed by an identifier) is the longer match.
                throw SyntaxErrors.near(sql, "trailing junk after numeric literal", start, junkEnd);
            }
            checkJunk(start, end);
            String digits = sql.substring(start + 2, end).replace("_", "");
            return integerToken(new BigInteger(digits, radix), start, end);
        }
        int p = start;
        boolean isInteger = true;
        if (c != '.') {
            p = digitsEnd(start, 10, true);
            if (at(p) == '.' && at(p + 1) == '.') {
                // numericfail: "1..": the integer, then "..".
                return integerToken(new BigInteger(sql.substring(start, p).replace("_", "")), start, p);
            }
            if (at(p) == '.') {
                isInteger = false;
                p = digitsEnd(p + 1, 10, true);
            }
        } else {
            isInteger = false;
            p = digitsEnd(start + 1, 10, true);
        }
        if (at(p) == 'e' || at(p) == 'E') {
            int q = p + 1;
            if (at(q) == '+' || at(q) == '-') {
                q++;
                if (!isDigit(at(q))) {
                    throw SyntaxErrors.near(sql, "trailing junk after numeric literal", start, q);
                }
            }
            if (isDigit(at(q))) {
                p = digitsEnd(q, 10, true);
                isInteger = false;
            }
        }
        checkJunk(start, p);
        String text = sql.substring(start, p).replace("_", "");
        if (isInteger) {
            return integerToken(new BigInteger(text), start, p);
        }
        return new Token(TokenKind.NUMERIC, text, start, p);
    }

    private void checkJunk(int start, int end) {
        if (end < length && isIdentStart(sql.charAt(end))) {
            throw SyntaxErrors.near(sql, "trailing junk after numeric literal", start, identifierEnd(end));
        }
    }

    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private Token integerToken(BigInteger value, int start, int end) {
        if (value.compareTo(INT_MAX) <= 0) {
            return new Token(TokenKind.INTEGER, value.toString(), start, end);
        }
        return new Token(TokenKind.NUMERIC, value.toString(), start, end);
    }
}
