package io.opendsql.sql.system;

import static io.opendsql.sql.system.Values.ch;
import static io.opendsql.sql.system.Values.int2;

import io.opendsql.catalog.ColumnDescriptor;
import io.opendsql.catalog.ConstraintDescriptor;
import io.opendsql.catalog.FunctionDescriptor;
import io.opendsql.catalog.IndexDescriptor;
import io.opendsql.catalog.ObjectKind;
import io.opendsql.catalog.SchemaDescriptor;
import io.opendsql.catalog.TableDescriptor;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** pg_namespace, pg_class, pg_attribute, pg_index, pg_attrdef and pg_description. */
final class ClassRelations {
    /** pg_collation OIDs: the database default and C. */
    static final long DEFAULT_COLLATION = 100;
    static final long C_COLLATION = 950;

    private ClassRelations() {
    }

    static List<SystemTable<?>> tables() {
        return List.of(namespace(), pgClass(), attribute(), index(), attrdef(), description());
    }

    private static <T> SystemTable<T> table(String name) {
        return SystemTable.of("pg_catalog", name, SystemOids.of("pg_catalog", name));
    }

    private static SystemTable<SchemaDescriptor> namespace() {
        SystemTable<SchemaDescriptor> t = table("pg_namespace");
        return t.column("oid", PgType.OID, SchemaDescriptor::oid)
                .column("nspname", PgType.NAME, SchemaDescriptor::name)
                .column("nspowner", PgType.OID, SchemaDescriptor::owner)
                .nullColumn("nspacl", PgType.ACLITEM_ARRAY)
                .from(context -> context.catalog().schemas());
    }

    private static SystemTable<Classes.ClassRow> pgClass() {
        SystemTable<Classes.ClassRow> t = table("pg_class");
        return t.column("oid", PgType.OID, Classes.ClassRow::oid)
                .column("relname", PgType.NAME, Classes.ClassRow::name)
                .column("relnamespace", PgType.OID, Classes.ClassRow::namespace)
                .column("reltype", PgType.OID, Classes.ClassRow::rowType)
                .column("reloftype", PgType.OID, c -> 0L)
                .column("relowner", PgType.OID, Classes.ClassRow::owner)
                .column("relam", PgType.OID, Classes.ClassRow::accessMethod)
                .column("relfilenode", PgType.OID, c -> c.kind() == 'v' ? 0L : c.oid())
                .column("reltablespace", PgType.OID, c -> 0L)
                .column("relpages", PgType.INT4, c -> 0)
                .column("reltuples", PgType.FLOAT4, Classes.ClassRow::tuples)
                .column("relallvisible", PgType.INT4, c -> 0)
                .column("reltoastrelid", PgType.OID, c -> 0L)
                .column("relhasindex", PgType.BOOL, Classes.ClassRow::hasIndex)
                .column("relisshared", PgType.BOOL, c -> false)
                .column("relpersistence", PgType.CHAR, c -> ch('p'))
                .column("relkind", PgType.CHAR, c -> ch(c.kind()))
                .column("relnatts", PgType.INT2, c -> int2(c.kind() == 'i' ? c.attributes() : c.attributes()))
                .column("relchecks", PgType.INT2, c -> int2(c.checks()))
                .column("relhasrules", PgType.BOOL, c -> c.kind() == 'v')
                .column("relhastriggers", PgType.BOOL, c -> false)
                .column("relhassubclass", PgType.BOOL, c -> false)
                .column("relrowsecurity", PgType.BOOL, c -> false)
                .column("relforcerowsecurity", PgType.BOOL, c -> false)
                .column("relispopulated", PgType.BOOL, c -> true)
                .column("relreplident", PgType.CHAR, c -> ch(c.kind() == 'r' ? 'd' : 'n'))
                .column("relispartition", PgType.BOOL, c -> false)
                .column("relrewrite", PgType.OID, c -> 0L)
                .column("relfrozenxid", PgType.XID, c -> c.kind() == 'r' ? 716L : 0L)
                .column("relminmxid", PgType.XID, c -> c.kind() == 'r' ? 1L : 0L)
                .nullColumn("relacl", PgType.ACLITEM_ARRAY)
                .nullColumn("reloptions", PgType.TEXT_ARRAY)
                .nullColumn("relpartbound", PgType.PG_NODE_TREE)
                .from(Classes::classes);
    }

    private static SystemTable<Classes.AttributeRow> attribute() {
        SystemTable<Classes.AttributeRow> t = table("pg_attribute");
        return t.column("attrelid", PgType.OID, Classes.AttributeRow::relation)
                .column("attname", PgType.NAME, Classes.AttributeRow::name)
                .column("atttypid", PgType.OID, Classes.AttributeRow::type)
                .column("attstattarget", PgType.INT4, a -> -1)
                .column("attlen", PgType.INT2, a -> int2(facts(a).map(BuiltinTypes.Facts::length).orElse(-1)))
                .column("attnum", PgType.INT2, a -> int2(a.attnum()))
                .column("attndims", PgType.INT4, a -> PgType.byOid((int) a.type())
                        .filter(type -> type.isArray() && !type.isVector()).isPresent() ? 1 : 0)
                .column("attcacheoff", PgType.INT4, a -> -1)
                .column("atttypmod", PgType.INT4, Classes.AttributeRow::typmod)
                .column("attbyval", PgType.BOOL, a -> facts(a).map(BuiltinTypes.Facts::byValue).orElse(false))
                .column("attalign", PgType.CHAR, a -> ch(facts(a).map(BuiltinTypes.Facts::align).orElse('i')))
                .column("attstorage", PgType.CHAR, a -> ch(facts(a).map(BuiltinTypes.Facts::storage).orElse('p')))
                .column("attcompression", PgType.CHAR, a -> ch('\0'))
                .column("attnotnull", PgType.BOOL, Classes.AttributeRow::notNull)
                .column("atthasdef", PgType.BOOL, Classes.AttributeRow::hasDefault)
                .column("atthasmissing", PgType.BOOL, a -> false)
                .column("attidentity", PgType.CHAR, a -> ch(a.identity()))
                .column("attgenerated", PgType.CHAR, a -> ch(a.generated()))
                .column("attisdropped", PgType.BOOL, Classes.AttributeRow::dropped)
                .column("attislocal", PgType.BOOL, a -> true)
                .column("attinhcount", PgType.INT4, a -> 0)
                .column("attcollation", PgType.OID, a -> facts(a).map(BuiltinTypes.Facts::collation).orElse(0L))
                .nullColumn("attacl", PgType.ACLITEM_ARRAY)
                .nullColumn("attoptions", PgType.TEXT_ARRAY)
                .nullColumn("attfdwoptions", PgType.TEXT_ARRAY)
                .nullColumn("attmissingval", PgType.ANYARRAY)
                .from(Classes::attributes);
    }

    private static java.util.Optional<BuiltinTypes.Facts> facts(Classes.AttributeRow attribute) {
        return BuiltinTypes.of(attribute.type());
    }

    /** A pg_index row: the index and its table. */
    record IndexRow(IndexDescriptor index, TableDescriptor table) {
        List<Integer> columns() {
            return Classes.indexColumns(table, index);
        }
    }

    private static SystemTable<IndexRow> index() {
        SystemTable<IndexRow> t = table("pg_index");
        return t.column("indexrelid", PgType.OID, i -> i.index().oid())
                .column("indrelid", PgType.OID, i -> i.table().oid())
                .column("indnatts", PgType.INT2, i -> int2(i.columns().size()))
                .column("indnkeyatts", PgType.INT2, i -> int2(i.index().keyColumns().size()))
                .column("indisunique", PgType.BOOL, i -> i.index().unique())
                .column("indnullsnotdistinct", PgType.BOOL, i -> i.index().nullsNotDistinct())
                .column("indisprimary", PgType.BOOL, i -> i.index().primary())
                .column("indisexclusion", PgType.BOOL, i -> false)
                .column("indimmediate", PgType.BOOL, i -> true)
                .column("indisclustered", PgType.BOOL, i -> false)
                .column("indisvalid", PgType.BOOL, i -> i.index().valid())
                .column("indcheckxmin", PgType.BOOL, i -> false)
                .column("indisready", PgType.BOOL, i -> i.index().ready())
                .column("indislive", PgType.BOOL, i -> true)
                .column("indisreplident", PgType.BOOL, i -> false)
                .column("indkey", PgType.INT2VECTOR, i -> Values.int2vector(i.columns()))
                .column("indcollation", PgType.OIDVECTOR, i -> Values.oidvector(i.index().keyColumns().stream()
                        .map(attnum -> collation(i.table(), attnum)).toList()))
                .column("indclass", PgType.OIDVECTOR, i -> Values.oidvector(
                        Collections.nCopies(i.index().keyColumns().size(), 0L)))
                .column("indoption", PgType.INT2VECTOR, i -> Values.int2vector(
                        Collections.nCopies(i.index().keyColumns().size(), 0)))
                .column("indexprs", PgType.PG_NODE_TREE, i -> i.index().keyExpressions().isEmpty() ? null
                        : String.join(", ", i.index().keyExpressions()))
                .column("indpred", PgType.PG_NODE_TREE, i -> i.index().predicate())
                .from(context -> {
                    List<IndexRow> rows = new ArrayList<>();
                    for (CatalogSnapshot.Relation relation : context.catalog().relations()) {
                        if (relation.index() != null) {
                            context.catalog().table(relation.index().tableOid())
                                    .ifPresent(table -> rows.add(new IndexRow(relation.index(), table)));
                        }
                    }
                    return rows;
                });
    }

    private static long collation(TableDescriptor table, int attnum) {
        return table.column(attnum).flatMap(c -> BuiltinTypes.of(c.typeOid()))
                .map(BuiltinTypes.Facts::collation).orElse(0L);
    }

    /** A pg_attrdef row: a column with a default or generation expression. */
    record DefaultRow(TableDescriptor table, ColumnDescriptor column) {
        long oid() {
            return (table.oid() * 2048 + column.attnum()) & 0xffffffffL;
        }

        String expression() {
            return column.generatedExpr() != null ? column.generatedExpr() : column.defaultExpr();
        }
    }

    static List<DefaultRow> defaults(CatalogSnapshot catalog) {
        List<DefaultRow> rows = new ArrayList<>();
        for (CatalogSnapshot.Relation relation : catalog.relations()) {
            if (relation.table() != null) {
                for (ColumnDescriptor column : relation.table().liveColumns()) {
                    if (column.defaultExpr() != null || column.generatedExpr() != null) {
                        rows.add(new DefaultRow(relation.table(), column));
                    }
                }
            }
        }
        return rows;
    }

    private static SystemTable<DefaultRow> attrdef() {
        SystemTable<DefaultRow> t = table("pg_attrdef");
        return t.column("oid", PgType.OID, DefaultRow::oid)
                .column("adrelid", PgType.OID, d -> d.table().oid())
                .column("adnum", PgType.INT2, d -> int2(d.column().attnum()))
                .column("adbin", PgType.PG_NODE_TREE, DefaultRow::expression)
                .from(context -> defaults(context.catalog()));
    }

    /** A pg_description row. */
    record DescriptionRow(long objoid, long classoid, int objsubid, String description) {
    }

    static List<DescriptionRow> descriptions(CatalogSnapshot catalog) {
        List<DescriptionRow> rows = new ArrayList<>();
        for (SchemaDescriptor schema : catalog.schemas()) {
            catalog.comment(ObjectKind.SCHEMA, schema.oid(), 0)
                    .ifPresent(text -> rows.add(new DescriptionRow(schema.oid(), 2615, 0, text)));
        }
        for (CatalogSnapshot.Relation relation : catalog.relations()) {
            ObjectKind kind = switch (relation.kind()) {
                case TABLE -> ObjectKind.TABLE;
                case VIEW -> ObjectKind.VIEW;
                case INDEX -> ObjectKind.INDEX;
                case SEQUENCE -> ObjectKind.SEQUENCE;
            };
            catalog.comment(kind, relation.oid(), 0)
                    .ifPresent(text -> rows.add(new DescriptionRow(relation.oid(), 1259, 0, text)));
            if (relation.table() != null) {
                for (ColumnDescriptor column : relation.table().liveColumns()) {
                    catalog.comment(ObjectKind.COLUMN, relation.oid(), column.attnum()).ifPresent(text ->
                            rows.add(new DescriptionRow(relation.oid(), 1259, column.attnum(), text)));
                }
                for (ConstraintDescriptor constraint : catalog.constraints(relation.oid())) {
                    catalog.comment(ObjectKind.CONSTRAINT, constraint.oid(), 0)
                            .ifPresent(text -> rows.add(new DescriptionRow(constraint.oid(), 2606, 0, text)));
                }
            }
        }
        for (FunctionDescriptor function : catalog.functions()) {
            catalog.comment(ObjectKind.FUNCTION, function.oid(), 0)
                    .ifPresent(text -> rows.add(new DescriptionRow(function.oid(), 1255, 0, text)));
        }
        return rows;
    }

    private static SystemTable<DescriptionRow> description() {
        SystemTable<DescriptionRow> t = table("pg_description");
        return t.column("objoid", PgType.OID, DescriptionRow::objoid)
                .column("classoid", PgType.OID, DescriptionRow::classoid)
                .column("objsubid", PgType.INT4, DescriptionRow::objsubid)
                .column("description", PgType.TEXT, DescriptionRow::description)
                .from(context -> descriptions(context.catalog()));
    }
}
