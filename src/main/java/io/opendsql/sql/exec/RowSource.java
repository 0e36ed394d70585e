package io.opendsql.sql.exec;

/** A running operator: rows on demand, null at the end. Close it to release storage cursors. */
public interface RowSource extends AutoCloseable {
    Object[] next();

    @Override
    default void close() {
    }
}
