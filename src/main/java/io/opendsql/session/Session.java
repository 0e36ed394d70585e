package io.opendsql.session;

import java.util.List;
import java.util.Map;

/**
 * One client session: settings, transaction state, prepared statements and portals. The wire layer
 * calls these methods, one message at a time, from the connection's thread; errors are thrown as
 * {@link io.opendsql.common.DsqlException}. Names are as sent by the client; "" is the unnamed
 * statement or portal.
 */
public interface Session extends AutoCloseable {
    /** ParameterStatus values to report after authentication. */
    Map<String, String> reportedParameters();

    TransactionStatus transactionStatus();

    /** Simple query: runs every statement of the string in turn; stops at the first error (thrown). */
    void simpleQuery(String sql, ResultSink sink);

    /** Parse: creates a prepared statement (replacing the unnamed one). */
    void parse(String statementName, String sql, int[] parameterTypeHints);

    /** Bind: creates a portal from a prepared statement and parameter values. */
    void bind(String portalName, String statementName, short[] parameterFormats, byte[][] parameterValues,
              short[] resultFormats);

    StatementDescription describeStatement(String statementName);

    /** Describe of a portal: its columns, or null for NoData. */
    List<io.opendsql.sql.Column> describePortal(String portalName);

    /**
     * Execute: sends up to {@code maxRows} rows (all when 0) then CommandComplete.
     *
     * @return true when the portal completed, false when it was suspended (PortalSuspended)
     */
    boolean execute(String portalName, int maxRows, ResultSink sink);

    void closeStatement(String statementName);

    void closePortal(String portalName);

    /**
     * Sync: ends the extended-protocol implicit transaction, if any (committing it, or rolling it back
     * after an error); ParameterStatus for settings that the rollback restored goes to {@code sink}.
     */
    void sync(ResultSink sink);

    /**
     * Records that the wire layer failed a message of the extended protocol (it then skips to Sync):
     * an open transaction block becomes failed, as after any statement error.
     */
    void extendedProtocolError();

    /** CancelRequest from another connection: interrupts the running statement, if any. */
    void cancel();

    /** True while a statement is running or a transaction block is open (the connection is not idle). */
    boolean busy();

    @Override
    void close();
}
