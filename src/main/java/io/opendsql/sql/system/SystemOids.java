package io.opendsql.sql.system;

import java.util.Map;

/**
 * pg_class OIDs of the system relations: PostgreSQL 15's for pg_catalog and information_schema, ours for
 * sys. Relations without one get none (0).
 */
final class SystemOids {
    private static final Map<String, Long> OIDS = Map.ofEntries(
            Map.entry("pg_catalog.pg_default_acl", 826L),
            Map.entry("pg_catalog.pg_tablespace", 1213L),
            Map.entry("pg_catalog.pg_shdepend", 1214L),
            Map.entry("pg_catalog.pg_type", 1247L),
            Map.entry("pg_catalog.pg_attribute", 1249L),
            Map.entry("pg_catalog.pg_proc", 1255L),
            Map.entry("pg_catalog.pg_class", 1259L),
            Map.entry("pg_catalog.pg_authid", 1260L),
            Map.entry("pg_catalog.pg_auth_members", 1261L),
            Map.entry("pg_catalog.pg_database", 1262L),
            Map.entry("pg_catalog.pg_sequence", 2224L),
            Map.entry("pg_catalog.pg_shdescription", 2396L),
            Map.entry("pg_catalog.pg_am", 2601L),
            Map.entry("pg_catalog.pg_attrdef", 2604L),
            Map.entry("pg_catalog.pg_cast", 2605L),
            Map.entry("pg_catalog.pg_constraint", 2606L),
            Map.entry("pg_catalog.pg_depend", 2608L),
            Map.entry("pg_catalog.pg_description", 2609L),
            Map.entry("pg_catalog.pg_index", 2610L),
            Map.entry("pg_catalog.pg_inherits", 2611L),
            Map.entry("pg_catalog.pg_language", 2612L),
            Map.entry("pg_catalog.pg_namespace", 2615L),
            Map.entry("pg_catalog.pg_operator", 2617L),
            Map.entry("pg_catalog.pg_rewrite", 2618L),
            Map.entry("pg_catalog.pg_trigger", 2620L),
            Map.entry("pg_catalog.pg_db_role_setting", 2964L),
            Map.entry("pg_catalog.pg_extension", 3079L),
            Map.entry("pg_catalog.pg_foreign_table", 3118L),
            Map.entry("pg_catalog.pg_policy", 3256L),
            Map.entry("pg_catalog.pg_partitioned_table", 3350L),
            Map.entry("pg_catalog.pg_statistic_ext", 3381L),
            Map.entry("pg_catalog.pg_collation", 3456L),
            Map.entry("pg_catalog.pg_enum", 3501L),
            Map.entry("pg_catalog.pg_range", 3541L),
            Map.entry("pg_catalog.pg_publication", 6104L),
            Map.entry("pg_catalog.pg_publication_rel", 6106L),
            Map.entry("pg_catalog.pg_publication_namespace", 6237L),
            Map.entry("pg_catalog.pg_roles", 12000L),
            Map.entry("pg_catalog.pg_shadow", 12005L),
            Map.entry("pg_catalog.pg_group", 12010L),
            Map.entry("pg_catalog.pg_user", 12014L),
            Map.entry("pg_catalog.pg_views", 12028L),
            Map.entry("pg_catalog.pg_tables", 12033L),
            Map.entry("pg_catalog.pg_matviews", 12038L),
            Map.entry("pg_catalog.pg_indexes", 12043L),
            Map.entry("pg_catalog.pg_sequences", 12048L),
            Map.entry("pg_catalog.pg_stats", 12053L),
            Map.entry("pg_catalog.pg_settings", 12104L),
            Map.entry("pg_catalog.pg_stat_activity", 12222L),
            Map.entry("information_schema.information_schema_catalog_name", 13227L),
            Map.entry("information_schema.applicable_roles", 13236L),
            Map.entry("information_schema.character_sets", 13250L),
            Map.entry("information_schema.check_constraints", 13260L),
            Map.entry("information_schema.collations", 13265L),
            Map.entry("information_schema.columns", 13295L),
            Map.entry("information_schema.constraint_column_usage", 13300L),
            Map.entry("information_schema.constraint_table_usage", 13305L),
            Map.entry("information_schema.domains", 13320L),
            Map.entry("information_schema.enabled_roles", 13325L),
            Map.entry("information_schema.key_column_usage", 13329L),
            Map.entry("information_schema.parameters", 13334L),
            Map.entry("information_schema.referential_constraints", 13339L),
            Map.entry("information_schema.routines", 13377L),
            Map.entry("information_schema.schemata", 13382L),
            Map.entry("information_schema.sequences", 13386L),
            Map.entry("information_schema.table_constraints", 13411L),
            Map.entry("information_schema.table_privileges", 13416L),
            Map.entry("information_schema.tables", 13425L),
            Map.entry("information_schema.triggers", 13440L),
            Map.entry("information_schema.views", 13483L),
            Map.entry("information_schema.element_types", 13493L),
            Map.entry("sys.jobs", 14001L),
            Map.entry("sys.iam_pg_role_mappings", 14002L));

    private SystemOids() {
    }

    static long of(String schema, String name) {
        return OIDS.getOrDefault(schema + "." + name, 0L);
    }
}
