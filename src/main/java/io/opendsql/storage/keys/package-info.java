/**
 * Order-preserving key encoding: {@link io.opendsql.storage.keys.KeyWriter} appends columns so that unsigned
 * byte order of whole keys equals PostgreSQL's order of the column tuples, and
 * {@link io.opendsql.storage.keys.KeyReader} decodes them. A table or index key is
 * {@code int32(id)} followed by its key columns, each written with {@link
 * io.opendsql.storage.keys.KeyWriter#value(KeyType, Object, ColumnOrder)}. Every column encoding is
 * self-delimiting, so a prefix of columns is a scan prefix.
 */
package io.opendsql.storage.keys;
