package io.opendsql.sql.plan;

import static java.util.Objects.requireNonNull;

import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.func.aggregate.AggregateFunction;
import io.opendsql.sql.func.aggregate.WindowFunction;
import io.opendsql.sql.types.SqlType;
import java.util.List;

/**
 * One window function call: a built-in window function or an aggregate over each row's frame, its arguments
 * over the window operator's input row, {@code FILTER} (aggregates only; null: none) and its window.
 */
public record WindowCall(SqlType type, Function function, List<BoundExpr> args, BoundExpr filter, WindowSpec window) {
    public WindowCall {
        requireNonNull(type, "type");
        requireNonNull(function, "function");
        args = List.copyOf(args);
        requireNonNull(window, "window");
    }

    /** What the call computes. */
    public sealed interface Function permits Builtin, Aggregate {
    }

    /** row_number, rank, lag, first_value, …. */
    public record Builtin(WindowFunction kind) implements Function {
    }

    /** An aggregate over the frame. */
    public record Aggregate(AggregateFunction function) implements Function {
    }
}
