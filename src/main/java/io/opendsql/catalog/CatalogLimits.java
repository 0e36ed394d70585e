package io.opendsql.catalog;

/**
 * DSQL's database limits that DDL checks (spec §7.4), with their SQLSTATEs and messages in
 * {@link CatalogErrors}. Counts are taken at the DDL's snapshot: two concurrent CREATEs can pass one limit
 * together, which DSQL's documentation does not rule out either.
 *
 * @param userSchemas         schemas besides the system ones ({@code public}, {@code sys}...)
 * @param tables              tables in the database
 * @param views               views in the database
 * @param columns             live columns of a table
 * @param columnsEverAdded    columns of a table including dropped ones
 * @param indexesPerTable     indexes of a table, counting the primary key and building indexes
 * @param keyColumns          key columns of a primary key or index
 */
public record CatalogLimits(int userSchemas, int tables, int views, int columns, int columnsEverAdded,
                            int indexesPerTable, int keyColumns) {
    public static final CatalogLimits DSQL = new CatalogLimits(10, 1000, 5000, 255, 1600, 24, 8);
}
