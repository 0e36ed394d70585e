package io.opendsql.sql;

import static java.util.Objects.requireNonNull;

/**
 * One column of a result, as RowDescription describes it.
 *
 * @param name output column name as PostgreSQL names it ({@code ?column?}, a function name, an alias)
 * @param tableOid oid of the source table, or 0
 * @param columnNumber attribute number in the source table, or 0
 * @param typeOid PostgreSQL type oid
 * @param typeSize pg_type.typlen (-1 for variable length)
 * @param typeModifier atttypmod (-1 when none)
 */
public record Column(String name, int tableOid, short columnNumber, int typeOid, short typeSize, int typeModifier) {
    public Column {
        requireNonNull(name, "name");
    }

    /** A computed column with no source table. */
    public static Column computed(String name, int typeOid, short typeSize) {
        return new Column(name, 0, (short) 0, typeOid, typeSize, -1);
    }
}
