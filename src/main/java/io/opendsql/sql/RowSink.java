package io.opendsql.sql;

/** Receives result rows already encoded in the requested format; a null entry is SQL NULL. */
@FunctionalInterface
public interface RowSink {
    void row(byte[][] values);
}
