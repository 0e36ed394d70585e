package io.opendsql.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A table constraint (pg_constraint row).
 *
 * @param columns            constrained attnums (conkey)
 * @param checkExpression    CHECK expression text, or null
 * @param indexOid           the index enforcing a primary key or unique constraint, else 0
 * @param referencedTableOid foreign key target table, else 0
 * @param referencedColumns  foreign key target attnums (confkey)
 * @param validated          false for {@code NOT VALID} until validated
 */
public record ConstraintDescriptor(long oid, String name, long tableOid, ConstraintKind kind, List<Integer> columns,
                                   String checkExpression, long indexOid, long referencedTableOid,
                                   List<Integer> referencedColumns, boolean validated) implements Descriptor {
    public ConstraintDescriptor {
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    public ConstraintDescriptor withName(String value) {
        return new ConstraintDescriptor(oid, value, tableOid, kind, columns, checkExpression, indexOid,
                referencedTableOid, referencedColumns, validated);
    }

    public ConstraintDescriptor withValidated(boolean value) {
        return new ConstraintDescriptor(oid, name, tableOid, kind, columns, checkExpression, indexOid,
                referencedTableOid, referencedColumns, value);
    }
}
