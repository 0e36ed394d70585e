package io.opendsql.sql.types;

import static java.util.Objects.requireNonNull;

/**
 * A cast between two types, as pg_cast lists it (or an automatic I/O conversion cast).
 *
 * @param source the source type
 * @param target the target type
 * @param context where the cast applies without being written
 * @param function the conversion of a non-null value; the target's modifier is applied afterwards by
 *                 {@link Casts#cast}
 */
public record Cast(PgType source, PgType target, CastContext context, Conversion function) {
    public Cast {
        requireNonNull(source, "source");
        requireNonNull(target, "target");
        requireNonNull(context, "context");
        requireNonNull(function, "function");
    }

    /** Converts a non-null value of the source type to the target type. */
    @FunctionalInterface
    public interface Conversion {
        Object apply(Object value, TypeContext context);
    }
}
