package io.opendsql.sql.plan;

import io.opendsql.sql.analyze.BoundExpr;
import java.util.List;

/**
 * A primary-key range of a scan: equality values for a prefix of the key columns (all of them for a point
 * read), evaluated once per execution. Values are already coerced to the key columns' types.
 */
public record KeyRange(List<BoundExpr> equalities) {
    public KeyRange {
        equalities = List.copyOf(equalities);
    }
}
