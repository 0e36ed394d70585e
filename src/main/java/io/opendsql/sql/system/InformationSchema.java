package io.opendsql.sql.system;

import io.opendsql.catalog.ColumnDescriptor;
import io.opendsql.catalog.ConstraintKind;
import io.opendsql.catalog.FunctionDescriptor;
import io.opendsql.catalog.SchemaDescriptor;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * information_schema's views over the user's objects: schemata, tables, columns, views, routines, parameters
 * and character_sets; the constraint views are in {@link InformationSchemaKeys}. Columns have PostgreSQL's
 * names and the base types of its information_schema domains (sql_identifier is name, cardinal_number
 * integer, character_data and yes_or_no character varying).
 */
final class InformationSchema {
    private InformationSchema() {
    }

    /**
     * A view whose columns are {@code spec} ({@code name:domain}, PostgreSQL's order); columns without a value
     * function are NULL.
     */
    static <T> SystemTable<T> view(String name, String spec, Map<String, Function<T, Object>> values) {
        SystemTable<T> table = SystemTable.of("information_schema", name, SystemOids.of("information_schema", name));
        for (String column : spec.trim().split("\\s+")) {
            String[] parts = column.split(":");
            PgType type = switch (parts[1]) {
                case "sql_identifier" -> PgType.NAME;
                case "cardinal_number" -> PgType.INT4;
                case "time_stamp" -> PgType.TIMESTAMPTZ;
                default -> PgType.VARCHAR;
            };
            table.column(parts[0], type, values.getOrDefault(parts[0], row -> null));
        }
        return table;
    }

    static String yesNo(boolean value) {
        return value ? "YES" : "NO";
    }

    /** A table's column with its table. */
    record ColumnRow(CatalogSnapshot.Relation relation, ColumnDescriptor column, CatalogSnapshot catalog) {
        SqlType type() {
            return new SqlType(PgType.byOid(column.typeOid()).orElse(PgType.TEXT), column.typmod());
        }
    }

    static List<SystemTable<?>> tables() {
        List<SystemTable<?>> out = new ArrayList<>();
        out.add(InformationSchema.<SchemaDescriptor>view("schemata", "catalog_name:sql_identifier "
                + "schema_name:sql_identifier schema_owner:sql_identifier default_character_set_catalog:sql_identifier "
                + "default_character_set_schema:sql_identifier default_character_set_name:sql_identifier "
                + "sql_path:character_data", Map.of(
                        "catalog_name", s -> "postgres",
                        "schema_name", SchemaDescriptor::name,
                        "schema_owner", s -> "admin"))
                .from(context -> context.catalog().schemas()));
        out.add(InformationSchema.<CatalogSnapshot.Relation>view("tables", "table_catalog:sql_identifier "
                + "table_schema:sql_identifier table_name:sql_identifier table_type:character_data "
                + "self_referencing_column_name:sql_identifier reference_generation:character_data "
                + "user_defined_type_catalog:sql_identifier user_defined_type_schema:sql_identifier "
                + "user_defined_type_name:sql_identifier is_insertable_into:yes_or_no is_typed:yes_or_no "
                + "commit_action:character_data", Map.of(
                        "table_catalog", r -> "postgres",
                        "table_schema", r -> r.schema().name(),
                        "table_name", CatalogSnapshot.Relation::name,
                        "table_type", r -> r.table() != null ? "BASE TABLE" : "VIEW",
                        "is_insertable_into", r -> yesNo(r.table() != null),
                        "is_typed", r -> "NO"))
                .from(context -> context.catalog().relations().stream()
                        .filter(r -> r.table() != null || r.view() != null).toList()));
        out.add(columns());
        out.add(InformationSchema.<CatalogSnapshot.Relation>view("views", "table_catalog:sql_identifier "
                + "table_schema:sql_identifier table_name:sql_identifier view_definition:character_data "
                + "check_option:character_data is_updatable:yes_or_no is_insertable_into:yes_or_no "
                + "is_trigger_updatable:yes_or_no is_trigger_deletable:yes_or_no "
                + "is_trigger_insertable_into:yes_or_no", Map.of(
                        "table_catalog", r -> "postgres",
                        "table_schema", r -> r.schema().name(),
                        "table_name", CatalogSnapshot.Relation::name,
                        "view_definition", r -> r.view().definition(),
                        "check_option", r -> "NONE",
                        "is_updatable", r -> "NO",
                        "is_insertable_into", r -> "NO",
                        "is_trigger_updatable", r -> "NO",
                        "is_trigger_deletable", r -> "NO",
                        "is_trigger_insertable_into", r -> "NO"))
                .from(context -> context.catalog().relations().stream().filter(r -> r.view() != null).toList()));
        out.add(routines());
        out.add(parameters());
        out.add(InformationSchema.<String>view("character_sets", "character_set_catalog:sql_identifier "
                + "character_set_schema:sql_identifier character_set_name:sql_identifier "
                + "character_repertoire:sql_identifier form_of_use:sql_identifier "
                + "default_collate_catalog:sql_identifier default_collate_schema:sql_identifier "
                + "default_collate_name:sql_identifier", Map.of(
                        "character_set_name", s -> "UTF8",
                        "character_repertoire", s -> "UCS",
                        "form_of_use", s -> "UTF8",
                        "default_collate_catalog", s -> "postgres",
                        "default_collate_schema", s -> "pg_catalog",
                        "default_collate_name", s -> "C"))
                .from(context -> List.of("UTF8")));
        return out;
    }

    private static SystemTable<ColumnRow> columns() {
        Map<String, Function<ColumnRow, Object>> values = new java.util.HashMap<>();
        values.put("table_catalog", c -> "postgres");
        values.put("table_schema", c -> c.relation().schema().name());
        values.put("table_name", c -> c.relation().name());
        values.put("column_name", c -> c.column().name());
        values.put("ordinal_position", c -> c.column().attnum());
        values.put("column_default", c -> c.column().defaultExpr() == null ? null
                : Describe.expression(c.catalog(), c.column().defaultExpr(), c.relation().oid()));
        values.put("is_nullable", c -> yesNo(!c.column().notNull()));
        values.put("data_type", c -> TypeFacts.dataType(c.type()));
        values.put("character_maximum_length", c -> TypeFacts.characterMaximumLength(c.type()));
        values.put("character_octet_length", c -> TypeFacts.characterOctetLength(c.type()));
        values.put("numeric_precision", c -> TypeFacts.numericPrecision(c.type()));
        values.put("numeric_precision_radix", c -> TypeFacts.numericRadix(c.type()));
        values.put("numeric_scale", c -> TypeFacts.numericScale(c.type()));
        values.put("datetime_precision", c -> TypeFacts.datetimePrecision(c.type()));
        values.put("udt_catalog", c -> "postgres");
        values.put("udt_schema", c -> "pg_catalog");
        values.put("udt_name", c -> c.type().type().typeName());
        values.put("dtd_identifier", c -> Integer.toString(c.column().attnum()));
        values.put("is_self_referencing", c -> "NO");
        values.put("is_identity", c -> yesNo(c.column().identity() != null));
        values.put("identity_cycle", c -> "NO");
        values.put("is_generated", c -> c.column().generatedExpr() == null ? "NEVER" : "ALWAYS");
        values.put("generation_expression", c -> c.column().generatedExpr());
        values.put("is_updatable", c -> yesNo(c.relation().table() != null));
        values.put("collation_catalog", c -> null);
        return view("columns", "table_catalog:sql_identifier table_schema:sql_identifier table_name:sql_identifier "
                + "column_name:sql_identifier ordinal_position:cardinal_number column_default:character_data "
                + "is_nullable:yes_or_no data_type:character_data character_maximum_length:cardinal_number "
                + "character_octet_length:cardinal_number numeric_precision:cardinal_number "
                + "numeric_precision_radix:cardinal_number numeric_scale:cardinal_number "
                + "datetime_precision:cardinal_number interval_type:character_data "
                + "interval_precision:cardinal_number character_set_catalog:sql_identifier "
                + "character_set_schema:sql_identifier character_set_name:sql_identifier "
                + "collation_catalog:sql_identifier collation_schema:sql_identifier collation_name:sql_identifier "
                + "domain_catalog:sql_identifier domain_schema:sql_identifier domain_name:sql_identifier "
                + "udt_catalog:sql_identifier udt_schema:sql_identifier udt_name:sql_identifier "
                + "scope_catalog:sql_identifier scope_schema:sql_identifier scope_name:sql_identifier "
                + "maximum_cardinality:cardinal_number dtd_identifier:sql_identifier "
                + "is_self_referencing:yes_or_no is_identity:yes_or_no identity_generation:character_data "
                + "identity_start:character_data identity_increment:character_data "
                + "identity_maximum:character_data identity_minimum:character_data identity_cycle:yes_or_no "
                + "is_generated:character_data generation_expression:character_data is_updatable:yes_or_no",
                values).from(context -> {
                    List<ColumnRow> rows = new ArrayList<>();
                    for (CatalogSnapshot.Relation relation : context.catalog().relations()) {
                        if (relation.table() != null) {
                            for (ColumnDescriptor column : relation.table().liveColumns()) {
                                rows.add(new ColumnRow(relation, column, context.catalog()));
                            }
                        } else if (relation.view() != null) {
                            int attnum = 0;
                            for (var column : relation.view().columns()) {
                                rows.add(new ColumnRow(relation, new ColumnDescriptor(++attnum, column.name(),
                                        column.typeOid(), column.typmod(), false, null, null, null, false),
                                        context.catalog()));
                            }
                        }
                    }
                    return rows;
                });
    }

    private static SystemTable<SystemViews.RowOf<FunctionDescriptor>> routines() {
        Map<String, Function<FunctionDescriptor, Object>> values = new java.util.HashMap<>();
        values.put("specific_catalog", f -> "postgres");
        values.put("specific_name", f -> f.name() + "_" + f.oid());
        values.put("routine_catalog", f -> "postgres");
        values.put("routine_name", FunctionDescriptor::name);
        values.put("routine_type", f -> "FUNCTION");
        values.put("data_type", f -> TypeFacts.dataType(SqlType.of(PgType.byOid(f.returnType()).orElse(PgType.TEXT))));
        values.put("type_udt_catalog", f -> "postgres");
        values.put("type_udt_schema", f -> "pg_catalog");
        values.put("type_udt_name", f -> PgType.byOid(f.returnType()).map(PgType::typeName).orElse(null));
        values.put("dtd_identifier", f -> "0");
        values.put("routine_body", f -> "SQL");
        values.put("routine_definition", FunctionDescriptor::body);
        values.put("external_language", f -> "SQL");
        values.put("parameter_style", f -> "GENERAL");
        values.put("is_deterministic", f -> yesNo(f.volatility() == FunctionDescriptor.Volatility.IMMUTABLE));
        values.put("sql_data_access", f -> "MODIFIES");
        values.put("is_null_call", f -> "NO");
        values.put("schema_level_routine", f -> "YES");
        values.put("max_dynamic_result_sets", f -> 0);
        values.put("is_user_defined_cast", f -> "NO");
        values.put("is_implicitly_invocable", f -> "NO");
        values.put("security_type", f -> "INVOKER");
        values.put("as_locator", f -> "NO");
        values.put("new_savepoint_level", f -> null);
        values.put("is_udt_dependent", f -> "NO");
        Map<String, Function<SystemViews.RowOf<FunctionDescriptor>, Object>> withSchema = new java.util.HashMap<>();
        values.forEach((name, value) -> withSchema.put(name, row -> value.apply(row.value())));
        Function<SystemViews.RowOf<FunctionDescriptor>, Object> schema = row -> row.catalog()
                .schema(row.value().schemaOid()).map(SchemaDescriptor::name).orElse(null);
        withSchema.put("specific_schema", schema);
        withSchema.put("routine_schema", schema);
        SystemTable<SystemViews.RowOf<FunctionDescriptor>> table = view("routines", ROUTINE_COLUMNS, withSchema);
        return table.from(context -> SystemViews.RowOf.of(context, context.catalog().functions()));
    }

    private static SystemTable<SystemViews.RowOf<Integer>> parameters() {
        return InformationSchema.<SystemViews.RowOf<Integer>>view("parameters", "specific_catalog:sql_identifier "
                + "specific_schema:sql_identifier specific_name:sql_identifier ordinal_position:cardinal_number "
                + "parameter_mode:character_data is_result:yes_or_no as_locator:yes_or_no "
                + "parameter_name:sql_identifier data_type:character_data", Map.of())
                .from(context -> List.of());
    }

    private static final String ROUTINE_COLUMNS = "specific_catalog:sql_identifier specific_schema:sql_identifier "
            + "specific_name:sql_identifier routine_catalog:sql_identifier routine_schema:sql_identifier "
            + "routine_name:sql_identifier routine_type:character_data module_catalog:sql_identifier "
            + "module_schema:sql_identifier module_name:sql_identifier udt_catalog:sql_identifier "
            + "udt_schema:sql_identifier udt_name:sql_identifier data_type:character_data "
            + "character_maximum_length:cardinal_number character_octet_length:cardinal_number "
            + "character_set_catalog:sql_identifier character_set_schema:sql_identifier "
            + "character_set_name:sql_identifier collation_catalog:sql_identifier collation_schema:sql_identifier "
            + "collation_name:sql_identifier numeric_precision:cardinal_number "
            + "numeric_precision_radix:cardinal_number numeric_scale:cardinal_number "
            + "datetime_precision:cardinal_number interval_type:character_data interval_precision:cardinal_number "
            + "type_udt_catalog:sql_identifier type_udt_schema:sql_identifier type_udt_name:sql_identifier "
            + "scope_catalog:sql_identifier scope_schema:sql_identifier scope_name:sql_identifier "
            + "maximum_cardinality:cardinal_number dtd_identifier:sql_identifier routine_body:character_data "
            + "routine_definition:character_data external_name:character_data external_language:character_data "
            + "parameter_style:character_data is_deterministic:yes_or_no sql_data_access:character_data "
            + "is_null_call:yes_or_no sql_path:character_data schema_level_routine:yes_or_no "
            + "max_dynamic_result_sets:cardinal_number is_user_defined_cast:yes_or_no "
            + "is_implicitly_invocable:yes_or_no security_type:character_data to_sql_specific_catalog:sql_identifier "
            + "to_sql_specific_schema:sql_identifier to_sql_specific_name:sql_identifier as_locator:yes_or_no "
            + "created:time_stamp last_altered:time_stamp new_savepoint_level:yes_or_no is_udt_dependent:yes_or_no";
}
