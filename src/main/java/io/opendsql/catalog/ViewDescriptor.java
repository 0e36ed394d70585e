package io.opendsql.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A view (pg_class relkind 'v'): its defining query as SQL text and the columns it produces.
 *
 * @param dependsOn OIDs of the relations and functions the definition uses, for DROP's dependency check
 */
public record ViewDescriptor(long oid, long schemaOid, String name, long owner, String definition,
                             List<ViewColumn> columns, List<Long> dependsOn) implements Descriptor {
    /** An output column of a view. */
    public record ViewColumn(String name, int typeOid, int typmod) {
        public ViewColumn {
            requireNonNull(name, "name");
        }
    }

    public ViewDescriptor {
        requireNonNull(name, "name");
        requireNonNull(definition, "definition");
        columns = List.copyOf(columns);
        dependsOn = List.copyOf(dependsOn);
    }

    public ViewDescriptor withName(String value) {
        return new ViewDescriptor(oid, schemaOid, value, owner, definition, columns, dependsOn);
    }
}
