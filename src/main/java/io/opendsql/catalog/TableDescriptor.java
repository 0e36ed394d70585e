package io.opendsql.catalog;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table (pg_class row with relkind 'r', plus its pg_attribute rows). Its row estimate lives apart, in
 * {@link TableStatistics}, so that ANALYZE is not a schema change.
 *
 * @param primaryKey  attnums of the primary key in key order; empty means no primary key, rows are keyed
 *                    by a hidden row id
 * @param storageId   id of the key range holding the rows ({@link StorageIds})
 * @param version     incremented by every change of the table or of its indexes and constraints
 */
public record TableDescriptor(long oid, long schemaOid, String name, long owner, List<ColumnDescriptor> columns,
                              List<Integer> primaryKey, long storageId, int version)
        implements Descriptor {
    public TableDescriptor {
        requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }

    public boolean hasPrimaryKey() {
        return !primaryKey.isEmpty();
    }

    /** Columns not dropped, in attnum order. */
    public List<ColumnDescriptor> liveColumns() {
        return columns.stream().filter(column -> !column.dropped()).toList();
    }

    public Optional<ColumnDescriptor> column(String columnName) {
        return columns.stream().filter(c -> !c.dropped() && c.name().equals(columnName)).findFirst();
    }

    public Optional<ColumnDescriptor> column(int attnum) {
        return columns.stream().filter(c -> c.attnum() == attnum).findFirst();
    }

    /** The attnum the next added column gets. */
    public int nextAttnum() {
        return columns.stream().mapToInt(ColumnDescriptor::attnum).max().orElse(0) + 1;
    }

    public TableDescriptor withName(String value) {
        return new TableDescriptor(oid, schemaOid, value, owner, columns, primaryKey, storageId,
                version + 1);
    }

    public TableDescriptor withOwner(long value) {
        return new TableDescriptor(oid, schemaOid, name, value, columns, primaryKey, storageId,
                version + 1);
    }


    public TableDescriptor withColumns(List<ColumnDescriptor> value) {
        return new TableDescriptor(oid, schemaOid, name, owner, value, primaryKey, storageId,
                version + 1);
    }

    /** This table with the column of the same attnum replaced. */
    public TableDescriptor withColumn(ColumnDescriptor value) {
        List<ColumnDescriptor> changed = new ArrayList<>(columns);
        changed.replaceAll(c -> c.attnum() == value.attnum() ? value : c);
        return withColumns(changed);
    }

    /** A new version number, for a change of an index or constraint of this table. */
    public TableDescriptor bumped() {
        return new TableDescriptor(oid, schemaOid, name, owner, columns, primaryKey, storageId,
                version + 1);
    }
}
