package io.opendsql.sql.exec;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.analyze.BoundQuery;
import io.opendsql.sql.parse.ast.SelectBody;
import io.opendsql.sql.types.Casts;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.ValueOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Computes a table-less query's rows. */
public final class QueryRunner {
    private QueryRunner() {
    }

    public static List<Object[]> run(BoundQuery query, Evaluator evaluator) {
        return switch (query) {
            case BoundQuery.Rows rows -> rows(rows, evaluator);
            case BoundQuery.Convert convert -> convert(convert, evaluator);
            case BoundQuery.SetOperation set -> setOperation(set, evaluator);
            case BoundQuery.Sorted sorted -> sorted(sorted, evaluator);
        };
    }

    private static List<Object[]> rows(BoundQuery.Rows rows, Evaluator evaluator) {
        List<Object[]> out = new ArrayList<>();
        for (List<BoundExpr> row : rows.rows()) {
            evaluator.context().session().checkCancel();
            if (rows.filter() != null && !Boolean.TRUE.equals(evaluator.eval(rows.filter()))) {
                continue;
            }
            Object[] values = new Object[row.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = evaluator.eval(row.get(i));
            }
            out.add(values);
        }
        return out;
    }

    private static List<Object[]> convert(BoundQuery.Convert convert, Evaluator evaluator) {
        List<Object[]> input = run(convert.input(), evaluator);
        List<BoundQuery.OutputColumn> from = convert.input().columns();
        for (Object[] row : input) {
            for (int c = 0; c < row.length; c++) {
                PgType source = from.get(c).type().type();
                if (source != convert.columns().get(c).type().type()) {
                    row[c] = Casts.cast(row[c], source, convert.columns().get(c).type(),
                            evaluator.context().types(), false);
                }
            }
        }
        return input;
    }

    private static List<Object[]> setOperation(BoundQuery.SetOperation set, Evaluator evaluator) {
        List<Object[]> left = run(set.left(), evaluator);
        List<Object[]> right = run(set.right(), evaluator);
        List<PgType> types = set.columns().stream().map(c -> c.type().type()).toList();
        List<Object[]> out = new ArrayList<>();
        switch (set.op()) {
            case UNION -> {
                out.addAll(left);
                out.addAll(right);
                if (!set.all()) {
                    out = distinct(out, types);
                }
            }
            case INTERSECT, EXCEPT -> {
                List<Object[]> remaining = new ArrayList<>(right);
                for (Object[] row : set.all() ? left : distinct(left, types)) {
                    int match = indexOf(remaining, row, types);
                    boolean keep = set.op() == SelectBody.SetOp.INTERSECT ? match >= 0 : match < 0;
                    if (match >= 0 && set.all()) {
                        remaining.remove(match);
                    }
                    if (keep) {
                        out.add(row);
                    }
                }
            }
        }
        return out;
    }

    private static List<Object[]> distinct(List<Object[]> rows, List<PgType> types) {
        List<Object[]> out = new ArrayList<>();
        for (Object[] row : rows) {
            if (indexOf(out, row, types) < 0) {
                out.add(row);
            }
        }
        return out;
    }

    private static int indexOf(List<Object[]> rows, Object[] row, List<PgType> types) {
        for (int i = 0; i < rows.size(); i++) {
            if (compareRows(rows.get(i), row, types) == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int compareRows(Object[] a, Object[] b, List<PgType> types) {
        for (int c = 0; c < a.length; c++) {
            int cmp = compareValues(types.get(c), a[c], b[c], false);
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    private static int compareValues(PgType type, Object a, Object b, boolean nullsFirst) {
        if (a == null || b == null) {
            return a == b ? 0 : (a == null) == nullsFirst ? -1 : 1;
        }
        return ValueOrder.compare(type, a, b);
    }

    private static List<Object[]> sorted(BoundQuery.Sorted sorted, Evaluator evaluator) {
        List<Object[]> rows = run(sorted.input(), evaluator);
        List<BoundQuery.SortKey> keys = sorted.keys();
        if (!keys.isEmpty()) {
            List<Object[]> keyed = new ArrayList<>();
            for (Object[] row : rows) {
                Object[] sortValues = new Object[keys.size()];
                for (int k = 0; k < keys.size(); k++) {
                    BoundQuery.SortKey key = keys.get(k);
                    sortValues[k] = key.column() >= 0 ? row[key.column()] : evaluator.eval(key.expr());
                }
                keyed.add(new Object[] {row, sortValues});
            }
            List<BoundQuery.OutputColumn> columns = sorted.input().columns();
            Comparator<Object[]> order = (x, y) -> {
                Object[] a = (Object[]) x[1];
                Object[] b = (Object[]) y[1];
                for (int k = 0; k < keys.size(); k++) {
                    BoundQuery.SortKey key = keys.get(k);
                    PgType type = key.column() >= 0 ? columns.get(key.column()).type().type() : key.expr().type().type();
                    int cmp;
                    if (a[k] == null || b[k] == null) {
                        cmp = a[k] == b[k] ? 0 : (a[k] == null) == key.nullsFirst() ? -1 : 1;
                    } else {
                        cmp = ValueOrder.compare(type, a[k], b[k]);
                        if (key.descending()) {
                            cmp = -cmp;
                        }
                    }
                    if (cmp != 0) {
                        return cmp;
                    }
                }
                return 0;
            };
            keyed.sort(order);
            rows = new ArrayList<>();
            for (Object[] pair : keyed) {
                rows.add((Object[]) pair[0]);
            }
        }
        long offset = 0;
        if (sorted.offset() != null) {
            Long value = (Long) evaluator.eval(sorted.offset());
            if (value != null && value < 0) {
                throw DsqlException.of(SqlState.INVALID_ROW_COUNT_IN_RESULT_OFFSET_CLAUSE,
                        "OFFSET must not be negative");
            }
            offset = value == null ? 0 : value;
        }
        long limit = Long.MAX_VALUE;
        if (sorted.limit() != null) {
            Long value = (Long) evaluator.eval(sorted.limit());
            if (value != null && value < 0) {
                throw DsqlException.of(SqlState.INVALID_ROW_COUNT_IN_LIMIT_CLAUSE, "LIMIT must not be negative");
            }
            limit = value == null ? Long.MAX_VALUE : value;
        }
        int from = (int) Math.min(offset, rows.size());
        int to = (int) Math.min(rows.size(), from + Math.min(limit, Integer.MAX_VALUE));
        return new ArrayList<>(rows.subList(from, to));
    }
}
