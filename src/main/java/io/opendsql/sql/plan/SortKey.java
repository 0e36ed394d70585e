package io.opendsql.sql.plan;

import io.opendsql.sql.analyze.BoundExpr;

/** A sort key: an expression over the input row, its direction and where NULLs go. */
public record SortKey(BoundExpr expr, boolean descending, boolean nullsFirst) {
}
