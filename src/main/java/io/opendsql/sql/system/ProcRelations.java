package io.opendsql.sql.system;

import static io.opendsql.sql.system.Values.ch;
import static io.opendsql.sql.system.Values.int2;

import io.opendsql.catalog.FunctionDescriptor;
import io.opendsql.catalog.Oids;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.List;

/** pg_proc (built-in functions and the user's SQL functions) and pg_language. */
final class ProcRelations {
    private ProcRelations() {
    }

    /** A pg_proc row, built-in or the user's. */
    record ProcRow(long oid, String name, long namespace, long owner, long language, boolean strict,
                   boolean returnsSet, char volatility, List<Long> argTypes, List<String> argNames, long returnType,
                   String source) {
    }

    static List<ProcRow> procs(CatalogSnapshot catalog) {
        List<ProcRow> rows = new ArrayList<>();
        for (BuiltinFunctions.Builtin builtin : BuiltinFunctions.all()) {
            rows.add(new ProcRow(builtin.oid(), builtin.def().name(), Oids.PG_CATALOG_SCHEMA, Oids.ADMIN_ROLE,
                    BuiltinFunctions.INTERNAL_LANGUAGE, builtin.def().strict(), false, 'v', builtin.argTypes(),
                    List.of(), builtin.resultType(), builtin.def().name()));
        }
        for (FunctionDescriptor function : catalog.functions()) {
            rows.add(user(function));
        }
        return rows;
    }

    static ProcRow user(FunctionDescriptor f) {
        return new ProcRow(f.oid(), f.name(), f.schemaOid(), f.owner(), BuiltinFunctions.SQL_LANGUAGE, false,
                f.returnsSet(), f.volatility().code(), f.argTypes().stream().map(Integer::longValue).toList(),
                f.argNames(), f.returnType(), f.body());
    }

    static List<SystemTable<?>> tables() {
        SystemTable<ProcRow> proc = SystemTable.of("pg_catalog", "pg_proc", SystemOids.of("pg_catalog", "pg_proc"));
        proc.column("oid", PgType.OID, ProcRow::oid)
                .column("proname", PgType.NAME, ProcRow::name)
                .column("pronamespace", PgType.OID, ProcRow::namespace)
                .column("proowner", PgType.OID, ProcRow::owner)
                .column("prolang", PgType.OID, ProcRow::language)
                .column("procost", PgType.FLOAT4, p -> p.language() == BuiltinFunctions.SQL_LANGUAGE ? 100f : 1f)
                .column("prorows", PgType.FLOAT4, p -> p.returnsSet() ? 1000f : 0f)
                .column("provariadic", PgType.OID, p -> 0L)
                .column("prosupport", PgType.REGPROC, p -> 0L)
                .column("prokind", PgType.CHAR, p -> ch('f'))
                .column("prosecdef", PgType.BOOL, p -> false)
                .column("proleakproof", PgType.BOOL, p -> false)
                .column("proisstrict", PgType.BOOL, ProcRow::strict)
                .column("proretset", PgType.BOOL, ProcRow::returnsSet)
                .column("provolatile", PgType.CHAR, p -> ch(p.volatility()))
                .column("proparallel", PgType.CHAR, p -> ch(p.language() == BuiltinFunctions.SQL_LANGUAGE ? 'u' : 's'))
                .column("pronargs", PgType.INT2, p -> int2(p.argTypes().size()))
                .column("pronargdefaults", PgType.INT2, p -> int2(0))
                .column("prorettype", PgType.OID, ProcRow::returnType)
                .column("proargtypes", PgType.OIDVECTOR, p -> Values.oidvector(p.argTypes()))
                .nullColumn("proallargtypes", PgType.OID_ARRAY)
                .nullColumn("proargmodes", PgType.CHAR_ARRAY)
                .column("proargnames", PgType.TEXT_ARRAY, p -> p.argNames().isEmpty()
                        || p.argNames().stream().allMatch(String::isEmpty) ? null : Values.array(p.argNames()))
                .nullColumn("proargdefaults", PgType.PG_NODE_TREE)
                .nullColumn("protrftypes", PgType.OID_ARRAY)
                .column("prosrc", PgType.TEXT, ProcRow::source)
                .nullColumn("probin", PgType.TEXT)
                .nullColumn("prosqlbody", PgType.PG_NODE_TREE)
                .nullColumn("proconfig", PgType.TEXT_ARRAY)
                .nullColumn("proacl", PgType.ACLITEM_ARRAY)
                .from(context -> procs(context.catalog()));
        record Language(long oid, String name, boolean procedural, boolean trusted) {
        }
        SystemTable<Language> language = SystemTable.of("pg_catalog", "pg_language",
                SystemOids.of("pg_catalog", "pg_language"));
        language.column("oid", PgType.OID, Language::oid)
                .column("lanname", PgType.NAME, Language::name)
                .column("lanowner", PgType.OID, l -> Oids.ADMIN_ROLE)
                .column("lanispl", PgType.BOOL, Language::procedural)
                .column("lanpltrusted", PgType.BOOL, Language::trusted)
                .column("lanplcallfoid", PgType.OID, l -> 0L)
                .column("laninline", PgType.OID, l -> 0L)
                .column("lanvalidator", PgType.OID, l -> 0L)
                .nullColumn("lanacl", PgType.ACLITEM_ARRAY)
                .from(context -> List.of(new Language(12, "internal", false, false),
                        new Language(13, "c", false, false), new Language(14, "sql", false, true)));
        return List.of(proc, language);
    }
}
