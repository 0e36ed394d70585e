package io.opendsql.sql.system;

import io.opendsql.catalog.ConstraintDescriptor;
import io.opendsql.catalog.ConstraintKind;
import io.opendsql.catalog.TableDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * information_schema's constraint views: table_constraints, key_column_usage, constraint_column_usage,
 * check_constraints and referential_constraints.
 */
final class InformationSchemaKeys {
    private InformationSchemaKeys() {
    }

    /** A constraint column: the constraint, its table, the attnum and its 1-based position. */
    record KeyColumn(ConstraintRelations.ConstraintRow row, int attnum, int position, CatalogSnapshot catalog) {
        String schema() {
            return catalog.schema(row.table().schemaOid()).map(s -> s.name()).orElse(null);
        }

        String column() {
            return row.table().column(attnum).map(c -> c.name()).orElse(null);
        }
    }

    static String type(ConstraintKind kind) {
        return switch (kind) {
            case PRIMARY_KEY -> "PRIMARY KEY";
            case UNIQUE -> "UNIQUE";
            case CHECK -> "CHECK";
            case FOREIGN_KEY -> "FOREIGN KEY";
        };
    }

    static List<KeyColumn> keyColumns(CatalogSnapshot catalog, boolean withChecks) {
        List<KeyColumn> rows = new ArrayList<>();
        for (ConstraintRelations.ConstraintRow row : ConstraintRelations.constraints(catalog)) {
            if (!withChecks && row.constraint().kind() == ConstraintKind.CHECK) {
                continue;
            }
            int position = 0;
            for (int attnum : row.constraint().columns()) {
                rows.add(new KeyColumn(row, attnum, ++position, catalog));
            }
        }
        return rows;
    }

    static List<SystemTable<?>> tables() {
        List<SystemTable<?>> out = new ArrayList<>();
        out.add(InformationSchema.<SystemViews.RowOf<ConstraintRelations.ConstraintRow>>view("table_constraints",
                "constraint_catalog:sql_identifier constraint_schema:sql_identifier constraint_name:sql_identifier "
                + "table_catalog:sql_identifier table_schema:sql_identifier table_name:sql_identifier "
                + "constraint_type:character_data is_deferrable:yes_or_no initially_deferred:yes_or_no "
                + "enforced:yes_or_no nulls_distinct:yes_or_no", Map.of(
                        "constraint_catalog", r -> "postgres",
                        "constraint_schema", r -> schema(r),
                        "constraint_name", r -> r.value().constraint().name(),
                        "table_catalog", r -> "postgres",
                        "table_schema", r -> schema(r),
                        "table_name", r -> r.value().table().name(),
                        "constraint_type", r -> type(r.value().constraint().kind()),
                        "is_deferrable", r -> "NO",
                        "initially_deferred", r -> "NO",
                        "enforced", r -> "YES"))
                .from(context -> SystemViews.RowOf.of(context, ConstraintRelations.constraints(context.catalog()))));
        out.add(InformationSchema.<KeyColumn>view("key_column_usage", "constraint_catalog:sql_identifier "
                + "constraint_schema:sql_identifier constraint_name:sql_identifier table_catalog:sql_identifier "
                + "table_schema:sql_identifier table_name:sql_identifier column_name:sql_identifier "
                + "ordinal_position:cardinal_number position_in_unique_constraint:cardinal_number", Map.of(
                        "constraint_catalog", k -> "postgres",
                        "constraint_schema", KeyColumn::schema,
                        "constraint_name", k -> k.row().constraint().name(),
                        "table_catalog", k -> "postgres",
                        "table_schema", KeyColumn::schema,
                        "table_name", k -> k.row().table().name(),
                        "column_name", KeyColumn::column,
                        "ordinal_position", KeyColumn::position,
                        "position_in_unique_constraint", k -> k.row().foreignKey() ? k.position() : null))
                .from(context -> keyColumns(context.catalog(), false)));
        out.add(InformationSchema.<KeyColumn>view("constraint_column_usage", "table_catalog:sql_identifier "
                + "table_schema:sql_identifier table_name:sql_identifier column_name:sql_identifier "
                + "constraint_catalog:sql_identifier constraint_schema:sql_identifier constraint_name:sql_identifier",
                Map.of(
                        "table_catalog", k -> "postgres",
                        "table_schema", KeyColumn::schema,
                        "table_name", k -> k.row().table().name(),
                        "column_name", KeyColumn::column,
                        "constraint_catalog", k -> "postgres",
                        "constraint_schema", KeyColumn::schema,
                        "constraint_name", k -> k.row().constraint().name()))
                .from(context -> keyColumns(context.catalog(), true)));
        out.add(InformationSchema.<SystemViews.RowOf<ConstraintRelations.ConstraintRow>>view("check_constraints",
                "constraint_catalog:sql_identifier constraint_schema:sql_identifier constraint_name:sql_identifier "
                + "check_clause:character_data", Map.of(
                        "constraint_catalog", r -> "postgres",
                        "constraint_schema", r -> schema(r),
                        "constraint_name", r -> r.value().constraint().name(),
                        "check_clause", r -> Describe.constraintDefinition(r.catalog(),
                                r.value().constraint().oid()).map(text -> text.substring("CHECK ".length()))
                                .orElse(null)))
                .from(context -> SystemViews.RowOf.of(context, ConstraintRelations.constraints(context.catalog())
                        .stream().filter(c -> c.constraint().kind() == ConstraintKind.CHECK).toList())));
        out.add(InformationSchema.<SystemViews.RowOf<ConstraintRelations.ConstraintRow>>view(
                "referential_constraints", "constraint_catalog:sql_identifier constraint_schema:sql_identifier "
                + "constraint_name:sql_identifier unique_constraint_catalog:sql_identifier "
                + "unique_constraint_schema:sql_identifier unique_constraint_name:sql_identifier "
                + "match_option:character_data update_rule:character_data delete_rule:character_data", Map.of(
                        "constraint_catalog", r -> "postgres",
                        "constraint_schema", r -> schema(r),
                        "constraint_name", r -> r.value().constraint().name(),
                        "unique_constraint_catalog", r -> "postgres",
                        "unique_constraint_schema", r -> schema(r),
                        "unique_constraint_name", r -> referencedKey(r),
                        "match_option", r -> "NONE",
                        "update_rule", r -> "NO ACTION",
                        "delete_rule", r -> "NO ACTION"))
                .from(context -> SystemViews.RowOf.of(context, ConstraintRelations.constraints(context.catalog())
                        .stream().filter(ConstraintRelations.ConstraintRow::foreignKey).toList())));
        return out;
    }

    private static String schema(SystemViews.RowOf<ConstraintRelations.ConstraintRow> row) {
        return row.catalog().schema(row.value().table().schemaOid()).map(s -> s.name()).orElse(null);
    }

    private static String referencedKey(SystemViews.RowOf<ConstraintRelations.ConstraintRow> row) {
        ConstraintDescriptor fk = row.value().constraint();
        TableDescriptor target = row.catalog().table(fk.referencedTableOid()).orElse(null);
        if (target == null) {
            return null;
        }
        return row.catalog().constraints(target.oid()).stream()
                .filter(c -> (c.kind() == ConstraintKind.PRIMARY_KEY || c.kind() == ConstraintKind.UNIQUE)
                        && c.columns().equals(fk.referencedColumns()))
                .map(ConstraintDescriptor::name).findFirst().orElse(null);
    }
}
