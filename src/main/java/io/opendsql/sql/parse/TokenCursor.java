package io.opendsql.sql.parse;

import io.opendsql.common.DsqlException;

import java.util.List;

/** The token list being parsed, the read position, and the nesting depth guard. */
final class TokenCursor {
    /** Nesting limit for expressions and queries; deeper input fails with 54001 instead of overflowing. */
    static final int MAX_DEPTH = 1000;

    final String sql;
    private final List<Token> tokens;
    private final DsqlException scanError;
    private int index;
    private int depth;

    TokenCursor(String sql, List<Token> tokens, DsqlException scanError) {
        this.sql = sql;
        this.tokens = tokens;
        this.scanError = scanError;
    }

    /** The current token; reaching the scanner's error position raises the scanner's error. */
    Token peek() {
        Token token = tokens.get(index);
        if (token.kind() == TokenKind.ERROR) {
            throw scanError;
        }
        return token;
    }

    Token peek(int ahead) {
        int i = Math.min(index + ahead, tokens.size() - 1);
        return tokens.get(i);
    }

    Token next() {
        Token token = peek();
        if (token.kind() != TokenKind.EOF) {
            index++;
        }
        return token;
    }

    /** The token before the current one (the last consumed), or the first token. */
    Token previous() {
        return tokens.get(Math.max(0, index - 1));
    }

    int mark() {
        return index;
    }

    void reset(int mark) {
        index = mark;
    }

    void enter() {
        if (++depth > MAX_DEPTH) {
            throw SyntaxErrors.stackDepth();
        }
    }

    /** The current nesting depth. */
    int depth() {
        return depth;
    }

    void exit() {
        depth--;
    }

    DsqlException syntaxError() {
        return SyntaxErrors.at(sql, "syntax error", peek());
    }

    DsqlException syntaxError(Token token) {
        if (token.kind() == TokenKind.ERROR) {
            return scanError;
        }
        return SyntaxErrors.at(sql, "syntax error", token);
    }
}
