package io.opendsql.catalog;

import static java.util.Objects.requireNonNull;

/** What a relation name resolves to: its kind, OID and schema. */
public record RelationRef(RelationKind kind, long oid, long schemaOid, String name) {
    public RelationRef {
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
    }
}
