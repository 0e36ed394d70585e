package io.opendsql.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A domain (pg_type row with typtype 'd'): a base type with NOT NULL, a default and CHECK constraints, all as
 * type OIDs and SQL text.
 *
 * @param checks CHECK expression texts, using {@code VALUE}
 */
public record DomainDescriptor(long oid, long schemaOid, String name, long owner, int baseTypeOid, int typmod,
                               boolean notNull, String defaultExpr, List<String> checks) implements Descriptor {
    public DomainDescriptor {
        requireNonNull(name, "name");
        checks = List.copyOf(checks);
    }

    public DomainDescriptor withDefault(String value) {
        return new DomainDescriptor(oid, schemaOid, name, owner, baseTypeOid, typmod, notNull, value, checks);
    }

    public DomainDescriptor withNotNull(boolean value) {
        return new DomainDescriptor(oid, schemaOid, name, owner, baseTypeOid, typmod, value, defaultExpr, checks);
    }

    public DomainDescriptor withOwner(long value) {
        return new DomainDescriptor(oid, schemaOid, name, value, baseTypeOid, typmod, notNull, defaultExpr, checks);
    }
}
