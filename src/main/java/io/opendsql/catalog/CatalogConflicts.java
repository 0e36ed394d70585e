package io.opendsql.catalog;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;

/** The schema-conflict error, DSQL's OC001. */
public final class CatalogConflicts {
    public static final String OC001_MESSAGE = "schema has been updated by another transaction (OC001)";

    private CatalogConflicts() {
    }

    public static DsqlException schemaChanged() {
        return DsqlException.of(SqlState.SERIALIZATION_FAILURE, OC001_MESSAGE);
    }
}
