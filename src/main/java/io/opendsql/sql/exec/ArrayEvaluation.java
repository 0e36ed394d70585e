package io.opendsql.sql.exec;

import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.func.ArrayValues;
import io.opendsql.sql.func.FunctionDef;
import io.opendsql.sql.types.PgArray;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.List;

/** Evaluation of ARRAY[...], subscripts and {@code op ANY|ALL (array)} (execExprInterp.c). */
final class ArrayEvaluation {
    private ArrayEvaluation() {
    }

    static PgArray construct(Evaluator evaluator, BoundExpr.ArrayConstruct c) {
        if (!c.nested()) {
            List<Object> values = new ArrayList<>(c.elements().size());
            for (BoundExpr element : c.elements()) {
                values.add(evaluator.eval(element));
            }
            return ArrayValues.of(values);
        }
        List<PgArray> subArrays = new ArrayList<>(c.elements().size());
        for (BoundExpr element : c.elements()) {
            subArrays.add((PgArray) evaluator.eval(element));
        }
        return ArrayValues.nest(subArrays);
    }

    /** A NULL array or any NULL subscript gives NULL. */
    static Object subscript(Evaluator evaluator, BoundExpr.Subscript s) {
        PgArray array = (PgArray) evaluator.eval(s.array());
        if (array == null) {
            return null;
        }
        int n = s.indexes().size();
        Integer[] lower = new Integer[n];
        Integer[] upper = new Integer[n];
        for (int i = 0; i < n; i++) {
            BoundExpr.Index index = s.indexes().get(i);
            if (index.upper() != null) {
                upper[i] = (Integer) evaluator.eval(index.upper());
                if (upper[i] == null) {
                    return null;
                }
            }
            if (index.lower() != null) {
                lower[i] = (Integer) evaluator.eval(index.lower());
                if (lower[i] == null) {
                    return null;
                }
            }
        }
        if (s.slice()) {
            return ArrayValues.slice(array, lower, upper);
        }
        int[] subscripts = new int[n];
        for (int i = 0; i < n; i++) {
            subscripts[i] = upper[i];
        }
        return ArrayValues.element(array, subscripts);
    }

    /**
     * ExecEvalScalarArrayOp: NULL for a NULL array; false (ANY) or true (ALL) for an empty one; NULL
     * for a NULL left input of a strict operator; otherwise the ORed or ANDed results, NULL when
     * undecided and some result was NULL.
     */
    static Boolean compare(Evaluator evaluator, BoundExpr.ArrayCompare c) {
        Object left = evaluator.eval(c.left());
        PgArray array = (PgArray) evaluator.eval(c.array());
        if (array == null) {
            return null;
        }
        if (array.elements().isEmpty()) {
            return c.all();
        }
        FunctionDef operator = c.operator();
        if (left == null && operator.strict()) {
            return null;
        }
        PgType[] types = {c.left().type().type(), c.array().type().type().elementType()};
        boolean sawNull = false;
        for (Object element : array.elements()) {
            Boolean result;
            if (element == null && operator.strict()) {
                result = null;
            } else {
                result = (Boolean) operator.implementation().apply(
                        new FunctionDef.Arguments(new Object[] {left, element}, types, evaluator.context()));
            }
            if (result == null) {
                sawNull = true;
            } else if (result != c.all()) {
                return result;
            }
        }
        return sawNull ? null : c.all();
    }
}
