package io.opendsql.sql.parse.ast;

import java.util.List;

/**
 * A type as written. Built-in SQL types get PostgreSQL's internal names qualified with
 * {@code pg_catalog} ({@code int} → {@code pg_catalog.int4}), as the grammar's SystemTypeName does.
 *
 * @param names qualified name
 * @param modifiers type modifiers ({@code varchar(20)}, {@code numeric(10,2)})
 * @param arrayBounds one entry per array dimension, -1 when unsized
 * @param intervalFields for INTERVAL, the field restriction ("day to second"), or null
 * @param percentType true for {@code t.c%TYPE}
 */
public record TypeName(int location, List<String> names, List<Expr> modifiers, List<Integer> arrayBounds,
                       String intervalFields, boolean setof, boolean percentType) {
    public TypeName {
        names = List.copyOf(names);
        modifiers = List.copyOf(modifiers);
        arrayBounds = List.copyOf(arrayBounds);
    }

    public static TypeName system(int location, String name) {
        return new TypeName(location, List.of("pg_catalog", name), List.of(), List.of(), null, false, false);
    }

    public TypeName withArrayBounds(List<Integer> bounds) {
        return new TypeName(location, names, modifiers, bounds, intervalFields, setof, percentType);
    }

    public TypeName withModifiers(List<Expr> newModifiers) {
        return new TypeName(location, names, newModifiers, arrayBounds, intervalFields, setof, percentType);
    }
}
