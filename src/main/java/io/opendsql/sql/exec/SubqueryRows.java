package io.opendsql.sql.exec;

import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.func.FunctionDef;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.ValueOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of an uncorrelated {@code ANY}/{@code ALL} subquery, read once: for each row the right-hand values
 * of its comparisons. A single {@code =} between values of one type (what {@code IN (SELECT …)} usually is) is
 * answered by binary search over the sorted values, as PostgreSQL's hashed subplan; anything else compares row
 * by row with PostgreSQL's NULL rules (a NULL comparison makes ANY NULL unless another row matches).
 */
final class SubqueryRows {
    /** Types whose {@code =} is exactly their btree order's equality. */
    private static final Set<PgType> SEARCHABLE = EnumSet.of(PgType.BOOL, PgType.INT2, PgType.INT4, PgType.INT8,
            PgType.NUMERIC, PgType.FLOAT4, PgType.FLOAT8, PgType.TEXT, PgType.VARCHAR, PgType.BPCHAR, PgType.NAME,
            PgType.DATE, PgType.TIME, PgType.TIMESTAMP, PgType.TIMESTAMPTZ, PgType.INTERVAL, PgType.UUID,
            PgType.OID);

    private final List<Object[]> rights;
    private final PgType searchType;
    private final Object[] sorted;
    private final boolean nullRight;

    private SubqueryRows(List<Object[]> rights, PgType searchType, Object[] sorted, boolean nullRight) {
        this.rights = rights;
        this.searchType = searchType;
        this.sorted = sorted;
        this.nullRight = nullRight;
    }

    static SubqueryRows read(BoundExpr.Subquery subquery, ExecContext exec, Evaluator evaluator) {
        List<BoundExpr.Call> comparisons = subquery.comparisons();
        List<Object[]> rights = new ArrayList<>();
        Evaluator inner = evaluator.sibling();
        try (RowSource rows = Executor.open(subquery.plan(), exec, evaluator.outer().push(evaluator.row()))) {
            for (Object[] row = rows.next(); row != null; row = rows.next()) {
                inner.row(row);
                Object[] values = new Object[comparisons.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = inner.eval(comparisons.get(i).args().get(1));
                }
                rights.add(values);
            }
        }
        PgType searchType = searchType(subquery);
        if (searchType == null) {
            return new SubqueryRows(rights, null, null, false);
        }
        List<Object> values = new ArrayList<>();
        boolean nullRight = false;
        for (Object[] right : rights) {
            if (right[0] == null) {
                nullRight = true;
            } else {
                values.add(right[0]);
            }
        }
        Object[] sorted = values.toArray();
        Arrays.sort(sorted, (a, b) -> ValueOrder.compare(searchType, a, b));
        return new SubqueryRows(rights, searchType, sorted, nullRight);
    }

    private static PgType searchType(BoundExpr.Subquery subquery) {
        if (subquery.kind() != BoundExpr.SubqueryKind.ANY || subquery.comparisons().size() != 1) {
            return null;
        }
        BoundExpr.Call call = subquery.comparisons().get(0);
        FunctionDef function = call.function();
        PgType left = call.args().get(0).type().type();
        PgType right = call.args().get(1).type().type();
        boolean equality = function.name().equals("=") && function.argTypes().size() == 2
                && function.argTypes().get(0) == left && function.argTypes().get(1) == right;
        return equality && left == right && SEARCHABLE.contains(left) ? left : null;
    }

    /** The subquery's answer for the evaluator's current row. */
    Object test(BoundExpr.Subquery subquery, Evaluator evaluator) {
        boolean any = subquery.kind() == BoundExpr.SubqueryKind.ANY;
        if (rights.isEmpty()) {
            return !any;
        }
        Object[] left = left(subquery, evaluator);
        if (sorted != null) {
            if (left[0] == null) {
                return null;
            }
            Object value = left[0];
            if (Arrays.binarySearch(sorted, value, (a, b) -> ValueOrder.compare(searchType, a, b)) >= 0) {
                return true;
            }
            return nullRight ? null : false;
        }
        boolean sawNull = false;
        for (Object[] right : rights) {
            Boolean result = combine(subquery, left, right, evaluator);
            if (result == null) {
                sawNull = true;
            } else if (result == any) {
                return any;
            }
        }
        return sawNull ? null : !any;
    }

    /** The left-hand values, evaluated over the enclosing row. */
    static Object[] left(BoundExpr.Subquery subquery, Evaluator evaluator) {
        List<BoundExpr.Call> comparisons = subquery.comparisons();
        Object[] values = new Object[comparisons.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = evaluator.eval(comparisons.get(i).args().get(0));
        }
        return values;
    }

    /** One subquery row against the left values; {@code inner} is positioned on the row. */
    static Boolean compare(BoundExpr.Subquery subquery, Object[] left, Evaluator inner) {
        List<BoundExpr.Call> comparisons = subquery.comparisons();
        Object[] right = new Object[comparisons.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = inner.eval(comparisons.get(i).args().get(1));
        }
        return combine(subquery, left, right, inner);
    }

    private static Boolean combine(BoundExpr.Subquery subquery, Object[] left, Object[] right, Evaluator evaluator) {
        List<BoundExpr.Call> comparisons = subquery.comparisons();
        boolean and = subquery.combine() != BoundExpr.Logic.OR;
        boolean sawNull = false;
        for (int i = 0; i < comparisons.size(); i++) {
            Boolean result = apply(comparisons.get(i), left[i], right[i], evaluator);
            if (result == null) {
                sawNull = true;
            } else if (result != and) {
                return result;
            }
        }
        return sawNull ? null : and;
    }

    private static Boolean apply(BoundExpr.Call call, Object left, Object right, Evaluator evaluator) {
        if (call.function().strict() && (left == null || right == null)) {
            return null;
        }
        PgType[] types = {call.args().get(0).type().type(), call.args().get(1).type().type()};
        return (Boolean) call.function().implementation().apply(
                new FunctionDef.Arguments(new Object[] {left, right}, types, evaluator.context()));
    }
}
