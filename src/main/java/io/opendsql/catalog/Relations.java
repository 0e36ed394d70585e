package io.opendsql.catalog;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.storage.KeyValue;
import io.opendsql.storage.keys.KeyReader;
import io.opendsql.txn.Transaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Tables, indexes, constraints and views: the work behind {@link Catalog}'s relation methods. */
final class Relations {
    /** PostgreSQL's NAMEDATALEN - 1. */
    private static final int MAX_NAME_BYTES = 63;

    private final CatalogStore store;
    private final CatalogLimits limits;
    private final IdAllocator oids;
    private final IdAllocator storageIds;
    private final JobCatalog jobs;

    Relations(CatalogStore store, CatalogLimits limits, IdAllocator oids, IdAllocator storageIds, JobCatalog jobs) {
        this.store = store;
        this.limits = limits;
        this.oids = oids;
        this.storageIds = storageIds;
        this.jobs = jobs;
    }

    // ---- lookups

    Optional<RelationRef> find(Transaction txn, long schemaOid, String name) {
        return store.get(txn, CatalogKeys.relationName(schemaOid, name), RelationRef.class);
    }

    List<RelationRef> relations(Transaction txn, long schemaOid) {
        return store.scan(txn, CatalogKeys.relationNames(schemaOid), RelationRef.class);
    }

    Optional<TableDescriptor> findTable(Transaction txn, long oid) {
        return store.get(txn, CatalogKeys.byOid(CatalogKeys.TABLES, oid), TableDescriptor.class);
    }

    TableDescriptor table(Transaction txn, long oid) {
        return findTable(txn, oid).orElseThrow(() -> DsqlException.of(SqlState.UNDEFINED_TABLE,
                "relation with OID %d does not exist", oid));
    }

    private IndexDescriptor index(Transaction txn, long oid) {
        return store.get(txn, CatalogKeys.byOid(CatalogKeys.INDEXES, oid), IndexDescriptor.class)
                .orElseThrow(() -> DsqlException.of(SqlState.UNDEFINED_OBJECT, "index with OID %d does not exist",
                        oid));
    }

    private ViewDescriptor view(Transaction txn, long oid) {
        return store.get(txn, CatalogKeys.byOid(CatalogKeys.VIEWS, oid), ViewDescriptor.class)
                .orElseThrow(() -> DsqlException.of(SqlState.UNDEFINED_TABLE, "relation with OID %d does not exist",
                        oid));
    }

    List<IndexDescriptor> indexes(Transaction txn, long tableOid) {
        List<IndexDescriptor> indexes = new ArrayList<>();
        for (KeyValue row : store.scan(txn, CatalogKeys.tableIndexes(tableOid))) {
            KeyReader key = new KeyReader(row.key());
            key.int64();
            key.int64();
            indexes.add(index(txn, key.int64()));
        }
        return indexes;
    }

    private List<ConstraintDescriptor> constraints(Transaction txn, long tableOid) {
        return store.scan(txn, CatalogKeys.constraints(tableOid), ConstraintDescriptor.class);
    }

    private List<Dependent> dependents(Transaction txn, long referencedOid) {
        return store.scan(txn, CatalogKeys.dependents(referencedOid), Dependent.class);
    }

    String schemaName(Transaction txn, long schemaOid) {
        return store.get(txn, CatalogKeys.byOid(CatalogKeys.SCHEMAS, schemaOid), SchemaDescriptor.class)
                .map(SchemaDescriptor::name)
                .orElseThrow(() -> DsqlException.of(SqlState.INVALID_SCHEMA_NAME,
                        "schema with OID %d does not exist", schemaOid));
    }

    // ---- tables

    TableDescriptor createTable(Transaction txn, long schemaOid, String name, long owner,
                                List<ColumnDescriptor> columns, List<String> primaryKey) {
        schemaName(txn, schemaOid);
        requireNameFree(txn, schemaOid, name);
        if (store.get(txn, CatalogKeys.typeName(schemaOid, name)) != null) {
            throw CatalogErrors.typeExists(name);
        }
        if (columns.size() > limits.columns()) {
            throw CatalogErrors.tooManyColumns(limits.columns());
        }
        Set<String> names = new HashSet<>();
        List<ColumnDescriptor> numbered = new ArrayList<>();
        for (ColumnDescriptor column : columns) {
            if (!names.add(column.name())) {
                throw CatalogErrors.columnSpecifiedTwice(column.name());
            }
            numbered.add(column.withAttnum(numbered.size() + 1));
        }
        List<Integer> keyAttnums = new ArrayList<>();
        for (String keyColumn : primaryKey) {
            ColumnDescriptor column = numbered.stream().filter(c -> c.name().equals(keyColumn)).findFirst()
                    .orElseThrow(() -> CatalogErrors.keyColumnNotFound(keyColumn));
            if (keyAttnums.contains(column.attnum())) {
                throw CatalogErrors.columnTwiceInKey(keyColumn, "primary key");
            }
            keyAttnums.add(column.attnum());
            numbered.set(column.attnum() - 1, column.withNotNull(true));
        }
        if (keyAttnums.size() > limits.keyColumns()) {
            throw CatalogErrors.tooManyKeyColumns(limits.keyColumns());
        }
        int tables = store.scanUntracked(txn, CatalogKeys.prefix(CatalogKeys.TABLES)).size();
        if (tables >= limits.tables()) {
            throw CatalogErrors.tooManyTables(limits.tables());
        }
        TableDescriptor table = new TableDescriptor(oids.next(), schemaOid, name, owner, numbered, keyAttnums,
                storageIds.next(), 1);
        store.put(txn, CatalogKeys.byOid(CatalogKeys.TABLES, table.oid()), table);
        store.put(txn, CatalogKeys.relationName(schemaOid, name),
                new RelationRef(RelationKind.TABLE, table.oid(), schemaOid, name));
        if (!keyAttnums.isEmpty()) {
            String indexName = chooseName(txn, schemaOid, name, List.of(), "pkey");
            IndexDescriptor index = new IndexDescriptor(oids.next(), schemaOid, indexName, table.oid(), keyAttnums,
                    List.of(), List.of(), true, false, true, null, true, true, storageIds.next());
            putIndex(txn, index);
            ConstraintDescriptor constraint = new ConstraintDescriptor(oids.next(), indexName, table.oid(),
                    ConstraintKind.PRIMARY_KEY, keyAttnums, null, index.oid(), 0, List.of(), true);
            store.put(txn, CatalogKeys.constraint(table.oid(), constraint.oid()), constraint);
        }
        return table;
    }

    void dropTable(Transaction txn, long tableOid, boolean cascade) {
        TableDescriptor table = table(txn, tableOid);
        dropDependents(txn, table.oid(), "table " + table.name(), cascade);
        for (ConstraintDescriptor constraint : constraints(txn, tableOid)) {
            deleteConstraint(txn, constraint);
        }
        for (IndexDescriptor index : indexes(txn, tableOid)) {
            deleteIndex(txn, index);
        }
        store.delete(txn, CatalogKeys.byOid(CatalogKeys.TABLES, tableOid));
        store.delete(txn, CatalogKeys.relationName(table.schemaOid(), table.name()));
        store.delete(txn, CatalogKeys.acl(ObjectKind.TABLE, tableOid));
        store.delete(txn, CatalogKeys.byOid(CatalogKeys.STATISTICS, tableOid));
        dropComments(txn, ObjectKind.TABLE, tableOid);
        dropComments(txn, ObjectKind.COLUMN, tableOid);
        jobs.create(txn, Job.Type.DROP, ObjectKind.TABLE.classId(), tableOid,
                schemaName(txn, table.schemaOid()) + "." + table.name());
    }

    /** Drops a relation found while dropping its schema; indexes go with their tables. */
    void dropIfPresent(Transaction txn, RelationRef relation) {
        switch (relation.kind()) {
            case TABLE -> {
                if (findTable(txn, relation.oid()).isPresent()) {
                    dropTable(txn, relation.oid(), true);
                }
            }
            case VIEW -> {
                if (store.get(txn, CatalogKeys.byOid(CatalogKeys.VIEWS, relation.oid())) != null) {
                    dropView(txn, relation.oid(), true);
                }
            }
            case INDEX, SEQUENCE -> {
                // indexes are dropped with their table; sequences are the SQL layer's
            }
        }
    }

    RelationRef rename(Transaction txn, RelationRef relation, String newName) {
        requireNameFree(txn, relation.schemaOid(), newName);
        RelationRef renamed = new RelationRef(relation.kind(), relation.oid(), relation.schemaOid(), newName);
        store.delete(txn, CatalogKeys.relationName(relation.schemaOid(), relation.name()));
        store.put(txn, CatalogKeys.relationName(relation.schemaOid(), newName), renamed);
        switch (relation.kind()) {
            case TABLE -> store.put(txn, CatalogKeys.byOid(CatalogKeys.TABLES, relation.oid()),
                    table(txn, relation.oid()).withName(newName));
            case VIEW -> store.put(txn, CatalogKeys.byOid(CatalogKeys.VIEWS, relation.oid()),
                    view(txn, relation.oid()).withName(newName));
            case INDEX -> {
                IndexDescriptor index = index(txn, relation.oid());
                store.put(txn, CatalogKeys.byOid(CatalogKeys.INDEXES, index.oid()), index.withName(newName));
                alterTable(txn, index.tableOid(), TableDescriptor::bumped);
            }
            case SEQUENCE -> {
                // a sequence's descriptor is the SQL layer's; only its name row lives here
            }
        }
        return renamed;
    }

    TableDescriptor renameColumn(Transaction txn, long tableOid, String column, String newName) {
        TableDescriptor table = table(txn, tableOid);
        ColumnDescriptor existing = table.column(column)
                .orElseThrow(() -> CatalogErrors.columnNotFound(column, table.name()));
        if (table.column(newName).isPresent()) {
            throw CatalogErrors.columnExists(newName, table.name());
        }
        return putTable(txn, table.withColumn(existing.withName(newName)));
    }

    TableDescriptor addColumn(Transaction txn, long tableOid, ColumnDescriptor column) {
        TableDescriptor table = table(txn, tableOid);
        if (table.column(column.name()).isPresent()) {
            throw CatalogErrors.columnExists(column.name(), table.name());
        }
        if (table.liveColumns().size() >= limits.columns()) {
            throw CatalogErrors.tooManyColumns(limits.columns());
        }
        if (table.columns().size() >= limits.columnsEverAdded()) {
            throw CatalogErrors.tooManyColumns(limits.columnsEverAdded());
        }
        List<ColumnDescriptor> columns = new ArrayList<>(table.columns());
        columns.add(column.withAttnum(table.nextAttnum()));
        return putTable(txn, table.withColumns(columns));
    }

    TableDescriptor dropColumn(Transaction txn, long tableOid, String columnName) {
        TableDescriptor table = table(txn, tableOid);
        ColumnDescriptor column = table.column(columnName)
                .orElseThrow(() -> CatalogErrors.columnNotFound(columnName, table.name()));
        if (table.primaryKey().contains(column.attnum())) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "cannot drop primary key column \"%s\"",
                    columnName);
        }
        for (ConstraintDescriptor constraint : constraints(txn, tableOid)) {
            if (constraint.columns().contains(column.attnum())) {
                deleteConstraint(txn, constraint);
            }
        }
        for (IndexDescriptor index : indexes(txn, tableOid)) {
            if (index.keyColumns().contains(column.attnum()) || index.includeColumns().contains(column.attnum())) {
                deleteIndex(txn, index);
            }
        }
        dropComment(txn, ObjectKind.COLUMN, tableOid, column.attnum());
        return putTable(txn, table.withColumn(column.asDropped()));
    }

    TableDescriptor alterColumn(Transaction txn, long tableOid, String columnName,
                                UnaryOperator<ColumnDescriptor> change) {
        TableDescriptor table = table(txn, tableOid);
        ColumnDescriptor column = table.column(columnName)
                .orElseThrow(() -> CatalogErrors.columnNotFound(columnName, table.name()));
        return putTable(txn, table.withColumn(change.apply(column)));
    }

    TableDescriptor alterTable(Transaction txn, long tableOid, UnaryOperator<TableDescriptor> change) {
        return putTable(txn, change.apply(table(txn, tableOid)));
    }

    private TableDescriptor putTable(Transaction txn, TableDescriptor table) {
        store.put(txn, CatalogKeys.byOid(CatalogKeys.TABLES, table.oid()), table);
        return table;
    }

    // ---- indexes

    IndexDescriptor createIndex(Transaction txn, IndexDefinition definition) {
        TableDescriptor table = table(txn, definition.tableOid());
        List<String> keyNames = new ArrayList<>();
        int expressions = 0;
        for (int attnum : definition.keyColumns()) {
            if (attnum == 0) {
                expressions++;
                keyNames.add("expr");
            } else {
                keyNames.add(liveColumn(table, attnum).name());
            }
        }
        for (int attnum : definition.includeColumns()) {
            liveColumn(table, attnum);
        }
        if (expressions != definition.keyExpressions().size()) {
            throw new IllegalArgumentException("expression keys and key expressions differ in number");
        }
        if (definition.keyColumns().size() > limits.keyColumns()) {
            throw CatalogErrors.tooManyKeyColumns(limits.keyColumns());
        }
        if (indexes(txn, table.oid()).size() >= limits.indexesPerTable()) {
            throw CatalogErrors.tooManyIndexes(limits.indexesPerTable());
        }
        String name = definition.name();
        if (name == null) {
            name = chooseName(txn, table.schemaOid(), table.name(), keyNames, definition.unique() ? "key" : "idx");
        } else {
            requireNameFree(txn, table.schemaOid(), name);
        }
        IndexDescriptor index = new IndexDescriptor(oids.next(), table.schemaOid(), name, table.oid(),
                definition.keyColumns(), definition.keyExpressions(), definition.includeColumns(),
                definition.unique(), definition.nullsNotDistinct(), false, definition.predicate(),
                true, definition.valid(), storageIds.next());
        putIndex(txn, index);
        putTable(txn, table.bumped());
        return index;
    }

    private static ColumnDescriptor liveColumn(TableDescriptor table, int attnum) {
        return table.column(attnum).filter(column -> !column.dropped())
                .orElseThrow(() -> DsqlException.of(SqlState.UNDEFINED_COLUMN,
                        "column number %d of relation \"%s\" does not exist", attnum, table.name()));
    }

    private void putIndex(Transaction txn, IndexDescriptor index) {
        store.put(txn, CatalogKeys.byOid(CatalogKeys.INDEXES, index.oid()), index);
        store.put(txn, CatalogKeys.relationName(index.schemaOid(), index.name()),
                new RelationRef(RelationKind.INDEX, index.oid(), index.schemaOid(), index.name()));
        store.putRaw(txn, CatalogKeys.tableIndex(index.tableOid(), index.oid()), new byte[0]);
    }

    IndexDescriptor markIndexValid(Transaction txn, long indexOid) {
        IndexDescriptor index = index(txn, indexOid).withState(true, true);
        store.put(txn, CatalogKeys.byOid(CatalogKeys.INDEXES, indexOid), index);
        alterTable(txn, index.tableOid(), TableDescriptor::bumped);
        return index;
    }

    void dropIndex(Transaction txn, long indexOid, boolean withConstraint) {
        IndexDescriptor index = index(txn, indexOid);
        TableDescriptor table = table(txn, index.tableOid());
        for (ConstraintDescriptor constraint : constraints(txn, table.oid())) {
            if (constraint.indexOid() == indexOid) {
                if (!withConstraint) {
                    throw CatalogErrors.indexRequiredByConstraint(index.name(), constraint.name(), table.name());
                }
                deleteConstraint(txn, constraint);
            }
        }
        deleteIndex(txn, index);
        putTable(txn, table.bumped());
        jobs.create(txn, Job.Type.DROP, ObjectKind.INDEX.classId(), indexOid,
                schemaName(txn, index.schemaOid()) + "." + index.name());
    }

    private void deleteIndex(Transaction txn, IndexDescriptor index) {
        store.delete(txn, CatalogKeys.byOid(CatalogKeys.INDEXES, index.oid()));
        store.delete(txn, CatalogKeys.relationName(index.schemaOid(), index.name()));
        store.delete(txn, CatalogKeys.tableIndex(index.tableOid(), index.oid()));
        dropComments(txn, ObjectKind.INDEX, index.oid());
    }

    // ---- constraints

    ConstraintDescriptor addConstraint(Transaction txn, long tableOid, String name, ConstraintKind kind,
                                       List<Integer> columns, String checkExpression, long indexOid,
                                       long referencedTableOid, List<Integer> referencedColumns,
                                       boolean validated) {
        TableDescriptor table = table(txn, tableOid);
        List<ConstraintDescriptor> existing = constraints(txn, tableOid);
        List<String> columnNames = columns.stream().map(attnum -> liveColumn(table, attnum).name()).toList();
        String chosen = name;
        if (chosen == null) {
            String label = switch (kind) {
                case PRIMARY_KEY -> "pkey";
                case UNIQUE -> "key";
                case CHECK -> "check";
                case FOREIGN_KEY -> "fkey";
            };
            Set<String> taken = existing.stream().map(ConstraintDescriptor::name).collect(Collectors.toSet());
            String base = makeName(table.name(), columnNames, label);
            chosen = base;
            for (int suffix = 1; taken.contains(chosen); suffix++) {
                chosen = makeName(table.name(), columnNames, label + suffix);
            }
        } else {
            String wanted = chosen;
            if (existing.stream().anyMatch(c -> c.name().equals(wanted))) {
                throw CatalogErrors.constraintExists(wanted, table.name());
            }
        }
        if (kind == ConstraintKind.FOREIGN_KEY) {
            table(txn, referencedTableOid);
        }
        ConstraintDescriptor constraint = new ConstraintDescriptor(oids.next(), chosen, tableOid, kind, columns,
                checkExpression, indexOid, referencedTableOid, referencedColumns, validated);
        store.put(txn, CatalogKeys.constraint(tableOid, constraint.oid()), constraint);
        if (kind == ConstraintKind.FOREIGN_KEY && referencedTableOid != tableOid) {
            store.put(txn, CatalogKeys.dependency(referencedTableOid, constraint.oid()),
                    new Dependent(ObjectKind.CONSTRAINT, constraint.oid(), tableOid, chosen));
        }
        putTable(txn, table.bumped());
        return constraint;
    }

    void dropConstraint(Transaction txn, long tableOid, String name) {
        TableDescriptor table = table(txn, tableOid);
        ConstraintDescriptor constraint = constraint(txn, table, name);
        if (constraint.kind() == ConstraintKind.PRIMARY_KEY) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "cannot drop primary key constraint \"%s\"",
                    name);
        }
        deleteConstraint(txn, constraint);
        if (constraint.indexOid() != 0) {
            deleteIndex(txn, index(txn, constraint.indexOid()));
        }
        putTable(txn, table.bumped());
    }

    ConstraintDescriptor markConstraintValidated(Transaction txn, long tableOid, String name) {
        TableDescriptor table = table(txn, tableOid);
        ConstraintDescriptor constraint = constraint(txn, table, name).withValidated(true);
        store.put(txn, CatalogKeys.constraint(tableOid, constraint.oid()), constraint);
        putTable(txn, table.bumped());
        return constraint;
    }

    private ConstraintDescriptor constraint(Transaction txn, TableDescriptor table, String name) {
        return constraints(txn, table.oid()).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> CatalogErrors.constraintNotFound(name, table.name()));
    }

    private void deleteConstraint(Transaction txn, ConstraintDescriptor constraint) {
        store.delete(txn, CatalogKeys.constraint(constraint.tableOid(), constraint.oid()));
        if (constraint.kind() == ConstraintKind.FOREIGN_KEY) {
            store.delete(txn, CatalogKeys.dependency(constraint.referencedTableOid(), constraint.oid()));
        }
        dropComments(txn, ObjectKind.CONSTRAINT, constraint.oid());
    }

    // ---- views

    ViewDescriptor createView(Transaction txn, long schemaOid, String name, long owner, String definition,
                              List<ViewDescriptor.ViewColumn> columns, List<Long> dependsOn, boolean orReplace) {
        schemaName(txn, schemaOid);
        Optional<RelationRef> existing = find(txn, schemaOid, name);
        long oid;
        if (existing.isPresent()) {
            if (!orReplace) {
                throw CatalogErrors.relationExists(name);
            }
            if (existing.get().kind() != RelationKind.VIEW) {
                throw CatalogErrors.wrongKind(name, RelationKind.VIEW);
            }
            oid = existing.get().oid();
            for (long referenced : view(txn, oid).dependsOn()) {
                store.delete(txn, CatalogKeys.dependency(referenced, oid));
            }
        } else {
            int views = store.scanUntracked(txn, CatalogKeys.prefix(CatalogKeys.VIEWS)).size();
            if (views >= limits.views()) {
                throw CatalogErrors.tooManyViews(limits.views());
            }
            oid = oids.next();
            store.put(txn, CatalogKeys.relationName(schemaOid, name),
                    new RelationRef(RelationKind.VIEW, oid, schemaOid, name));
        }
        ViewDescriptor view = new ViewDescriptor(oid, schemaOid, name, owner, definition, columns, dependsOn);
        store.put(txn, CatalogKeys.byOid(CatalogKeys.VIEWS, oid), view);
        for (long referenced : dependsOn) {
            store.put(txn, CatalogKeys.dependency(referenced, oid), new Dependent(ObjectKind.VIEW, oid, 0, name));
        }
        return view;
    }

    void dropView(Transaction txn, long viewOid, boolean cascade) {
        ViewDescriptor view = view(txn, viewOid);
        dropDependents(txn, viewOid, "view " + view.name(), cascade);
        for (long referenced : view.dependsOn()) {
            store.delete(txn, CatalogKeys.dependency(referenced, viewOid));
        }
        store.delete(txn, CatalogKeys.byOid(CatalogKeys.VIEWS, viewOid));
        store.delete(txn, CatalogKeys.relationName(view.schemaOid(), view.name()));
        store.delete(txn, CatalogKeys.acl(ObjectKind.VIEW, viewOid));
        dropComments(txn, ObjectKind.VIEW, viewOid);
    }

    /** Without cascade: 2BP01 when anything depends on {@code oid}; with it, drops the dependents. */
    void dropDependents(Transaction txn, long oid, String what, boolean cascade) {
        List<Dependent> dependents = dependents(txn, oid);
        if (dependents.isEmpty()) {
            return;
        }
        if (!cascade) {
            List<String> details = new ArrayList<>();
            for (Dependent dependent : dependents) {
                details.add(switch (dependent.kind()) {
                    case CONSTRAINT -> "constraint %s on table %s depends on %s".formatted(dependent.name(),
                            table(txn, dependent.tableOid()).name(), what);
                    default -> "%s %s depends on %s".formatted(dependent.kind().name().toLowerCase(
                            java.util.Locale.ROOT), dependent.name(), what);
                });
            }
            throw CatalogErrors.hasDependents(what, details);
        }
        for (Dependent dependent : dependents) {
            switch (dependent.kind()) {
                case VIEW -> dropView(txn, dependent.oid(), true);
                case CONSTRAINT -> {
                    TableDescriptor table = table(txn, dependent.tableOid());
                    deleteConstraint(txn, constraint(txn, table, dependent.name()));
                    putTable(txn, table.bumped());
                }
                default -> store.delete(txn, CatalogKeys.dependency(oid, dependent.oid()));
            }
        }
    }

    // ---- comments and names

    void dropComments(Transaction txn, ObjectKind kind, long oid) {
        for (KeyValue row : store.scanUntracked(txn, CatalogKeys.comments(kind, oid))) {
            store.delete(txn, row.key());
        }
    }

    private void dropComment(Transaction txn, ObjectKind kind, long oid, int subId) {
        if (store.get(txn, CatalogKeys.comment(kind, oid, subId)) != null) {
            store.delete(txn, CatalogKeys.comment(kind, oid, subId));
        }
    }

    private void requireNameFree(Transaction txn, long schemaOid, String name) {
        if (find(txn, schemaOid, name).isPresent()) {
            throw CatalogErrors.relationExists(name);
        }
    }

    /** PostgreSQL's ChooseRelationName: {@code table_col1_col2_label}, then label1, label2... until free. */
    private String chooseName(Transaction txn, long schemaOid, String table, List<String> columns, String label) {
        String name = makeName(table, columns, label);
        for (int suffix = 1; find(txn, schemaOid, name).isPresent(); suffix++) {
            name = makeName(table, columns, label + suffix);
        }
        return name;
    }

    /** {@code table_col1_col2_label}, shortening the table and column part to fit 63 bytes. */
    private static String makeName(String table, List<String> columns, String label) {
        String middle = String.join("_", columns);
        String base = middle.isEmpty() ? table : table + "_" + middle;
        int room = MAX_NAME_BYTES - label.length() - 1;
        while (base.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > room) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "_" + label;
    }
}
