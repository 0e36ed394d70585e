package io.opendsql.catalog;

import java.util.List;

/**
 * What {@code CREATE [UNIQUE] INDEX ASYNC} asks for; {@link Catalog#createIndex} assigns OID and storage id.
 *
 * @param name        null to choose PostgreSQL's automatic name ({@code t_a_b_idx}, {@code t_a_key})
 * @param keyColumns  attnums; 0 for an expression key taken from {@code keyExpressions} in order
 * @param valid       true for an index built within its table's creation (an empty table); false for an
 *                    asynchronous build, finished by {@link Catalog#markIndexValid}
 */
public record IndexDefinition(long tableOid, String name, List<Integer> keyColumns, List<String> keyExpressions,
                              List<Integer> includeColumns, boolean unique, boolean nullsNotDistinct,
                              String predicate, boolean valid) {
    public IndexDefinition {
        keyColumns = List.copyOf(keyColumns);
        keyExpressions = List.copyOf(keyExpressions);
        includeColumns = List.copyOf(includeColumns);
    }

    /** A plain index on columns. */
    public static IndexDefinition on(long tableOid, String name, List<Integer> keyColumns, boolean unique) {
        return new IndexDefinition(tableOid, name, keyColumns, List.of(), List.of(), unique, false, null, false);
    }
}
