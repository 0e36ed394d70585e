package io.opendsql.sql;

import java.util.Map;

/**
 * The session as the SQL layer sees it: who is connected, the settings, and the transaction state.
 * Implemented by the session layer.
 */
public interface SessionContext {
    String user();

    String database();

    int backendPid();

    /** Current value of a setting; throws {@code 42704 unrecognized configuration parameter} if unknown. */
    String setting(String name);

    /** Canonical spelling of a setting's name, as SHOW prints it; throws {@code 42704} if unknown. */
    String settingName(String name);

    /** Sets a setting for the session (or for the transaction when {@code local}). */
    void setSetting(String name, String value, boolean local);

    /** Restores a setting's default; {@code null} restores all of them (RESET ALL). */
    void resetSetting(String name);

    /** Settings in display order, for SHOW ALL. */
    Map<String, String> settings();

    /** Starts an explicit transaction block (BEGIN); warns if one is already open, as PostgreSQL does. */
    void beginBlock(boolean readOnly);

    /** Ends the block with COMMIT; returns the command tag ({@code COMMIT}, or {@code ROLLBACK} for a failed block). */
    String commitBlock();

    /** Ends the block with ROLLBACK. */
    void rollbackBlock();

    /**
     * When the current transaction started (the explicit block, or the implicit transaction of this
     * Query message or extended-protocol batch): what {@code now()} returns, as in PostgreSQL.
     */
    java.time.Instant transactionStart();

    /**
     * The current transaction's engine state, begun on first use (so a block's snapshot is taken by its
     * first statement that reads or writes data, as in PostgreSQL's REPEATABLE READ).
     */
    SqlTransaction transaction();

    /** True inside BEGIN … COMMIT. */
    boolean inBlock();

    /** True when the current transaction is READ ONLY. */
    boolean readOnly();

    /** Throws {@code 57014 canceling statement due to user request} if a CancelRequest arrived; long loops call it. */
    void checkCancel();

    /**
     * The engine's per-session object of a type, created on first use (for state that outlives transactions,
     * such as conflict injection counters).
     */
    <T> T attachment(Class<T> type, java.util.function.Supplier<T> create);

    /** Sends a NOTICE or WARNING to the client without ending the statement. */
    void notice(io.opendsql.common.DsqlException notice);
}
