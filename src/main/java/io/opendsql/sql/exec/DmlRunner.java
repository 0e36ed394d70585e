package io.opendsql.sql.exec;

import io.opendsql.catalog.ColumnDescriptor;
import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.plan.DmlPlan;
import io.opendsql.sql.table.TableStore;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.TypeIo;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs INSERT, UPDATE and DELETE. The rows to change are read completely before the first write, so a
 * statement never sees its own changes (an {@code INSERT INTO t SELECT … FROM t} copies each row once); each
 * counts against the transaction's row limit as it is found, so a statement that would change too many rows
 * fails before it reads them all.
 */
public final class DmlRunner {
    /** Rows changed and the RETURNING rows. */
    public record Result(long rows, List<Object[]> returning) {
    }

    private final ExecContext context;

    public DmlRunner(ExecContext context) {
        this.context = context;
    }

    public Result run(DmlPlan plan) {
        TableStore table = context.table(plan.table(), plan.indexes());
        return switch (plan) {
            case DmlPlan.Insert insert -> insert(insert, table);
            case DmlPlan.Update update -> update(update, table);
            case DmlPlan.Delete delete -> delete(delete, table);
        };
    }

    private List<Object[]> collect(io.opendsql.sql.plan.Plan input) {
        List<Object[]> rows = new ArrayList<>();
        try (RowSource source = Executor.open(input, context, Frames.NONE)) {
            for (Object[] row = source.next(); row != null; row = source.next()) {
                rows.add(row);
                context.txn().countMutatedRows(1);
            }
        }
        return rows;
    }

    private Result insert(DmlPlan.Insert plan, TableStore table) {
        List<Object[]> rows = collect(plan.input());
        Evaluator returning = context.evaluator(Frames.NONE);
        List<Object[]> out = new ArrayList<>();
        for (Object[] row : rows) {
            context.checkCancel();
            checkNotNull(table, row);
            table.insert(context.txn(), row);
            if (!plan.returning().isEmpty()) {
                out.add(evaluate(plan.returning(), returning.row(row)));
            }
        }
        return new Result(rows.size(), out);
    }

    private Result update(DmlPlan.Update plan, TableStore table) {
        int width = table.columns().size();
        Evaluator evaluator = context.evaluator(Frames.NONE);
        Set<ByteBuffer> updated = new HashSet<>();
        List<Object[]> matched = new ArrayList<>();
        try (RowSource source = Executor.open(plan.input(), context, Frames.NONE)) {
            for (Object[] row = source.next(); row != null; row = source.next()) {
                if (updated.add(ByteBuffer.wrap((byte[]) row[width]))) {
                    matched.add(row);
                    context.txn().countMutatedRows(1);
                }
            }
        }
        List<Object[]> out = new ArrayList<>();
        for (Object[] row : matched) {
            context.checkCancel();
            evaluator.row(row);
            Object[] newRow = row.clone();
            for (int i = 0; i < plan.slots().size(); i++) {
                newRow[plan.slots().get(i)] = evaluator.eval(plan.values().get(i));
            }
            Object[] oldValues = java.util.Arrays.copyOf(row, width);
            Object[] newValues = java.util.Arrays.copyOf(newRow, width);
            checkNotNull(table, newValues);
            table.update(context.txn(), (byte[]) row[width], oldValues, newValues);
            if (!plan.returning().isEmpty()) {
                out.add(evaluate(plan.returning(), evaluator.row(newRow)));
            }
        }
        return new Result(matched.size(), out);
    }

    private Result delete(DmlPlan.Delete plan, TableStore table) {
        int width = table.columns().size();
        Set<ByteBuffer> deleted = new HashSet<>();
        List<Object[]> matched = new ArrayList<>();
        try (RowSource source = Executor.open(plan.input(), context, Frames.NONE)) {
            for (Object[] row = source.next(); row != null; row = source.next()) {
                if (deleted.add(ByteBuffer.wrap((byte[]) row[width]))) {
                    matched.add(row);
                    context.txn().countMutatedRows(1);
                }
            }
        }
        Evaluator evaluator = context.evaluator(Frames.NONE);
        List<Object[]> out = new ArrayList<>();
        for (Object[] row : matched) {
            context.checkCancel();
            table.delete(context.txn(), (byte[]) row[width], java.util.Arrays.copyOf(row, width));
            if (!plan.returning().isEmpty()) {
                out.add(evaluate(plan.returning(), evaluator.row(row)));
            }
        }
        return new Result(matched.size(), out);
    }

    private static Object[] evaluate(List<BoundExpr> exprs, Evaluator evaluator) {
        Object[] out = new Object[exprs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = evaluator.eval(exprs.get(i));
        }
        return out;
    }

    private void checkNotNull(TableStore table, Object[] row) {
        List<ColumnDescriptor> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (row[i] == null && columns.get(i).notNull()) {
                throw DsqlException.of(SqlState.NOT_NULL_VIOLATION,
                        "null value in column \"%s\" of relation \"%s\" violates not-null constraint",
                        columns.get(i).name(), table.table().name()).detail("Failing row contains " + describe(table, row) + ".");
            }
        }
    }

    /** A row as PostgreSQL prints it in error details: {@code (1, null, abc)}. */
    String describe(TableStore table, Object[] row) {
        StringBuilder out = new StringBuilder("(");
        List<ColumnDescriptor> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Object value = row[i];
            out.append(value == null ? "null" : TypeIo.format(PgType.byOid(columns.get(i).typeOid()).orElseThrow(),
                    value, context.functions().types()));
        }
        return out.append(')').toString();
    }
}
