package io.opendsql.sql.func.aggregate;

/**
 * The running state of one aggregate over one group or window frame (PostgreSQL's transition state):
 * rows are added one at a time, and {@link #result()} gives the aggregate's value over the rows added so far.
 * {@code result()} may be called again after more rows are added (a window frame that grows).
 */
public interface Accumulator {
    /**
     * Adds one row's argument values (SQL NULL is {@code null}); strict aggregates skip rows with a NULL
     * argument themselves.
     */
    void add(Object[] args);

    /** The aggregate's value over the rows added; {@code null} is SQL NULL. */
    Object result();

    /** True when {@link #remove} can take back a row added earlier (a moving window frame's inverse transition). */
    default boolean removable() {
        return false;
    }

    /** Takes back a row added earlier, with the same argument values; only when {@link #removable()}. */
    default void remove(Object[] args) {
        throw new UnsupportedOperationException("no inverse transition");
    }

    /** Bytes of input this state keeps (values it buffers), for the temp space estimate; 0 for fixed-size states. */
    default long heldBytes() {
        return 0;
    }
}
