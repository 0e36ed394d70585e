package io.opendsql.sql.parse.ast;

/** One step of an indirection: {@code .field}, {@code .*}, {@code [i]} or {@code [lo:hi]}. */
public sealed interface IndirectionStep {
    record Field(String name) implements IndirectionStep {
    }

    record Star() implements IndirectionStep {
    }

    /** {@code [index]} when not a slice; {@code [lower:upper]} (either may be null) when a slice. */
    record Subscript(Expr lower, Expr upper, boolean slice) implements IndirectionStep {
    }
}
