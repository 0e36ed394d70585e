package io.opendsql.sql.table;

import io.opendsql.catalog.ColumnDescriptor;
import io.opendsql.catalog.IndexDescriptor;
import io.opendsql.catalog.StorageIds;
import io.opendsql.catalog.TableDescriptor;
import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import io.opendsql.storage.KeyValue;
import io.opendsql.storage.KvIterator;
import io.opendsql.storage.keys.ColumnOrder;
import io.opendsql.storage.keys.KeyWriter;
import io.opendsql.txn.Transaction;
import io.opendsql.txn.WriteKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

/**
 * The rows of one table as one transaction sees them, and its writes with index maintenance and unique
 * checks. A row is an {@code Object[]} of the table's live columns in attnum order; {@link #scan} can append
 * the row's storage key as one more element, which is how UPDATE and DELETE find the row again.
 */
public final class TableStore {
    private final TableDescriptor table;
    private final List<ColumnDescriptor> columns;
    private final List<IndexDescriptor> indexes;
    private final String primaryKeyName;
    private final byte[] prefix;
    private final byte[] prefixEnd;
    private final int[] attnums;
    private final PgType[] types;
    private final int[] slotOfAttnum;
    private final SqlType[] typeOfAttnum;
    private final int[] keySlots;
    private final boolean[] keyColumn;
    private final LongSupplier rowIds;
    private final BiFunction<PgType, Object, String> formatter;

    /**
     * @param indexes    the table's indexes (the primary key's included); ready secondary ones are maintained
     * @param rowIds     unique, increasing ids for rows of tables without a primary key
     * @param formatter  text of a value for error details (the session's output settings)
     */
    public TableStore(TableDescriptor table, List<IndexDescriptor> indexes, LongSupplier rowIds,
                      BiFunction<PgType, Object, String> formatter) {
        this.table = table;
        this.columns = table.liveColumns();
        this.rowIds = rowIds;
        this.formatter = formatter;
        this.prefix = StorageIds.prefix(table.storageId());
        this.prefixEnd = StorageIds.prefixEnd(prefix);
        int n = columns.size();
        this.attnums = new int[n];
        this.types = new PgType[n];
        int maxAttnum = 0;
        for (ColumnDescriptor column : columns) {
            maxAttnum = Math.max(maxAttnum, column.attnum());
        }
        this.slotOfAttnum = new int[maxAttnum + 1];
        this.typeOfAttnum = new SqlType[maxAttnum + 1];
        Arrays.fill(slotOfAttnum, -1);
        for (int i = 0; i < n; i++) {
            ColumnDescriptor column = columns.get(i);
            attnums[i] = column.attnum();
            types[i] = type(column);
            slotOfAttnum[column.attnum()] = i;
            typeOfAttnum[column.attnum()] = new SqlType(types[i], column.typmod());
        }
        this.keySlots = table.primaryKey().stream().mapToInt(a -> slotOfAttnum[a]).toArray();
        String pkName = table.name() + "_pkey";
        List<IndexDescriptor> secondary = new ArrayList<>();
        this.keyColumn = new boolean[n];
        for (int slot : keySlots) {
            keyColumn[slot] = true;
        }
        for (IndexDescriptor index : indexes) {
            if (index.primary()) {
                pkName = index.name();
                continue;
            }
            if (!index.ready()) {
                continue;
            }
            secondary.add(index);
            if (index.unique() && index.predicate() == null && !index.keyColumns().contains(0)) {
                for (int attnum : index.keyColumns()) {
                    keyColumn[slotOfAttnum[attnum]] = true;
                }
            }
        }
        this.indexes = List.copyOf(secondary);
        this.primaryKeyName = pkName;
    }

    static PgType type(ColumnDescriptor column) {
        return PgType.byOid(column.typeOid()).orElseThrow(
                () -> new IllegalStateException("column " + column.name() + " has unknown type " + column.typeOid()));
    }

    public TableDescriptor table() {
        return table;
    }

    public List<ColumnDescriptor> columns() {
        return columns;
    }

    /** Slot of the column with this attnum in a row, or -1. */
    public int slot(int attnum) {
        return attnum < slotOfAttnum.length ? slotOfAttnum[attnum] : -1;
    }

    /** The storage key of a row of a table with a primary key. */
    public byte[] key(Object[] row) {
        KeyWriter writer = KeyWriter.startingWith(prefix);
        for (int slot : keySlots) {
            KeyCodec.write(writer, types[slot], row[slot], ColumnOrder.NOT_NULL);
        }
        return writer.toByteArray();
    }

    /** The storage key for primary-key values given in key order. */
    public byte[] keyOf(Object[] keyValues) {
        KeyWriter writer = KeyWriter.startingWith(prefix);
        for (int i = 0; i < keyValues.length; i++) {
            KeyCodec.write(writer, types[keySlots[i]], keyValues[i], ColumnOrder.NOT_NULL);
        }
        return writer.toByteArray();
    }

    /** The key prefix of rows whose first primary-key columns have these values. */
    public byte[] keyPrefixOf(Object[] leadingKeyValues) {
        return keyOf(leadingKeyValues);
    }

    public byte[] prefix() {
        return prefix;
    }

    public byte[] prefixEnd() {
        return prefixEnd;
    }

    /** Reads the row stored under {@code key}, or null. */
    public Object[] get(Transaction txn, byte[] key, boolean withKey) {
        byte[] value = txn.get(key);
        return value == null ? null : decode(key, value, withKey);
    }

    /** Rows with keys in [start, end) in key order; {@code withKey} appends each row's key. Close it. */
    public RowCursor scan(Transaction txn, byte[] start, byte[] end, boolean withKey) {
        return new RowCursor(txn.scan(start, end), withKey);
    }

    /** Every row of the table. */
    public RowCursor scan(Transaction txn, boolean withKey) {
        return scan(txn, prefix, prefixEnd, withKey);
    }

    private Object[] decode(byte[] key, byte[] value, boolean withKey) {
        Object[] row = new Object[columns.size() + (withKey ? 1 : 0)];
        RowCodec.decode(value, slotOfAttnum, typeOfAttnum, row);
        if (withKey) {
            row[columns.size()] = key;
        }
        return row;
    }

    /** Inserts a row (live columns in attnum order); {@code 23505} when its key or a unique index key exists. */
    public byte[] insert(Transaction txn, Object[] row) {
        byte[] key;
        if (table.hasPrimaryKey()) {
            key = key(row);
            if (txn.get(key) != null) {
                throw duplicate(primaryKeyName, keySlots, row);
            }
        } else {
            key = KeyWriter.startingWith(prefix).int64(rowIds.getAsLong()).toByteArray();
        }
        for (IndexDescriptor index : indexes) {
            putIndexEntry(txn, index, key, row);
        }
        txn.put(key, encode(row), WriteKind.FULL);
        return key;
    }

    /** Replaces the row under {@code oldKey}; the key moves when a primary-key column changed. */
    public void update(Transaction txn, byte[] oldKey, Object[] oldRow, Object[] newRow) {
        boolean keyChanged = false;
        for (int slot = 0; slot < columns.size(); slot++) {
            if (keyColumn[slot] && !java.util.Objects.equals(oldRow[slot], newRow[slot])) {
                keyChanged = true;
                break;
            }
        }
        byte[] newKey = table.hasPrimaryKey() ? key(newRow) : oldKey;
        boolean moved = !Arrays.equals(oldKey, newKey);
        if (moved && txn.get(newKey) != null) {
            throw duplicate(primaryKeyName, keySlots, newRow);
        }
        for (IndexDescriptor index : indexes) {
            byte[] before = indexKey(index, oldKey, oldRow);
            byte[] after = indexKey(index, newKey, newRow);
            if (!Arrays.equals(before, after) || moved) {
                txn.delete(before);
                putIndexEntry(txn, index, newKey, newRow);
            }
        }
        if (moved) {
            txn.delete(oldKey);
            txn.put(newKey, encode(newRow), WriteKind.FULL);
        } else {
            txn.put(oldKey, encode(newRow), keyChanged ? WriteKind.FULL : WriteKind.NON_KEY_UPDATE);
        }
    }

    /** Deletes the row under {@code key} with its index entries. */
    public void delete(Transaction txn, byte[] key, Object[] row) {
        for (IndexDescriptor index : indexes) {
            txn.delete(indexKey(index, key, row));
        }
        txn.delete(key);
    }

    private byte[] encode(Object[] row) {
        Object[] values = row.length == columns.size() ? row : Arrays.copyOf(row, columns.size());
        return RowCodec.encode(attnums, types, values);
    }

    /** The entry of {@code row} in a secondary index: key columns, then the row key unless unique and complete. */
    public byte[] indexKey(IndexDescriptor index, byte[] rowKey, Object[] row) {
        KeyWriter writer = KeyWriter.startingWith(StorageIds.prefix(index.storageId()));
        boolean hasNull = false;
        for (int attnum : index.keyColumns()) {
            int slot = slotOfAttnum[attnum];
            hasNull |= row[slot] == null;
            KeyCodec.write(writer, types[slot], row[slot], ColumnOrder.NULLS_LAST);
        }
        if (!index.unique() || (hasNull && !index.nullsNotDistinct())) {
            writer.bytes(Arrays.copyOfRange(rowKey, prefix.length, rowKey.length));
        }
        return writer.toByteArray();
    }

    private void putIndexEntry(Transaction txn, IndexDescriptor index, byte[] rowKey, Object[] row) {
        byte[] entry = indexKey(index, rowKey, row);
        if (index.unique()) {
            byte[] existing = txn.get(entry);
            if (existing != null && !Arrays.equals(existing, rowKeySuffix(rowKey))) {
                throw duplicate(index.name(), index.keyColumns().stream().mapToInt(a -> slotOfAttnum[a]).toArray(),
                        row);
            }
        }
        txn.put(entry, rowKeySuffix(rowKey), WriteKind.FULL);
    }

    private byte[] rowKeySuffix(byte[] rowKey) {
        return Arrays.copyOfRange(rowKey, prefix.length, rowKey.length);
    }

    /** The row key for a secondary index entry's value. */
    public byte[] rowKeyOf(byte[] indexValue) {
        byte[] key = Arrays.copyOf(prefix, prefix.length + indexValue.length);
        System.arraycopy(indexValue, 0, key, prefix.length, indexValue.length);
        return key;
    }

    private DsqlException duplicate(String constraint, int[] slots, Object[] row) {
        StringBuilder names = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < slots.length; i++) {
            if (i > 0) {
                names.append(", ");
                values.append(", ");
            }
            names.append(columns.get(slots[i]).name());
            Object value = row[slots[i]];
            values.append(value == null ? "null" : formatter.apply(types[slots[i]], value));
        }
        return DsqlException.of(SqlState.UNIQUE_VIOLATION, "duplicate key value violates unique constraint \"%s\"",
                constraint).detail("Key (%s)=(%s) already exists.".formatted(names, values));
    }

    /** A cursor over decoded rows; close it. */
    public final class RowCursor implements java.util.Iterator<Object[]>, AutoCloseable {
        private final KvIterator entries;
        private final boolean withKey;

        RowCursor(KvIterator entries, boolean withKey) {
            this.entries = entries;
            this.withKey = withKey;
        }

        @Override
        public boolean hasNext() {
            return entries.hasNext();
        }

        @Override
        public Object[] next() {
            if (!entries.hasNext()) {
                throw new NoSuchElementException();
            }
            KeyValue entry = entries.next();
            return decode(entry.key(), entry.value(), withKey);
        }

        /** Skips to the first row with key at or after {@code key}. */
        public void seek(byte[] key) {
            entries.seek(key);
        }

        @Override
        public void close() {
            entries.close();
        }
    }
}
