package io.opendsql.sql.exec;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.types.PgArray;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a subquery of an expression for the evaluator's current row (which becomes the subquery's innermost
 * outer level). An uncorrelated subquery runs once per execution: EXISTS, scalar and ARRAY keep their value,
 * ANY and ALL keep the subquery's rows ({@link SubqueryRows}).
 */
final class SubqueryEvaluation {
    private SubqueryEvaluation() {
    }

    static Object eval(BoundExpr.Subquery subquery, Evaluator evaluator) {
        ExecContext exec = evaluator.exec();
        if (exec == null) {
            throw new IllegalStateException("a subquery evaluated outside an execution");
        }
        ExecutionCache cache = exec.cache();
        boolean quantified = subquery.kind() == BoundExpr.SubqueryKind.ANY
                || subquery.kind() == BoundExpr.SubqueryKind.ALL;
        if (!subquery.correlated()) {
            Object cached = cache.subquery(subquery);
            if (cached == null) {
                cached = quantified ? SubqueryRows.read(subquery, exec, evaluator) : new Value(run(subquery, exec,
                        evaluator));
                cache.subquery(subquery, cached);
            }
            return quantified ? ((SubqueryRows) cached).test(subquery, evaluator) : ((Value) cached).value();
        }
        if (quantified) {
            return quantifiedRun(subquery, exec, evaluator);
        }
        return run(subquery, exec, evaluator);
    }

    /** A cached result that may be NULL. */
    private record Value(Object value) {
    }

    private static Object run(BoundExpr.Subquery subquery, ExecContext exec, Evaluator evaluator) {
        try (RowSource rows = Executor.open(subquery.plan(), exec, evaluator.outer().push(evaluator.row()))) {
            switch (subquery.kind()) {
                case EXISTS -> {
                    return rows.next() != null;
                }
                case SCALAR -> {
                    Object[] first = rows.next();
                    if (first == null) {
                        return null;
                    }
                    if (rows.next() != null) {
                        throw DsqlException.of(SqlState.CARDINALITY_VIOLATION,
                                "more than one row returned by a subquery used as an expression");
                    }
                    return first[0];
                }
                case ARRAY -> {
                    List<Object> elements = new ArrayList<>();
                    for (Object[] row = rows.next(); row != null; row = rows.next()) {
                        elements.add(row[0]);
                    }
                    return subquery.type().type() == subquery.plan().columns().get(0).type().type()
                            ? ArrayOfArrays.of(elements) : PgArray.of(elements);
                }
                default -> throw new IllegalStateException(subquery.kind().name());
            }
        }
    }

    /** A correlated {@code ANY}/{@code ALL}: the subquery runs until its answer is known. */
    private static Object quantifiedRun(BoundExpr.Subquery subquery, ExecContext exec, Evaluator evaluator) {
        Object[] left = null;
        boolean any = subquery.kind() == BoundExpr.SubqueryKind.ANY;
        boolean sawNull = false;
        Evaluator inner = evaluator.sibling();
        try (RowSource rows = Executor.open(subquery.plan(), exec, evaluator.outer().push(evaluator.row()))) {
            for (Object[] row = rows.next(); row != null; row = rows.next()) {
                if (left == null) {
                    left = SubqueryRows.left(subquery, evaluator);
                }
                Boolean result = SubqueryRows.compare(subquery, left, inner.row(row));
                if (result == null) {
                    sawNull = true;
                } else if (result == any) {
                    return any;
                }
            }
        }
        return sawNull ? null : !any;
    }
}
