package io.opendsql.sql;

/**
 * A bound statement being executed. Rows stream to a sink in batches so a portal can stop after
 * {@code maxRows} and resume later; a statement without rows completes on the first fetch.
 */
public interface Execution extends AutoCloseable {
    /**
     * Sends up to {@code maxRows} rows (all when {@code maxRows <= 0}).
     *
     * @return true when the statement has completed; false when rows remain (PortalSuspended)
     */
    boolean fetch(int maxRows, RowSink sink);

    /** Command tag for CommandComplete ({@code SELECT 3}, {@code SET}, {@code BEGIN}); valid once complete. */
    String commandTag();

    @Override
    default void close() {
    }
}
