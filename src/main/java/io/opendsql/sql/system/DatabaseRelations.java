package io.opendsql.sql.system;

import static io.opendsql.sql.system.Values.ch;

import io.opendsql.catalog.Oids;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** pg_database, pg_tablespace, pg_am, pg_collation and pg_settings. */
final class DatabaseRelations {
    /** pg_tablespace OID of pg_default. */
    static final long DEFAULT_TABLESPACE = 1663;
    /** PostgreSQL's encoding number of UTF8. */
    static final int UTF8 = 6;

    private DatabaseRelations() {
    }

    record AccessMethod(long oid, String name, long handler, char type) {
    }

    record Collation(long oid, String name, char provider, int encoding, String collate) {
    }

    record Tablespace(long oid, String name) {
    }

    record Setting(String name, String value) {
    }

    static final List<AccessMethod> ACCESS_METHODS = List.of(
            new AccessMethod(Classes.HEAP, "heap", 3, 't'),
            new AccessMethod(403, "btree", 330, 'i'),
            new AccessMethod(405, "hash", 331, 'i'),
            new AccessMethod(Classes.BTREE_INDEX, "btree_index", 0, 'i'));

    static List<SystemTable<?>> tables() {
        SystemTable<String> database = SystemTable.of("pg_catalog", "pg_database",
                SystemOids.of("pg_catalog", "pg_database"));
        database.column("oid", PgType.OID, d -> Oids.DATABASE)
                .column("datname", PgType.NAME, d -> d)
                .column("datdba", PgType.OID, d -> Oids.ADMIN_ROLE)
                .column("encoding", PgType.INT4, d -> UTF8)
                .column("datlocprovider", PgType.CHAR, d -> ch('c'))
                .column("datistemplate", PgType.BOOL, d -> false)
                .column("datallowconn", PgType.BOOL, d -> true)
                .column("datconnlimit", PgType.INT4, d -> -1)
                .column("datfrozenxid", PgType.XID, d -> 716L)
                .column("datminmxid", PgType.XID, d -> 1L)
                .column("dattablespace", PgType.OID, d -> DEFAULT_TABLESPACE)
                .column("datcollate", PgType.TEXT, d -> "C")
                .column("datctype", PgType.TEXT, d -> "C")
                .nullColumn("daticulocale", PgType.TEXT)
                .nullColumn("daticurules", PgType.TEXT)
                .nullColumn("datcollversion", PgType.TEXT)
                .nullColumn("datacl", PgType.ACLITEM_ARRAY)
                .from(context -> List.of(context.session().session().database()));
        SystemTable<Tablespace> tablespace = SystemTable.of("pg_catalog", "pg_tablespace",
                SystemOids.of("pg_catalog", "pg_tablespace"));
        tablespace.column("oid", PgType.OID, Tablespace::oid)
                .column("spcname", PgType.NAME, Tablespace::name)
                .column("spcowner", PgType.OID, t -> Oids.ADMIN_ROLE)
                .nullColumn("spcacl", PgType.ACLITEM_ARRAY)
                .nullColumn("spcoptions", PgType.TEXT_ARRAY)
                .from(context -> List.of(new Tablespace(DEFAULT_TABLESPACE, "pg_default"),
                        new Tablespace(1664, "pg_global")));
        SystemTable<AccessMethod> am = SystemTable.of("pg_catalog", "pg_am", SystemOids.of("pg_catalog", "pg_am"));
        am.column("oid", PgType.OID, AccessMethod::oid)
                .column("amname", PgType.NAME, AccessMethod::name)
                .column("amhandler", PgType.REGPROC, AccessMethod::handler)
                .column("amtype", PgType.CHAR, a -> ch(a.type()))
                .from(context -> ACCESS_METHODS);
        SystemTable<Collation> collation = SystemTable.of("pg_catalog", "pg_collation",
                SystemOids.of("pg_catalog", "pg_collation"));
        collation.column("oid", PgType.OID, Collation::oid)
                .column("collname", PgType.NAME, Collation::name)
                .column("collnamespace", PgType.OID, c -> Oids.PG_CATALOG_SCHEMA)
                .column("collowner", PgType.OID, c -> Oids.ADMIN_ROLE)
                .column("collprovider", PgType.CHAR, c -> ch(c.provider()))
                .column("collisdeterministic", PgType.BOOL, c -> true)
                .column("collencoding", PgType.INT4, Collation::encoding)
                .column("collcollate", PgType.TEXT, Collation::collate)
                .column("collctype", PgType.TEXT, Collation::collate)
                .nullColumn("colliculocale", PgType.TEXT)
                .nullColumn("collicurules", PgType.TEXT)
                .nullColumn("collversion", PgType.TEXT)
                .from(context -> List.of(new Collation(ClassRelations.DEFAULT_COLLATION, "default", 'd', -1, null),
                        new Collation(ClassRelations.C_COLLATION, "C", 'c', -1, "C"),
                        new Collation(951, "POSIX", 'c', -1, "POSIX")));
        SystemTable<Setting> settings = SystemTable.of("pg_catalog", "pg_settings",
                SystemOids.of("pg_catalog", "pg_settings"));
        settings.column("name", PgType.TEXT, Setting::name)
                .column("setting", PgType.TEXT, Setting::value)
                .nullColumn("unit", PgType.TEXT)
                .column("category", PgType.TEXT, s -> "Ungrouped")
                .column("short_desc", PgType.TEXT, s -> "")
                .nullColumn("extra_desc", PgType.TEXT)
                .column("context", PgType.TEXT, s -> "user")
                .column("vartype", PgType.TEXT, s -> "string")
                .column("source", PgType.TEXT, s -> "default")
                .nullColumn("min_val", PgType.TEXT)
                .nullColumn("max_val", PgType.TEXT)
                .nullColumn("enumvals", PgType.TEXT_ARRAY)
                .column("boot_val", PgType.TEXT, Setting::value)
                .column("reset_val", PgType.TEXT, Setting::value)
                .nullColumn("sourcefile", PgType.TEXT)
                .nullColumn("sourceline", PgType.INT4)
                .column("pending_restart", PgType.BOOL, s -> false)
                .from(context -> {
                    List<Setting> rows = new ArrayList<>();
                    for (Map.Entry<String, String> entry : context.session().session().settings().entrySet()) {
                        rows.add(new Setting(entry.getKey(), entry.getValue()));
                    }
                    rows.sort(java.util.Comparator.comparing(Setting::name));
                    return rows;
                });
        return List.of(database, tablespace, am, collation, settings);
    }
}
