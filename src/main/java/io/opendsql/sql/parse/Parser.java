package io.opendsql.sql.parse;

import io.opendsql.common.DsqlException;

import java.util.List;

/**
 * Entry point: parses a query string into its statements, giving PostgreSQL's syntax errors
 * ({@code 42601} with a 1-based character position) and {@code 54001} for nesting that is too deep.
 */
public final class Parser {
    /** How often the StackOverflowError safety net fired; tests check that the depth counter comes first. */
    static final java.util.concurrent.atomic.AtomicInteger STACK_OVERFLOWS = new java.util.concurrent.atomic.AtomicInteger();

    private Parser() {
    }

    /** Parses every statement; an empty or comment-only string gives an empty list. */
    public static List<Statement> parse(String sql) {
        Lexer.Scan scan = Lexer.scan(sql);
        Grammar grammar = new Grammar(new TokenCursor(sql, scan.tokens(), scan.error()));
        try {
            return grammar.statements.statements();
        } catch (StackOverflowError overflow) {
            // Safety net only: the depth counter in TokenCursor normally stops first.
            STACK_OVERFLOWS.incrementAndGet();
            throw SyntaxErrors.stackDepth();
        }
    }

    /**
     * Parses a string that may hold at most one statement, as the extended protocol's Parse message
     * requires: several give PostgreSQL's {@code 42601 cannot insert multiple commands into a prepared
     * statement}; an empty string gives null (an empty query).
     */
    public static Statement parseOne(String sql) {
        List<Statement> statements = parse(sql);
        if (statements.size() > 1) {
            throw DsqlException.of(io.opendsql.common.SqlState.SYNTAX_ERROR,
                    "cannot insert multiple commands into a prepared statement");
        }
        return statements.isEmpty() ? null : statements.get(0);
    }
}
