package io.opendsql.sql.func;

import static java.util.Objects.requireNonNull;

import io.opendsql.sql.types.PgType;
import java.util.List;

/**
 * One operator or function variant as pg_proc/pg_operator describe it: name, argument types,
 * result type and its implementation. Argument and result types may be PostgreSQL's pseudo-types:
 * {@link PgType#ANY} takes any value as it is (an unknown literal stays unknown), and the polymorphic
 * ones ({@code anyelement}, {@code anyarray}, {@code anycompatible}...) are resolved per call by
 * {@link Polymorphic}; the implementation then sees the actual types in {@link Arguments#types()}.
 *
 * @param strict true when any NULL argument gives NULL without calling the implementation
 */
public record FunctionDef(String name, List<PgType> argTypes, PgType resultType, boolean strict,
                          Implementation implementation) {
    /** Pseudo argument type: any non-array value ({@code anynonarray}). */
    public static final PgType ANY = PgType.ANYNONARRAY;

    public FunctionDef {
        requireNonNull(name, "name");
        argTypes = List.copyOf(argTypes);
        requireNonNull(resultType, "resultType");
        requireNonNull(implementation, "implementation");
    }

    /** Computes the result from non-null arguments (or any arguments for non-strict functions). */
    @FunctionalInterface
    public interface Implementation {
        Object apply(Arguments arguments);
    }

    /** The argument values, their resolved types, and the session the call runs in. */
    public record Arguments(Object[] values, PgType[] types, FunctionContext context) {
        public Object get(int i) {
            return values[i];
        }
    }
}
