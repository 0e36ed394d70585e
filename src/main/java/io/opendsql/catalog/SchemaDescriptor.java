package io.opendsql.catalog;

import static java.util.Objects.requireNonNull;

/** A schema (pg_namespace row). */
public record SchemaDescriptor(long oid, String name, long owner) implements Descriptor {
    public SchemaDescriptor {
        requireNonNull(name, "name");
    }

    /** True for schemas made at bootstrap ({@code public}, {@code sys}, {@code pg_catalog}...). */
    public boolean isSystem() {
        return oid < Oids.FIRST_USER_OID;
    }

    public SchemaDescriptor withName(String value) {
        return new SchemaDescriptor(oid, value, owner);
    }

    public SchemaDescriptor withOwner(long value) {
        return new SchemaDescriptor(oid, name, value);
    }
}
