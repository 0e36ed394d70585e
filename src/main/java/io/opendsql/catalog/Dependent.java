package io.opendsql.catalog;

import static java.util.Objects.requireNonNull;

/**
 * An object that depends on another (a pg_depend row seen from the referenced side): a view using a table,
 * or a foreign key referencing a table. Dropping the referenced object needs CASCADE, which drops these.
 *
 * @param tableOid for a constraint, its table; else 0
 */
record Dependent(ObjectKind kind, long oid, long tableOid, String name) {
    Dependent {
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
    }
}
