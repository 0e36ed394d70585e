package io.opendsql.catalog;

/** A catalog object with an OID. Descriptors are immutable; a change writes a new version of the row. */
public sealed interface Descriptor permits SchemaDescriptor, TableDescriptor, IndexDescriptor, ViewDescriptor,
        FunctionDescriptor, RoleDescriptor, ConstraintDescriptor, DomainDescriptor {
    long oid();

    String name();
}
