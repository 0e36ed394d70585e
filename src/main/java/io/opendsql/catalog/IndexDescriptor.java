package io.opendsql.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An index (pg_class relkind 'i' plus pg_index). Built asynchronously: a new secondary index starts ready
 * but not valid: writes maintain it from its creation on (a unique one enforces uniqueness for new rows while
 * it builds, as DSQL does) but queries may not use it until {@link Catalog#markIndexValid} finishes the
 * build. The primary key index is valid at creation.
 *
 * @param keyColumns      attnums of the key in order; 0 marks an expression key, whose text is the next
 *                        entry of {@code keyExpressions} (pg_index.indkey / indexprs)
 * @param includeColumns  INCLUDE attnums
 * @param predicate       partial index WHERE text, or null
 * @param ready           pg_index.indisready: new writes maintain it
 * @param valid           pg_index.indisvalid: queries may use it
 */
public record IndexDescriptor(long oid, long schemaOid, String name, long tableOid, List<Integer> keyColumns,
                              List<String> keyExpressions, List<Integer> includeColumns, boolean unique,
                              boolean nullsNotDistinct, boolean primary, String predicate, boolean ready,
                              boolean valid, long storageId) implements Descriptor {
    public IndexDescriptor {
        requireNonNull(name, "name");
        keyColumns = List.copyOf(keyColumns);
        keyExpressions = List.copyOf(keyExpressions);
        includeColumns = List.copyOf(includeColumns);
    }

    public IndexDescriptor withName(String value) {
        return new IndexDescriptor(oid, schemaOid, value, tableOid, keyColumns, keyExpressions, includeColumns,
                unique, nullsNotDistinct, primary, predicate, ready, valid, storageId);
    }

    public IndexDescriptor withState(boolean isReady, boolean isValid) {
        return new IndexDescriptor(oid, schemaOid, name, tableOid, keyColumns, keyExpressions, includeColumns,
                unique, nullsNotDistinct, primary, predicate, isReady, isValid, storageId);
    }
}
