package io.opendsql.sql.system;

import io.opendsql.catalog.ColumnDescriptor;
import io.opendsql.catalog.ConstraintDescriptor;
import io.opendsql.catalog.FunctionDescriptor;
import io.opendsql.catalog.IndexDescriptor;
import io.opendsql.catalog.TableDescriptor;
import io.opendsql.catalog.ViewDescriptor;
import io.opendsql.sql.parse.ExprPrinter;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The definitions the describe functions print: pg_get_indexdef (with DSQL's {@code btree_index} access method
 * and the primary key's INCLUDE list of every other column), pg_get_constraintdef, pg_get_viewdef,
 * pg_get_expr, format_type and the function signature printers.
 */
final class Describe {
    private Describe() {
    }

    /** pg_get_indexdef(oid, column, pretty): the whole statement for column 0, else that column's name. */
    static Optional<String> indexDefinition(CatalogSnapshot catalog, long indexOid, int column) {
        Optional<IndexDescriptor> found = catalog.index(indexOid);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IndexDescriptor index = found.get();
        TableDescriptor table = catalog.table(index.tableOid()).orElseThrow();
        List<Integer> columns = Classes.indexColumns(table, index);
        if (column > 0) {
            return column > columns.size() ? Optional.of("") : Optional.of(element(table, index, columns, column - 1));
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < index.keyColumns().size(); i++) {
            keys.add(element(table, index, columns, i));
        }
        StringBuilder out = new StringBuilder("CREATE ");
        if (index.unique()) {
            out.append("UNIQUE ");
        }
        String schema = catalog.schema(index.schemaOid()).map(s -> ExprPrinter.ident(s.name())).orElse("");
        out.append("INDEX ").append(ExprPrinter.ident(index.name())).append(" ON ").append(schema).append('.')
                .append(ExprPrinter.ident(table.name())).append(" USING btree_index (")
                .append(String.join(", ", keys)).append(')');
        List<Integer> include = Classes.includeColumns(table, index);
        if (!include.isEmpty()) {
            out.append(" INCLUDE (").append(include.stream().map(a -> columnName(table, a))
                    .collect(Collectors.joining(", "))).append(')');
        }
        if (index.nullsNotDistinct()) {
            out.append(" NULLS NOT DISTINCT");
        }
        if (index.predicate() != null) {
            out.append(" WHERE ").append(ExpressionText.deparse(index.predicate(), table));
        }
        return Optional.of(out.toString());
    }

    private static String element(TableDescriptor table, IndexDescriptor index, List<Integer> columns, int position) {
        int attnum = columns.get(position);
        if (attnum != 0) {
            return columnName(table, attnum);
        }
        int expression = 0;
        for (int i = 0; i < position; i++) {
            if (columns.get(i) == 0) {
                expression++;
            }
        }
        return "(" + ExpressionText.deparse(index.keyExpressions().get(expression), table) + ")";
    }

    static String columnName(TableDescriptor table, int attnum) {
        return table.column(attnum).map(c -> ExprPrinter.ident(c.name())).orElse("?");
    }

    /** pg_get_constraintdef(oid). */
    static Optional<String> constraintDefinition(CatalogSnapshot catalog, long oid) {
        Optional<ConstraintDescriptor> found = catalog.constraint(oid);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ConstraintDescriptor constraint = found.get();
        TableDescriptor table = catalog.table(constraint.tableOid()).orElseThrow();
        String columns = constraint.columns().stream().map(a -> columnName(table, a))
                .collect(Collectors.joining(", ", "(", ")"));
        String text = switch (constraint.kind()) {
            case PRIMARY_KEY -> "PRIMARY KEY " + columns;
            case UNIQUE -> "UNIQUE " + (catalog.index(constraint.indexOid()).map(IndexDescriptor::nullsNotDistinct)
                    .orElse(false) ? "NULLS NOT DISTINCT " : "") + columns;
            case CHECK -> "CHECK (" + ExpressionText.deparse(constraint.checkExpression(), table) + ")";
            case FOREIGN_KEY -> {
                TableDescriptor referenced = catalog.table(constraint.referencedTableOid()).orElse(null);
                String target = referenced == null ? "?" : qualifiedIfNeeded(catalog, referenced)
                        + constraint.referencedColumns().stream().map(a -> columnName(referenced, a))
                        .collect(Collectors.joining(", ", "(", ")"));
                yield "FOREIGN KEY " + columns + " REFERENCES " + target;
            }
        };
        return Optional.of(constraint.validated() ? text : text + " NOT VALID");
    }

    private static String qualifiedIfNeeded(CatalogSnapshot catalog, TableDescriptor table) {
        return ExprPrinter.ident(table.name());
    }

    /** pg_get_viewdef(oid): the stored query. */
    static Optional<String> viewDefinition(CatalogSnapshot catalog, long oid) {
        return catalog.relation(oid).map(CatalogSnapshot.Relation::view).map(ViewDescriptor::definition)
                .map(text -> " " + text.strip() + (text.strip().endsWith(";") ? "" : ";"));
    }

    /** pg_get_expr(text, relation): a stored expression printed against its relation's columns. */
    static String expression(CatalogSnapshot catalog, String text, long relationOid) {
        Optional<TableDescriptor> table = catalog.table(relationOid);
        if (table.isPresent()) {
            for (ColumnDescriptor column : table.get().liveColumns()) {
                if (text.equals(column.defaultExpr())) {
                    return ExpressionText.deparse(text, table.get(), column);
                }
            }
        }
        return ExpressionText.deparse(text, table.orElse(null));
    }

    /** format_type(oid, typmod). */
    static String formatType(CatalogSnapshot catalog, long oid, Integer typmod) {
        Optional<PgType> builtin = PgType.byOid((int) oid).filter(t -> t.oid() == oid);
        if (builtin.isPresent()) {
            PgType type = builtin.get();
            if (typmod == null && type == PgType.BPCHAR) {
                return "bpchar";
            }
            return new SqlType(type, typmod == null ? -1 : typmod).formatType();
        }
        if (oid == 2276) {
            return "\"any\"";
        }
        if (oid >= Classes.ROW_TYPE_BASE) {
            return catalog.relation(oid - Classes.ROW_TYPE_BASE).map(r -> ExprPrinter.ident(r.name()))
                    .orElse("???");
        }
        return "???";
    }

    /** pg_get_function_arguments(oid). */
    static Optional<String> functionArguments(CatalogSnapshot catalog, long oid) {
        Optional<FunctionDescriptor> user = catalog.function(oid);
        if (user.isPresent()) {
            FunctionDescriptor f = user.get();
            List<String> args = new ArrayList<>();
            for (int i = 0; i < f.argTypes().size(); i++) {
                String name = i < f.argNames().size() ? f.argNames().get(i) : "";
                String type = formatType(catalog, f.argTypes().get(i), null);
                args.add(name == null || name.isEmpty() ? type : ExprPrinter.ident(name) + " " + type);
            }
            return Optional.of(String.join(", ", args));
        }
        return BuiltinFunctions.of(oid).map(b -> b.argTypes().stream().map(t -> formatType(catalog, t, null))
                .collect(Collectors.joining(", ")));
    }

    /** pg_get_function_result(oid). */
    static Optional<String> functionResult(CatalogSnapshot catalog, long oid) {
        Optional<FunctionDescriptor> user = catalog.function(oid);
        if (user.isPresent()) {
            String type = formatType(catalog, user.get().returnType(), null);
            return Optional.of(user.get().returnsSet() ? "SETOF " + type : type);
        }
        return BuiltinFunctions.of(oid).map(b -> formatType(catalog, b.resultType(), null));
    }
}
