package io.opendsql.sql.plan;

import static java.util.Objects.requireNonNull;

import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.func.aggregate.AggregateFunction;
import io.opendsql.sql.types.SqlType;
import java.util.List;

/**
 * One aggregate computed for each group: its function, arguments over the aggregation's input row,
 * {@code DISTINCT}, the {@code ORDER BY} inside the call (for an ordered-set aggregate, its WITHIN GROUP order),
 * and {@code FILTER (WHERE …)} (null: none). Direct arguments of an ordered-set aggregate are evaluated once per
 * group, over the group's first input row.
 */
public record AggregateCall(AggregateFunction function, List<BoundExpr> args, List<BoundExpr> directArgs,
                            boolean distinct, List<SortKey> orderBy, BoundExpr filter) {
    public AggregateCall {
        requireNonNull(function, "function");
        args = List.copyOf(args);
        directArgs = List.copyOf(directArgs);
        orderBy = List.copyOf(orderBy);
    }

    public SqlType type() {
        return SqlType.of(function.resultType());
    }

    /** True when rows must be kept and sorted (or de-duplicated) before they reach the aggregate. */
    public boolean buffered() {
        return distinct || !orderBy.isEmpty();
    }
}
