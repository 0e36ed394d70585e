package io.opendsql.sql.system;

import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogs of features DSQL does not have (inheritance, enums, ranges, row security, extended statistics,
 * publications, triggers, rules, sequences, foreign tables…): PostgreSQL's columns, no rows, so that tools
 * reading them (psql's {@code \d} reads several) get empty answers rather than errors.
 */
final class EmptyRelations {
    private EmptyRelations() {
    }

    static List<SystemTable<?>> tables() {
        return List.of(
                empty("pg_inherits", "inhrelid:OID", "inhparent:OID", "inhseqno:INT4", "inhdetachpending:BOOL"),
                empty("pg_enum", "oid:OID", "enumtypid:OID", "enumsortorder:FLOAT4", "enumlabel:NAME"),
                empty("pg_range", "rngtypid:OID", "rngsubtype:OID", "rngmultitypid:OID", "rngcollation:OID", "rngsubopc:OID", "rngcanonical:REGPROC", "rngsubdiff:REGPROC"),
                empty("pg_policy", "oid:OID", "polname:NAME", "polrelid:OID", "polcmd:CHAR", "polpermissive:BOOL", "polroles:OID_ARRAY", "polqual:PG_NODE_TREE", "polwithcheck:PG_NODE_TREE"),
                empty("pg_statistic_ext", "oid:OID", "stxrelid:OID", "stxname:NAME", "stxnamespace:OID", "stxowner:OID", "stxstattarget:INT4", "stxkeys:INT2VECTOR", "stxkind:CHAR_ARRAY", "stxexprs:PG_NODE_TREE"),
                empty("pg_publication", "oid:OID", "pubname:NAME", "pubowner:OID", "puballtables:BOOL", "pubinsert:BOOL", "pubupdate:BOOL", "pubdelete:BOOL", "pubtruncate:BOOL", "pubviaroot:BOOL"),
                empty("pg_publication_rel", "oid:OID", "prpubid:OID", "prrelid:OID", "prqual:PG_NODE_TREE", "prattrs:INT2VECTOR"),
                empty("pg_publication_namespace", "oid:OID", "pnpubid:OID", "pnnspid:OID"),
                empty("pg_trigger", "oid:OID", "tgrelid:OID", "tgparentid:OID", "tgname:NAME", "tgfoid:OID", "tgtype:INT2", "tgenabled:CHAR", "tgisinternal:BOOL", "tgconstrrelid:OID", "tgconstrindid:OID", "tgconstraint:OID", "tgdeferrable:BOOL", "tginitdeferred:BOOL", "tgnargs:INT2", "tgattr:INT2VECTOR", "tgargs:BYTEA", "tgqual:PG_NODE_TREE", "tgoldtable:NAME", "tgnewtable:NAME"),
                empty("pg_rewrite", "oid:OID", "rulename:NAME", "ev_class:OID", "ev_type:CHAR", "ev_enabled:CHAR", "is_instead:BOOL", "ev_qual:PG_NODE_TREE", "ev_action:PG_NODE_TREE"),
                empty("pg_depend", "classid:OID", "objid:OID", "objsubid:INT4", "refclassid:OID", "refobjid:OID", "refobjsubid:INT4", "deptype:CHAR"),
                empty("pg_sequence", "seqrelid:OID", "seqtypid:OID", "seqstart:INT8", "seqincrement:INT8", "seqmax:INT8", "seqmin:INT8", "seqcache:INT8", "seqcycle:BOOL"),
                empty("pg_foreign_table", "ftrelid:OID", "ftserver:OID", "ftoptions:TEXT_ARRAY"),
                empty("pg_partitioned_table", "partrelid:OID", "partstrat:CHAR", "partnatts:INT2", "partdefid:OID", "partattrs:INT2VECTOR", "partclass:OIDVECTOR", "partcollation:OIDVECTOR", "partexprs:PG_NODE_TREE"),
                empty("pg_shdescription", "objoid:OID", "classoid:OID", "description:TEXT"),
                empty("pg_db_role_setting", "setdatabase:OID", "setrole:OID", "setconfig:TEXT_ARRAY"),
                empty("pg_default_acl", "oid:OID", "defaclrole:OID", "defaclnamespace:OID", "defaclobjtype:CHAR", "defaclacl:ACLITEM_ARRAY"),
                empty("pg_cast", "oid:OID", "castsource:OID", "casttarget:OID", "castfunc:OID", "castcontext:CHAR", "castmethod:CHAR"),
                empty("pg_operator", "oid:OID", "oprname:NAME", "oprnamespace:OID", "oprowner:OID", "oprkind:CHAR", "oprcanmerge:BOOL", "oprcanhash:BOOL", "oprleft:OID", "oprright:OID", "oprresult:OID", "oprcom:OID", "oprnegate:OID", "oprcode:REGPROC", "oprrest:REGPROC", "oprjoin:REGPROC"),
                empty("pg_extension", "oid:OID", "extname:NAME", "extowner:OID", "extnamespace:OID", "extrelocatable:BOOL", "extversion:TEXT", "extconfig:OID_ARRAY", "extcondition:TEXT_ARRAY"),
                empty("pg_sequences", "schemaname:NAME", "sequencename:NAME", "sequenceowner:NAME", "data_type:REGTYPE", "start_value:INT8", "min_value:INT8", "max_value:INT8", "increment_by:INT8", "cycle:BOOL", "cache_size:INT8", "last_value:INT8"),
                empty("pg_matviews", "schemaname:NAME", "matviewname:NAME", "matviewowner:NAME", "tablespace:NAME", "hasindexes:BOOL", "ispopulated:BOOL", "definition:TEXT"));
    }

    /** A relation with {@code columns} written as {@code name:TYPE} ({@link PgType} constant names). */
    private static SystemTable<?> empty(String name, String... columns) {
        SystemTable<Object> table = SystemTable.of("pg_catalog", name, SystemOids.of("pg_catalog", name));
        for (String column : columns) {
            String[] parts = column.split(":");
            table.nullColumn(parts[0], PgType.valueOf(parts[1]));
        }
        return table.from(context -> new ArrayList<>());
    }
}
