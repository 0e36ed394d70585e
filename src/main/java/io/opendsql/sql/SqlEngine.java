package io.opendsql.sql;

import java.util.List;

/**
 * What the session asks of the SQL layer. The session owns protocol state (statements, portals,
 * transaction status); the engine turns text into prepared statements and runs them.
 */
public interface SqlEngine {
    /**
     * Parses a query string into its statements, in order. An empty or comment-only string gives an
     * empty list. Syntax errors are thrown as {@code 42601} with a position.
     */
    List<ParsedStatement> parse(String sql);

    /** Analyzes one parsed statement for execution in this session. */
    PreparedStatement prepare(ParsedStatement statement, int[] parameterTypeHints, SessionContext context);

    /**
     * Starts the engine's side of the session's current transaction: its snapshot is taken now. The
     * session calls this when a statement first asks for {@link SessionContext#transaction()}.
     */
    SqlTransaction begin(SessionContext context);
}
