package io.opendsql.sql.system;

import io.opendsql.sql.plan.OutputColumn;
import io.opendsql.sql.plan.SystemRelation;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A system relation declared column by column: each column has PostgreSQL's name and type and computes its
 * value from one source object (a table, a column, a role…) of the rows' source.
 *
 * @param <T> what one row describes
 */
final class SystemTable<T> {
    /** A column and how to compute it. */
    record Column<T>(String name, SqlType type, Function<T, Object> value) {
    }

    /** The source objects of the rows, one per row. */
    @FunctionalInterface
    interface Source<T> {
        List<T> rows(RowContext context);
    }

    private final String schema;
    private final String name;
    private final long oid;
    private final List<Column<T>> columns = new ArrayList<>();
    private Source<T> source = context -> List.of();

    private SystemTable(String schema, String name, long oid) {
        this.schema = schema;
        this.name = name;
        this.oid = oid;
    }

    static <T> SystemTable<T> of(String schema, String name, long oid) {
        return new SystemTable<>(schema, name, oid);
    }

    SystemTable<T> column(String columnName, PgType type, Function<T, Object> value) {
        columns.add(new Column<>(columnName, SqlType.of(type), value));
        return this;
    }

    /** A column that is always NULL (features DSQL does not have). */
    SystemTable<T> nullColumn(String columnName, PgType type) {
        return column(columnName, type, row -> null);
    }

    SystemTable<T> from(Source<T> rows) {
        this.source = rows;
        return this;
    }

    String schema() {
        return schema;
    }

    String name() {
        return name;
    }

    long oid() {
        return oid;
    }

    List<Column<T>> columns() {
        return columns;
    }

    /** The relation the analyzer and executor see; {@code context} builds each scan's row context. */
    SystemRelation relation(RowContext.Factory context) {
        List<OutputColumn> output = columns.stream().map(c -> new OutputColumn(c.name(), c.type())).toList();
        return new SystemRelation(schema, name, oid, output, (txn, session) -> {
            List<Object[]> rows = new ArrayList<>();
            for (T item : source.rows(context.create(txn, session))) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = columns.get(i).value().apply(item);
                }
                rows.add(row);
            }
            return rows;
        });
    }
}
