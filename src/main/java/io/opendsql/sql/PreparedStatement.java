package io.opendsql.sql;

import java.util.List;

/** A parsed and analyzed statement: its parameter types, result shape, and how to execute it. */
public interface PreparedStatement {
    /** Parameter type oids, resolved from the client's hints and from how each {@code $n} is used. */
    int[] parameterTypes();

    /** Result columns, or null when the statement returns no rows (NoData). */
    List<Column> resultColumns();

    /**
     * Binds parameters and starts execution.
     *
     * @param parameterValues one entry per parameter, null for SQL NULL
     * @param parameterFormats per PostgreSQL's Bind rules: empty (all text), one (applies to all) or one per value
     * @param resultFormats same rules for the result columns
     */
    Execution execute(SessionContext context, byte[][] parameterValues, short[] parameterFormats,
                      short[] resultFormats);
}
