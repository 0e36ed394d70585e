package io.opendsql.sql.parse;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;

/** Builds errors the way PostgreSQL's scanner and grammar report them. */
final class SyntaxErrors {
    static final String STACK_DEPTH_HINT = "Increase the configuration parameter \"max_stack_depth\" "
            + "(currently 2048kB), after ensuring the platform's stack depth limit is adequate.";

    private SyntaxErrors() {
    }

    /** 1-based character position as PostgreSQL counts it (code points, not UTF-16 units). */
    static int position(String sql, int offset) {
        int clamped = Math.max(0, Math.min(offset, sql.length()));
        return sql.codePointCount(0, clamped) + 1;
    }

    /** "{message} at or near "{token text}"" or "{message} at end of input". */
    static DsqlException at(String sql, String message, Token token) {
        if (token.kind() == TokenKind.EOF) {
            return DsqlException.of(SqlState.SYNTAX_ERROR, message + " at end of input")
                    .at(position(sql, token.start()));
        }
        return DsqlException.of(SqlState.SYNTAX_ERROR, message + " at or near \"%s\"",
                sql.substring(token.start(), token.end())).at(position(sql, token.start()));
    }

    /** A scanner error: the text from {@code start} to {@code end} is quoted. */
    static DsqlException near(String sql, String message, int start, int end) {
        if (start >= sql.length()) {
            return DsqlException.of(SqlState.SYNTAX_ERROR, message + " at end of input").at(position(sql, start));
        }
        return DsqlException.of(SqlState.SYNTAX_ERROR, message + " at or near \"%s\"",
                sql.substring(start, end)).at(position(sql, start));
    }

    /** An error raised by a grammar action, with a plain message and position. */
    static DsqlException plain(String sql, SqlState state, String message, int offset) {
        return DsqlException.of(state, message).at(position(sql, offset));
    }

    static DsqlException stackDepth() {
        return DsqlException.of(SqlState.STATEMENT_TOO_COMPLEX, "stack depth limit exceeded").hint(STACK_DEPTH_HINT);
    }
}
