package io.opendsql.sql.func.aggregate;

import static java.util.Objects.requireNonNull;

import io.opendsql.sql.func.FunctionContext;
import io.opendsql.sql.types.PgType;
import java.util.List;

/**
 * One aggregate variant as pg_aggregate and pg_proc describe it: name, argument types, result type, and how to
 * start a state. An ordered-set aggregate ({@code percentile_cont(0.5) WITHIN GROUP (ORDER BY x)}) has
 * {@code directTypes} (evaluated once per group) and takes its aggregated arguments, {@code argTypes}, in the
 * WITHIN GROUP order.
 */
public record AggregateFunction(String name, List<PgType> directTypes, List<PgType> argTypes, PgType resultType,
                                boolean orderedSet, Factory factory) {
    public AggregateFunction {
        requireNonNull(name, "name");
        directTypes = List.copyOf(directTypes);
        argTypes = List.copyOf(argTypes);
        requireNonNull(resultType, "resultType");
        requireNonNull(factory, "factory");
    }

    /** A normal aggregate. */
    public static AggregateFunction of(String name, List<PgType> argTypes, PgType resultType, Factory factory) {
        return new AggregateFunction(name, List.of(), argTypes, resultType, false, factory);
    }

    /** Starts a state; {@code direct} holds the direct arguments' values of an ordered-set aggregate. */
    @FunctionalInterface
    public interface Factory {
        Accumulator create(Object[] direct, FunctionContext context);
    }

    public Accumulator start(Object[] direct, FunctionContext context) {
        return factory.create(direct, context);
    }
}
