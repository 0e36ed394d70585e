package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.func.OverloadResolver;
import io.opendsql.sql.func.aggregate.AggregateFunction;
import io.opendsql.sql.func.aggregate.Aggregates;
import io.opendsql.sql.func.aggregate.WindowFunction;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.SortBy;
import io.opendsql.sql.plan.AggregateCall;
import io.opendsql.sql.plan.SortKey;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds calls of aggregates (with DISTINCT, ORDER BY, FILTER and WITHIN GROUP), GROUPING, and the decorated
 * calls of other functions PostgreSQL rejects ({@code DISTINCT specified, but abs is not an aggregate
 * function}); window calls go to {@link WindowCalls}. Where the {@link CallContext} allows them, calls are
 * recorded in the level's {@link SelectAggregation} and bind to its placeholders.
 */
final class AggregateCalls {
    private AggregateCalls() {
    }

    /** True when the call is an aggregate or window function, or carries an aggregate's decorations. */
    static boolean handles(Expr.FuncCall f, String name) {
        boolean builtin = f.name().size() == 1 || (f.name().size() == 2 && f.name().get(0).equals("pg_catalog"));
        if (!builtin) {
            return false;
        }
        return Aggregates.isAggregate(name) || WindowFunction.byName(name).isPresent() || f.star() || f.distinct()
                || f.over() != null || f.filter() != null || !f.orderBy().isEmpty() || f.withinGroup();
    }

    static BoundExpr bind(ExpressionAnalyzer analyzer, Expr.FuncCall f, String name) {
        if (f.variadic()) {
            throw ExpressionAnalyzer.notYet(f);
        }
        for (Expr arg : f.args()) {
            if (arg instanceof Expr.NamedArg) {
                throw ExpressionAnalyzer.notYet(arg);
            }
        }
        boolean aggregate = Aggregates.isAggregate(name);
        Optional<WindowFunction> window = WindowFunction.byName(name);
        if (f.over() != null && (aggregate || window.isPresent())) {
            return WindowCalls.bind(analyzer, f, name, window.orElse(null));
        }
        if (window.isPresent()) {
            arguments(analyzer, f.args());
            boolean hypothetical = name.equals("rank") || name.equals("dense_rank") || name.equals("percent_rank")
                    || name.equals("cume_dist");
            if (hypothetical && f.withinGroup()) {
                throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                        "OpenDSQL cannot compute hypothetical-set aggregates yet").at(f.location() + 1);
            }
            if (hypothetical && !f.args().isEmpty()) {
                throw DsqlException.of(SqlState.WRONG_OBJECT_TYPE,
                        "WITHIN GROUP is required for ordered-set aggregate %s", name).at(f.location() + 1);
            }
            throw DsqlException.of(SqlState.WRONG_OBJECT_TYPE, "window function %s requires an OVER clause", name)
                    .at(f.location() + 1);
        }
        if (!aggregate) {
            throw notAggregate(analyzer, f, name);
        }
        return aggregate(analyzer, f, name);
    }

    static List<BoundExpr> arguments(ExpressionAnalyzer analyzer, List<Expr> args) {
        List<BoundExpr> out = new ArrayList<>();
        for (Expr arg : args) {
            out.add(analyzer.analyze(arg));
        }
        return out;
    }

    static List<PgType> types(List<BoundExpr> args) {
        return args.stream().map(a -> a.type().type()).toList();
    }

    /** The 42883 of a missing function, or PostgreSQL's 42809 for an aggregate decoration on a plain function. */
    static DsqlException notAggregate(ExpressionAnalyzer analyzer, Expr.FuncCall f, String name) {
        List<BoundExpr> args = new ArrayList<>(f.star() ? List.of() : arguments(analyzer, f.args()));
        if (f.withinGroup()) {
            for (SortBy sort : f.orderBy()) {
                args.add(analyzer.analyze(sort.expr()));
            }
        }
        try {
            OverloadResolver.resolveFunction(name, types(args));
        } catch (DsqlException e) {
            return e.at(f.location() + 1);
        }
        String message;
        if (f.star()) {
            message = name + "(*) specified, but " + name + " is not an aggregate function";
        } else if (f.distinct()) {
            message = "DISTINCT specified, but " + name + " is not an aggregate function";
        } else if (f.withinGroup()) {
            message = "WITHIN GROUP specified, but " + name + " is not an aggregate function";
        } else if (!f.orderBy().isEmpty()) {
            message = "ORDER BY specified, but " + name + " is not an aggregate function";
        } else if (f.filter() != null) {
            message = "FILTER specified, but " + name + " is not an aggregate function";
        } else {
            message = "OVER specified, but " + name + " is not a window function nor an aggregate function";
        }
        return DsqlException.of(SqlState.WRONG_OBJECT_TYPE, "%s", message).at(f.location() + 1);
    }

    /** The aggregate a call names, for these argument types (42883 / 42725 positioned at the call). */
    static AggregateFunction resolve(String name, List<BoundExpr> args, int directCount, int location) {
        try {
            return Aggregates.resolve(name, types(args), directCount);
        } catch (DsqlException e) {
            throw e.position() > 0 ? e : e.at(location + 1);
        }
    }

    /** Arguments coerced to the resolved variant's types; count's and other polymorphic unknowns become text. */
    static List<BoundExpr> coerce(ExpressionAnalyzer analyzer, List<BoundExpr> args, List<PgType> types) {
        List<BoundExpr> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            BoundExpr arg = args.get(i);
            PgType target = i < types.size() && types.get(i) != PgType.UNKNOWN ? types.get(i) : PgType.TEXT;
            out.add(arg.type().type() == target ? arg : analyzer.coerce(arg, target));
        }
        return out;
    }

    private static BoundExpr aggregate(ExpressionAnalyzer analyzer, Expr.FuncCall f, String name) {
        CallContext context = analyzer.calls();
        SelectAggregation aggregation = context.aggregation();
        boolean allowed = context.aggregateError() == null;
        ExpressionAnalyzer inner = analyzer.withCalls(allowed ? CallContext.aggregateArguments(aggregation) : context);
        List<BoundExpr> direct = List.of();
        List<BoundExpr> values;
        List<SortKey> order = new ArrayList<>();
        if (f.withinGroup()) {
            direct = arguments(inner, f.args());
            values = new ArrayList<>();
            for (SortBy sort : f.orderBy()) {
                SortKey key = WindowClause.sortKey(inner, sort);
                values.add(key.expr());
                order.add(key);
            }
        } else {
            values = f.star() ? List.of() : arguments(inner, f.args());
            for (SortBy sort : f.orderBy()) {
                order.add(WindowClause.sortKey(inner, sort));
            }
        }
        BoundExpr filter = null;
        if (f.filter() != null) {
            ExpressionAnalyzer filtering = analyzer.withCalls(allowed ? CallContext.filter(aggregation) : context);
            filter = filtering.toBoolean(filtering.analyze(f.filter()), "FILTER", f.filter().location());
        }
        List<BoundExpr> all = new ArrayList<>(direct);
        all.addAll(values);
        AggregateFunction function = resolve(name, all, direct.size(), f.location());
        if (function.orderedSet() && !f.withinGroup()) {
            throw DsqlException.of(SqlState.WRONG_OBJECT_TYPE, "WITHIN GROUP is required for ordered-set aggregate %s",
                    name).at(f.location() + 1);
        }
        if (!function.orderedSet() && f.withinGroup()) {
            throw DsqlException.of(SqlState.WRONG_OBJECT_TYPE, "%s is not an ordered-set aggregate, so it cannot have "
                    + "WITHIN GROUP", name).at(f.location() + 1);
        }
        if (!allowed) {
            throw context.aggregateNotAllowed(f.location());
        }
        checkLevel(values, order, filter, f.location());
        direct = coerce(inner, direct, function.directTypes());
        values = coerce(inner, values, function.argTypes());
        if (f.withinGroup()) {
            List<SortKey> coerced = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                coerced.add(new SortKey(values.get(i), order.get(i).descending(), order.get(i).nullsFirst()));
            }
            order = coerced;
        } else if (f.distinct()) {
            for (int i = 0; i < values.size(); i++) {
                Comparability.requireEquality(values.get(i), f.args().get(i).location());
            }
            for (int i = 0; i < order.size(); i++) {
                BoundExpr key = stripImplicit(order.get(i).expr());
                if (values.stream().noneMatch(v -> stripImplicit(v).equals(key))) {
                    throw DsqlException.of(SqlState.INVALID_COLUMN_REFERENCE,
                            "in an aggregate with DISTINCT, ORDER BY expressions must appear in argument list")
                            .at(f.orderBy().get(i).expr().location() + 1);
                }
            }
        }
        return aggregation.addAggregate(new AggregateCall(function, values, direct, f.distinct(), order, filter),
                f.location());
    }

    /**
     * An aggregate whose arguments read only enclosing queries' columns belongs to that outer level in
     * PostgreSQL; OpenDSQL computes aggregates at their own level only, so it refuses those rather than answer
     * differently.
     */
    private static void checkLevel(List<BoundExpr> values, List<SortKey> order, BoundExpr filter, int location) {
        boolean[] seen = new boolean[2];
        List<BoundExpr> all = new ArrayList<>(values);
        order.forEach(k -> all.add(k.expr()));
        if (filter != null) {
            all.add(filter);
        }
        for (BoundExpr expr : all) {
            BoundExprs.visit(expr, e -> {
                if (e instanceof BoundExpr.ColumnRef) {
                    seen[0] = true;
                } else if (e instanceof BoundExpr.OuterRef) {
                    seen[1] = true;
                }
            });
        }
        if (seen[1] && !seen[0]) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "OpenDSQL cannot compute an aggregate of an outer query level yet").at(location + 1);
        }
    }

    private static BoundExpr stripImplicit(BoundExpr expr) {
        while (expr instanceof BoundExpr.Cast c && !c.explicit()) {
            expr = c.arg();
        }
        return expr;
    }

    /** GROUPING(args): recorded with its arguments' positions; each must turn out to be a grouping key. */
    static BoundExpr grouping(ExpressionAnalyzer analyzer, Expr.Grouping g) {
        CallContext context = analyzer.calls();
        boolean allowed = context.groupingError() == null;
        ExpressionAnalyzer inner = analyzer.withCalls(allowed ? CallContext.aggregateArguments(context.aggregation())
                : context);
        List<BoundExpr> args = new ArrayList<>();
        List<Integer> locations = new ArrayList<>();
        for (Expr arg : g.args()) {
            BoundExpr bound = inner.analyze(arg);
            args.add(bound.type().type() == PgType.UNKNOWN ? inner.coerce(bound, PgType.TEXT) : bound);
            locations.add(arg.location());
        }
        if (!allowed) {
            throw context.groupingNotAllowed(g.location());
        }
        if (args.size() > 31) {
            throw DsqlException.of(SqlState.TOO_MANY_COLUMNS, "GROUPING must have fewer than 32 arguments")
                    .at(g.location() + 1);
        }
        return context.aggregation().addGrouping(args, locations);
    }
}
