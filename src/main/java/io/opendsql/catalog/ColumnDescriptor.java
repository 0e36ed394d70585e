package io.opendsql.catalog;

import static java.util.Objects.requireNonNull;

/**
 * A column of a table (pg_attribute row). Types are PostgreSQL type OIDs plus typmod (-1 = none);
 * expressions are SQL text that the SQL layer parses again. Comments live in the catalog's comment rows
 * ({@link Catalog#comment}), not here.
 *
 * @param attnum         1-based, never reused in a table (dropped columns keep theirs)
 * @param defaultExpr    DEFAULT expression text, or null
 * @param generatedExpr  {@code GENERATED ALWAYS AS (...) STORED} expression text, or null
 * @param identity       identity settings, or null
 * @param dropped        true once dropped: hidden, but still counted against the lifetime column limit
 */
public record ColumnDescriptor(int attnum, String name, int typeOid, int typmod, boolean notNull,
                               String defaultExpr, String generatedExpr, Identity identity, boolean dropped) {
    public ColumnDescriptor {
        requireNonNull(name, "name");
        if (attnum < 1) {
            throw new IllegalArgumentException("attnum must be positive: " + attnum);
        }
    }

    /** A plain nullable column without default. */
    public static ColumnDescriptor of(String name, int typeOid, int typmod) {
        return new ColumnDescriptor(1, name, typeOid, typmod, false, null, null, null, false);
    }

    public ColumnDescriptor withAttnum(int value) {
        return new ColumnDescriptor(value, name, typeOid, typmod, notNull, defaultExpr, generatedExpr, identity,
                dropped);
    }

    public ColumnDescriptor withName(String value) {
        return new ColumnDescriptor(attnum, value, typeOid, typmod, notNull, defaultExpr, generatedExpr, identity,
                dropped);
    }

    public ColumnDescriptor withNotNull(boolean value) {
        return new ColumnDescriptor(attnum, name, typeOid, typmod, value, defaultExpr, generatedExpr, identity,
                dropped);
    }

    public ColumnDescriptor withDefault(String value) {
        return new ColumnDescriptor(attnum, name, typeOid, typmod, notNull, value, generatedExpr, identity,
                dropped);
    }

    public ColumnDescriptor withGenerated(String value) {
        return new ColumnDescriptor(attnum, name, typeOid, typmod, notNull, defaultExpr, value, identity,
                dropped);
    }

    public ColumnDescriptor withIdentity(Identity value) {
        return new ColumnDescriptor(attnum, name, typeOid, typmod, notNull, defaultExpr, generatedExpr, value,
                dropped);
    }

    /** The dropped form, renamed as PostgreSQL does so the name can be reused. */
    public ColumnDescriptor asDropped() {
        return new ColumnDescriptor(attnum, "........pg.dropped." + attnum + "........", typeOid, typmod, false,
                null, null, null, true);
    }
}
