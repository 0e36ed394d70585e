package io.opendsql.sql.parse.ast;

/**
 * A table name with optional schema (and catalog), {@code ONLY} ({@code inherit} false) and alias.
 */
public record RangeVar(int location, String catalog, String schema, String name, boolean inherit, Alias alias)
        implements FromItem {
    public RangeVar withAlias(Alias newAlias) {
        return new RangeVar(location, catalog, schema, name, inherit, newAlias);
    }
}
