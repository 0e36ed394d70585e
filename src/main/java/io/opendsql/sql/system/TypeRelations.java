package io.opendsql.sql.system;

import static io.opendsql.sql.system.Values.ch;
import static io.opendsql.sql.system.Values.int2;

import io.opendsql.catalog.Oids;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.List;

/** pg_type: the built-in types OpenDSQL has, and the row type of every table and view. */
final class TypeRelations {
    /** record_in, record_out, record_recv, record_send: the I/O functions of row types. */
    private static final long RECORD_IN = 2290;
    private static final long RECORD_OUT = 2291;
    private static final long RECORD_RECV = 2402;
    private static final long RECORD_SEND = 2403;

    private TypeRelations() {
    }

    /** A pg_type row: built-in facts plus the namespace, owner and, for a row type, its relation. */
    record TypeRow(BuiltinTypes.Facts facts, long namespace, long relation) {
    }

    static List<TypeRow> types(CatalogSnapshot catalog) {
        List<TypeRow> rows = new ArrayList<>();
        for (BuiltinTypes.Facts facts : BuiltinTypes.all()) {
            rows.add(new TypeRow(facts, Oids.PG_CATALOG_SCHEMA, 0));
        }
        for (CatalogSnapshot.Relation relation : catalog.relations()) {
            if (relation.table() != null || relation.view() != null) {
                rows.add(new TypeRow(rowType(relation.oid(), relation.name()), relation.schema().oid(),
                        relation.oid()));
            }
        }
        return rows;
    }

    static BuiltinTypes.Facts rowType(long relationOid, String name) {
        return new BuiltinTypes.Facts(Classes.rowType(relationOid), name, -1, false, 'c', 'C', false, ',', 0, 0, 0,
                RECORD_IN, RECORD_OUT, RECORD_RECV, RECORD_SEND, 0, 0, 0, 'd', 'x', 0);
    }

    static List<SystemTable<?>> tables() {
        SystemTable<TypeRow> t = SystemTable.of("pg_catalog", "pg_type", SystemOids.of("pg_catalog", "pg_type"));
        t.column("oid", PgType.OID, r -> r.facts().oid())
                .column("typname", PgType.NAME, r -> r.facts().name())
                .column("typnamespace", PgType.OID, TypeRow::namespace)
                .column("typowner", PgType.OID, r -> Oids.ADMIN_ROLE)
                .column("typlen", PgType.INT2, r -> int2(r.facts().length()))
                .column("typbyval", PgType.BOOL, r -> r.facts().byValue())
                .column("typtype", PgType.CHAR, r -> ch(r.facts().type()))
                .column("typcategory", PgType.CHAR, r -> ch(r.facts().category()))
                .column("typispreferred", PgType.BOOL, r -> r.facts().preferred())
                .column("typisdefined", PgType.BOOL, r -> true)
                .column("typdelim", PgType.CHAR, r -> ch(r.facts().delimiter()))
                .column("typrelid", PgType.OID, TypeRow::relation)
                .column("typsubscript", PgType.REGPROC, r -> r.facts().subscript())
                .column("typelem", PgType.OID, r -> r.facts().element())
                .column("typarray", PgType.OID, r -> r.facts().array())
                .column("typinput", PgType.REGPROC, r -> r.facts().input())
                .column("typoutput", PgType.REGPROC, r -> r.facts().output())
                .column("typreceive", PgType.REGPROC, r -> r.facts().receive())
                .column("typsend", PgType.REGPROC, r -> r.facts().send())
                .column("typmodin", PgType.REGPROC, r -> r.facts().modIn())
                .column("typmodout", PgType.REGPROC, r -> r.facts().modOut())
                .column("typanalyze", PgType.REGPROC, r -> r.facts().analyze())
                .column("typalign", PgType.CHAR, r -> ch(r.facts().align()))
                .column("typstorage", PgType.CHAR, r -> ch(r.facts().storage()))
                .column("typnotnull", PgType.BOOL, r -> false)
                .column("typbasetype", PgType.OID, r -> 0L)
                .column("typtypmod", PgType.INT4, r -> -1)
                .column("typndims", PgType.INT4, r -> 0)
                .column("typcollation", PgType.OID, r -> r.facts().collation())
                .nullColumn("typdefaultbin", PgType.PG_NODE_TREE)
                .nullColumn("typdefault", PgType.TEXT)
                .nullColumn("typacl", PgType.ACLITEM_ARRAY)
                .from(context -> types(context.catalog()));
        return List.of(t);
    }
}
