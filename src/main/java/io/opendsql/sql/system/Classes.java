package io.opendsql.sql.system;

import io.opendsql.catalog.ColumnDescriptor;
import io.opendsql.catalog.ConstraintKind;
import io.opendsql.catalog.IndexDescriptor;
import io.opendsql.catalog.Oids;
import io.opendsql.catalog.RelationKind;
import io.opendsql.catalog.TableDescriptor;
import io.opendsql.catalog.ViewDescriptor;
import io.opendsql.sql.plan.OutputColumn;
import io.opendsql.sql.plan.SystemRelation;
import java.util.ArrayList;
import java.util.List;

/**
 * pg_class and pg_attribute rows of every relation: the user's tables, views and indexes, and the system
 * relations themselves (owned by the bootstrap role, in pg_catalog, information_schema or sys).
 */
final class Classes {
    /** pg_am OID of PostgreSQL's heap. */
    static final long HEAP = 2;
    /** pg_am OID of DSQL's index access method {@code btree_index}, which PostgreSQL does not have. */
    static final long BTREE_INDEX = 4400;
    /** Row types of relations take this OID plus the relation's OID. */
    static final long ROW_TYPE_BASE = 0x80000000L;

    /** One pg_class row. */
    record ClassRow(long oid, String name, long namespace, char kind, long owner, int attributes, int checks,
                    boolean hasIndex, float tuples, boolean system) {
        long rowType() {
            return kind == 'i' ? 0 : ROW_TYPE_BASE + oid;
        }

        long accessMethod() {
            return kind == 'r' ? HEAP : kind == 'i' ? BTREE_INDEX : 0;
        }
    }

    /** One pg_attribute row. */
    record AttributeRow(long relation, int attnum, String name, long type, int typmod, boolean notNull,
                        boolean hasDefault, char identity, char generated, boolean dropped) {
    }

    private Classes() {
    }

    static long rowType(long relationOid) {
        return ROW_TYPE_BASE + relationOid;
    }

    static List<ClassRow> classes(RowContext context) {
        List<ClassRow> rows = new ArrayList<>();
        for (SystemRelation relation : context.system().relations()) {
            if (relation.oid() != 0) {
                rows.add(systemRow(relation));
            }
        }
        CatalogSnapshot catalog = context.catalog();
        for (CatalogSnapshot.Relation relation : catalog.relations()) {
            rows.add(switch (relation.kind()) {
                case TABLE -> tableRow(catalog, relation.table());
                case VIEW -> viewRow(relation.view());
                case INDEX -> indexRow(catalog, relation.index());
                case SEQUENCE -> throw new IllegalStateException("sequences are not listed");
            });
        }
        return rows;
    }

    private static ClassRow systemRow(SystemRelation relation) {
        return new ClassRow(relation.oid(), relation.name(), namespace(relation.schema()),
                relation.oid() < 10000 ? 'r' : 'v', Oids.ADMIN_ROLE, relation.columns().size(), 0, false,
                -1, true);
    }

    static long namespace(String schema) {
        return switch (schema) {
            case "pg_catalog" -> Oids.PG_CATALOG_SCHEMA;
            case "information_schema" -> Oids.INFORMATION_SCHEMA;
            default -> Oids.SYS_SCHEMA;
        };
    }

    private static ClassRow tableRow(CatalogSnapshot catalog, TableDescriptor table) {
        int checks = (int) catalog.constraints(table.oid()).stream()
                .filter(c -> c.kind() == ConstraintKind.CHECK).count();
        return new ClassRow(table.oid(), table.name(), table.schemaOid(), RelationKind.TABLE.code(), table.owner(),
                table.columns().size(), checks, !catalog.indexes(table.oid()).isEmpty(),
                catalog.rowEstimate(table.oid()), false);
    }

    private static ClassRow viewRow(ViewDescriptor view) {
        return new ClassRow(view.oid(), view.name(), view.schemaOid(), RelationKind.VIEW.code(), view.owner(),
                view.columns().size(), 0, false, -1, false);
    }

    private static ClassRow indexRow(CatalogSnapshot catalog, IndexDescriptor index) {
        TableDescriptor table = catalog.table(index.tableOid()).orElseThrow();
        return new ClassRow(index.oid(), index.name(), index.schemaOid(), RelationKind.INDEX.code(), table.owner(),
                indexColumns(table, index).size(), 0, false, 0, false);
    }

    /**
     * The attnums an index stores: its key, then its INCLUDE columns. DSQL's primary key index covers the whole
     * row, so it includes every other column.
     */
    static List<Integer> indexColumns(TableDescriptor table, IndexDescriptor index) {
        List<Integer> columns = new ArrayList<>(index.keyColumns());
        columns.addAll(includeColumns(table, index));
        return columns;
    }

    static List<Integer> includeColumns(TableDescriptor table, IndexDescriptor index) {
        if (!index.primary()) {
            return index.includeColumns();
        }
        return table.liveColumns().stream().map(ColumnDescriptor::attnum)
                .filter(attnum -> !index.keyColumns().contains(attnum)).toList();
    }

    static List<AttributeRow> attributes(RowContext context) {
        List<AttributeRow> rows = new ArrayList<>();
        for (SystemRelation relation : context.system().relations()) {
            if (relation.oid() == 0) {
                continue;
            }
            int attnum = 0;
            for (OutputColumn column : relation.columns()) {
                rows.add(new AttributeRow(relation.oid(), ++attnum, column.name(), column.type().type().oid(),
                        column.type().typmod(), false, false, '\0', '\0', false));
            }
        }
        CatalogSnapshot catalog = context.catalog();
        for (CatalogSnapshot.Relation relation : catalog.relations()) {
            switch (relation.kind()) {
                case TABLE -> {
                    for (ColumnDescriptor column : relation.table().columns()) {
                        rows.add(new AttributeRow(relation.oid(), column.attnum(), column.name(),
                                column.dropped() ? 0 : column.typeOid(), column.typmod(), column.notNull(),
                                column.defaultExpr() != null || column.generatedExpr() != null,
                                column.identity() == null ? '\0' : column.identity().kind().code(),
                                column.generatedExpr() == null ? '\0' : 's', column.dropped()));
                    }
                }
                case VIEW -> {
                    int attnum = 0;
                    for (ViewDescriptor.ViewColumn column : relation.view().columns()) {
                        rows.add(new AttributeRow(relation.oid(), ++attnum, column.name(), column.typeOid(),
                                column.typmod(), false, false, '\0', '\0', false));
                    }
                }
                case INDEX -> {
                    TableDescriptor table = catalog.table(relation.index().tableOid()).orElseThrow();
                    int attnum = 0;
                    int expression = 0;
                    for (int column : indexColumns(table, relation.index())) {
                        attnum++;
                        if (column == 0) {
                            rows.add(new AttributeRow(relation.oid(), attnum, expression++ == 0 ? "expr"
                                    : "expr" + expression, 25, -1, false, false, '\0', '\0', false));
                            continue;
                        }
                        ColumnDescriptor source = table.column(column).orElseThrow();
                        rows.add(new AttributeRow(relation.oid(), attnum, source.name(), source.typeOid(),
                                source.typmod(), false, false, '\0', '\0', false));
                    }
                }
                case SEQUENCE -> {
                    // not listed
                }
            }
        }
        return rows;
    }
}
