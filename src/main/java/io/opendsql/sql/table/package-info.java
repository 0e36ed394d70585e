/**
 * Table data in the MVCC store: how a row and its key are encoded, and the reads and writes of one
 * table inside a transaction.
 *
 * <h2>Layout</h2>
 * A table's rows live under its storage id ({@link io.opendsql.catalog.StorageIds#prefix}). The key is the
 * primary key's columns in order-preserving encoding ({@link io.opendsql.sql.table.KeyCodec}); a table without
 * a primary key uses a hidden 8-byte row id, unique and increasing within the database. The value is every
 * live column tagged with its attnum ({@link io.opendsql.sql.table.RowCodec}), so columns added later read as
 * NULL in older rows and dropped columns are skipped. Secondary indexes have their own storage id; their
 * keys are the index columns followed by the row's primary key.
 *
 * <h2>Conflicts</h2>
 * Inserts, deletes and updates of key columns write with {@link io.opendsql.txn.WriteKind#FULL}; updates that
 * change no key column with {@link io.opendsql.txn.WriteKind#NON_KEY_UPDATE}, as DSQL adjudicates them.
 */
package io.opendsql.sql.table;
