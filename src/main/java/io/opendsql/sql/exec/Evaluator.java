package io.opendsql.sql.exec;

import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.func.FunctionContext;
import io.opendsql.sql.func.FunctionDef;
import io.opendsql.sql.types.Casts;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.TypeIo;
import io.opendsql.sql.types.ValueOrder;

/**
 * Evaluates bound expressions with PostgreSQL's NULL rules; parameter values come already decoded. Column
 * references read the current row ({@link #row(Object[])}), set by the operator before each evaluation;
 * correlated references read the enclosing levels' rows ({@link Frames}). One evaluator per operator: it is
 * not thread-safe.
 */
public final class Evaluator {
    private final FunctionContext context;
    private final Object[] parameters;
    private final Frames outer;
    private Object[] row;

    public Evaluator(FunctionContext context, Object[] parameters) {
        this(context, parameters, Frames.NONE);
    }

    public Evaluator(FunctionContext context, Object[] parameters, Frames outer) {
        this.context = context;
        this.parameters = parameters;
        this.outer = outer;
    }

    /** Sets the row column references read; returns this. */
    public Evaluator row(Object[] current) {
        this.row = current;
        return this;
    }

    public Object[] row() {
        return row;
    }

    public Frames outer() {
        return outer;
    }

    public Object[] parameters() {
        return parameters;
    }

    /** An evaluator for another operator at the same level. */
    public Evaluator sibling() {
        return new Evaluator(context, parameters, outer);
    }

    /** An evaluator for a subquery run for the current row: the current row becomes its innermost outer level. */
    public Evaluator nested() {
        return new Evaluator(context, parameters, outer.push(row));
    }

    public FunctionContext context() {
        return context;
    }

    public Object eval(BoundExpr expr) {
        return switch (expr) {
            case BoundExpr.Const c -> c.value();
            case BoundExpr.Param p -> parameters[p.index()];
            case BoundExpr.ColumnRef c -> row[c.index()];
            case BoundExpr.OuterRef o -> outer.at(o.levelsUp())[o.index()];
            case BoundExpr.Cast c -> Casts.cast(eval(c.arg()), c.arg().type().type(), c.type(), context.types(),
                    c.explicit());
            case BoundExpr.Call c -> call(c);
            case BoundExpr.Concat c -> concat(c);
            case BoundExpr.Bool b -> logic(b);
            case BoundExpr.NullTest n -> (eval(n.arg()) == null) != n.not();
            case BoundExpr.TruthTest t -> truth((Boolean) eval(t.arg()), t.test());
            case BoundExpr.DistinctTest d -> {
                Object left = eval(d.equality().args().get(0));
                Object right = eval(d.equality().args().get(1));
                boolean distinct = left == null || right == null ? (left == null) != (right == null)
                        : !(Boolean) apply(d.equality(), new Object[] {left, right});
                yield distinct != d.not();
            }
            case BoundExpr.Case c -> {
                for (BoundExpr.When when : c.whens()) {
                    if (Boolean.TRUE.equals(eval(when.condition()))) {
                        yield eval(when.result());
                    }
                }
                yield eval(c.otherwise());
            }
            case BoundExpr.Coalesce c -> {
                for (BoundExpr arg : c.args()) {
                    Object value = eval(arg);
                    if (value != null) {
                        yield value;
                    }
                }
                yield null;
            }
            case BoundExpr.MinMax m -> {
                Object best = null;
                for (BoundExpr arg : m.args()) {
                    Object value = eval(arg);
                    if (value != null && (best == null
                            || (ValueOrder.compare(m.type().type(), value, best) > 0) == m.greatest()
                            && ValueOrder.compare(m.type().type(), value, best) != 0)) {
                        best = value;
                    }
                }
                yield best;
            }
            case BoundExpr.ArrayConstruct a -> ArrayEvaluation.construct(this, a);
            case BoundExpr.Subscript s -> ArrayEvaluation.subscript(this, s);
            case BoundExpr.ArrayCompare a -> ArrayEvaluation.compare(this, a);
            case BoundExpr.NullIf n -> {
                Object left = eval(n.left());
                Object right = eval(n.equality().args().get(1));
                yield left != null && right != null && (Boolean) apply(n.equality(), new Object[] {left, right})
                        ? null : left;
            }
        };
    }

    private Object call(BoundExpr.Call c) {
        Object[] values = new Object[c.args().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = eval(c.args().get(i));
            if (values[i] == null && c.function().strict()) {
                return null;
            }
        }
        return apply(c, values);
    }

    private Object apply(BoundExpr.Call c, Object[] values) {
        PgType[] types = new PgType[values.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = c.args().get(i).type().type();
        }
        return c.function().implementation().apply(new FunctionDef.Arguments(values, types, context));
    }

    private Object concat(BoundExpr.Concat c) {
        StringBuilder out = new StringBuilder();
        String separator = null;
        boolean first = true;
        for (int i = 0; i < c.args().size(); i++) {
            BoundExpr arg = c.args().get(i);
            Object value = eval(arg);
            if (c.withSeparator() && i == 0) {
                if (value == null) {
                    return null;
                }
                separator = (String) value;
                continue;
            }
            if (value == null) {
                continue;
            }
            if (!first && separator != null) {
                out.append(separator);
            }
            first = false;
            out.append(TypeIo.format(arg.type().type(), value, context.types()));
        }
        return out.toString();
    }

    private Object logic(BoundExpr.Bool b) {
        return switch (b.op()) {
            case NOT -> {
                Boolean value = (Boolean) eval(b.args().get(0));
                yield value == null ? null : !value;
            }
            case AND -> {
                boolean sawNull = false;
                for (BoundExpr arg : b.args()) {
                    Boolean value = (Boolean) eval(arg);
                    if (value == null) {
                        sawNull = true;
                    } else if (!value) {
                        yield false;
                    }
                }
                yield sawNull ? null : true;
            }
            case OR -> {
                boolean sawNull = false;
                for (BoundExpr arg : b.args()) {
                    Boolean value = (Boolean) eval(arg);
                    if (value == null) {
                        sawNull = true;
                    } else if (value) {
                        yield true;
                    }
                }
                yield sawNull ? null : false;
            }
        };
    }

    private static boolean truth(Boolean value, BoundExpr.Truth test) {
        return switch (test) {
            case TRUE -> Boolean.TRUE.equals(value);
            case NOT_TRUE -> !Boolean.TRUE.equals(value);
            case FALSE -> Boolean.FALSE.equals(value);
            case NOT_FALSE -> !Boolean.FALSE.equals(value);
            case UNKNOWN -> value == null;
            case NOT_UNKNOWN -> value != null;
        };
    }
}
