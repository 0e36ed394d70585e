package io.opendsql.sql.system;

import io.opendsql.sql.types.PgType;
import java.util.List;

/** pg_tables, pg_indexes, pg_views and pg_stats (no column statistics are kept: no rows). */
final class SystemViews {
    private SystemViews() {
    }

    static List<SystemTable<?>> tables() {
        SystemTable<RowOf<CatalogSnapshot.Relation>> owned = view("pg_tables");
        owned.column("schemaname", PgType.NAME, r -> r.value().schema().name())
                .column("tablename", PgType.NAME, r -> r.value().name())
                .column("tableowner", PgType.NAME, r -> r.catalog().roleName(r.value().owner()))
                .nullColumn("tablespace", PgType.NAME)
                .column("hasindexes", PgType.BOOL, r -> !r.catalog().indexes(r.value().oid()).isEmpty())
                .column("hasrules", PgType.BOOL, r -> false)
                .column("hastriggers", PgType.BOOL, r -> false)
                .column("rowsecurity", PgType.BOOL, r -> false)
                .from(context -> RowOf.of(context, context.catalog().relations().stream()
                        .filter(r -> r.table() != null).toList()));
        SystemTable<RowOf<CatalogSnapshot.Relation>> indexes = view("pg_indexes");
        indexes.column("schemaname", PgType.NAME, r -> r.value().schema().name())
                .column("tablename", PgType.NAME, r -> r.catalog().table(r.value().index().tableOid())
                        .map(io.opendsql.catalog.TableDescriptor::name).orElse(null))
                .column("indexname", PgType.NAME, r -> r.value().name())
                .nullColumn("tablespace", PgType.NAME)
                .column("indexdef", PgType.TEXT, r -> Describe.indexDefinition(r.catalog(), r.value().oid(), 0)
                        .orElse(null))
                .from(context -> RowOf.of(context, context.catalog().relations().stream()
                        .filter(r -> r.index() != null).toList()));
        SystemTable<RowOf<CatalogSnapshot.Relation>> views = view("pg_views");
        views.column("schemaname", PgType.NAME, r -> r.value().schema().name())
                .column("viewname", PgType.NAME, r -> r.value().name())
                .column("viewowner", PgType.NAME, r -> r.catalog().roleName(r.value().owner()))
                .column("definition", PgType.TEXT, r -> Describe.viewDefinition(r.catalog(), r.value().oid())
                        .orElse(null))
                .from(context -> RowOf.of(context, context.catalog().relations().stream()
                        .filter(r -> r.view() != null).toList()));
        SystemTable<Object> stats = view("pg_stats");
        stats.nullColumn("schemaname", PgType.NAME)
                .nullColumn("tablename", PgType.NAME)
                .nullColumn("attname", PgType.NAME)
                .nullColumn("inherited", PgType.BOOL)
                .nullColumn("null_frac", PgType.FLOAT4)
                .nullColumn("avg_width", PgType.INT4)
                .nullColumn("n_distinct", PgType.FLOAT4)
                .nullColumn("most_common_vals", PgType.ANYARRAY)
                .nullColumn("most_common_freqs", PgType.FLOAT4_ARRAY)
                .nullColumn("histogram_bounds", PgType.ANYARRAY)
                .nullColumn("correlation", PgType.FLOAT4)
                .nullColumn("most_common_elems", PgType.ANYARRAY)
                .nullColumn("most_common_elem_freqs", PgType.FLOAT4_ARRAY)
                .nullColumn("elem_count_histogram", PgType.FLOAT4_ARRAY)
                .from(context -> List.of());
        return List.of(owned, indexes, views, stats);
    }

    private static <T> SystemTable<T> view(String name) {
        return SystemTable.of("pg_catalog", name, SystemOids.of("pg_catalog", name));
    }

    /** A source object with the snapshot it came from, for columns that look other objects up. */
    record RowOf<T>(T value, CatalogSnapshot catalog) {
        static <T> List<RowOf<T>> of(RowContext context, List<T> values) {
            return values.stream().map(v -> new RowOf<>(v, context.catalog())).toList();
        }
    }
}
