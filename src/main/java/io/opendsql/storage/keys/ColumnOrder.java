package io.opendsql.storage.keys;

import static java.util.Objects.requireNonNull;

/**
 * How one key column is encoded: whether it can be NULL (a marker byte precedes nullable values), where NULL
 * sorts, and whether the column sorts descending (every byte of the column inverted; DSQL itself rejects
 * DESC index keys, so only internal keys use it).
 */
public record ColumnOrder(boolean nullable, NullOrder nulls, boolean descending) {
    /** A NOT NULL ascending column, such as a primary-key column: no marker byte. */
    public static final ColumnOrder NOT_NULL = new ColumnOrder(false, NullOrder.NULLS_LAST, false);
    public static final ColumnOrder NULLS_LAST = new ColumnOrder(true, NullOrder.NULLS_LAST, false);
    public static final ColumnOrder NULLS_FIRST = new ColumnOrder(true, NullOrder.NULLS_FIRST, false);

    public ColumnOrder {
        requireNonNull(nulls, "nulls");
    }

    public ColumnOrder reversed() {
        return new ColumnOrder(nullable, nulls, !descending);
    }
}
