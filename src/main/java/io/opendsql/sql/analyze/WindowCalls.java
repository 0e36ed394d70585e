package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.func.OverloadResolver;
import io.opendsql.sql.func.aggregate.AggregateFunction;
import io.opendsql.sql.func.aggregate.Aggregates;
import io.opendsql.sql.func.aggregate.WindowFunction;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.plan.WindowCall;
import io.opendsql.sql.plan.WindowSpec;
import io.opendsql.sql.types.CommonType;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Binds window function calls ({@code f(…) OVER …}): the built-in window functions with their pg_proc signatures
 * (lag/lead's default of a type common with the value, as anycompatible resolves it), and aggregates over a
 * frame, which take FILTER but not DISTINCT or ORDER BY. The call is recorded in the level's
 * {@link SelectAggregation} with its window.
 */
final class WindowCalls {
    private WindowCalls() {
    }

    static BoundExpr bind(ExpressionAnalyzer analyzer, Expr.FuncCall f, String name, WindowFunction builtin) {
        CallContext context = analyzer.calls();
        SelectAggregation aggregation = context.aggregation();
        boolean allowed = context.windowError() == null;
        ExpressionAnalyzer inner = analyzer.withCalls(allowed ? CallContext.windowArguments(aggregation) : context);
        List<BoundExpr> args = f.star() ? List.of() : AggregateCalls.arguments(inner, f.args());
        WindowCall.Function function;
        SqlType type;
        BoundExpr filter = null;
        if (builtin == null) {
            if (f.withinGroup() || Aggregates.isOrderedSet(name)) {
                throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "OVER is not supported for ordered-set aggregate %s",
                        name).at(f.location() + 1);
            }
            if (f.distinct()) {
                throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "DISTINCT is not implemented for window functions")
                        .at(f.location() + 1);
            }
            if (!f.orderBy().isEmpty()) {
                throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                        "aggregate ORDER BY is not implemented for window functions").at(f.location() + 1);
            }
            AggregateFunction aggregate = AggregateCalls.resolve(name, args, 0, f.location());
            args = AggregateCalls.coerce(inner, args, aggregate.argTypes());
            if (f.filter() != null) {
                ExpressionAnalyzer filtering = analyzer.withCalls(allowed ? CallContext.filter(aggregation) : context);
                filter = filtering.toBoolean(filtering.analyze(f.filter()), "FILTER", f.filter().location());
            }
            function = new WindowCall.Aggregate(aggregate);
            type = SqlType.of(aggregate.resultType());
        } else {
            if (f.distinct() || !f.orderBy().isEmpty() || f.withinGroup()) {
                throw AggregateCalls.notAggregate(analyzer, f, name);
            }
            if (f.filter() != null) {
                throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                        "FILTER is not implemented for non-aggregate window functions").at(f.location() + 1);
            }
            args = builtinArguments(inner, builtin, args, f.location());
            function = new WindowCall.Builtin(builtin);
            type = builtinType(builtin, args);
        }
        if (!allowed) {
            throw context.windowNotAllowed(f.location());
        }
        WindowSpec window = aggregation.window(f.over());
        return aggregation.addWindow(new WindowCall(type, function, args, filter, window), f.location());
    }

    private static SqlType builtinType(WindowFunction function, List<BoundExpr> args) {
        return switch (function) {
            case ROW_NUMBER, RANK, DENSE_RANK -> SqlType.of(PgType.INT8);
            case PERCENT_RANK, CUME_DIST -> SqlType.of(PgType.FLOAT8);
            case NTILE -> SqlType.of(PgType.INT4);
            case LAG, LEAD, FIRST_VALUE, LAST_VALUE, NTH_VALUE -> args.get(0).type();
        };
    }

    /** The arguments checked against the function's signatures and coerced to them. */
    private static List<BoundExpr> builtinArguments(ExpressionAnalyzer analyzer, WindowFunction function,
                                                    List<BoundExpr> args, int location) {
        List<PgType> types = AggregateCalls.types(args);
        int count = args.size();
        boolean fits = switch (function) {
            case ROW_NUMBER, RANK, DENSE_RANK, PERCENT_RANK, CUME_DIST -> count == 0;
            case NTILE -> count == 1 && OverloadResolver.coercible(types.get(0), PgType.INT4);
            case LAG, LEAD -> count >= 1 && count <= 3 && (count < 2 || OverloadResolver.coercible(types.get(1),
                    PgType.INT4));
            case FIRST_VALUE, LAST_VALUE -> count == 1;
            case NTH_VALUE -> count == 2 && OverloadResolver.coercible(types.get(1), PgType.INT4);
        };
        if (!fits && count > 0 && (function == WindowFunction.RANK || function == WindowFunction.DENSE_RANK
                || function == WindowFunction.PERCENT_RANK || function == WindowFunction.CUME_DIST)) {
            // with arguments these are the hypothetical-set aggregates
            throw DsqlException.of(SqlState.WRONG_OBJECT_TYPE, "WITHIN GROUP is required for ordered-set aggregate %s",
                    function.sqlName()).at(location + 1);
        }
        if (!fits) {
            throw doesNotExist(function.sqlName(), types, location);
        }
        List<BoundExpr> out = new ArrayList<>(args);
        switch (function) {
            case NTILE -> out.set(0, analyzer.coerce(args.get(0), PgType.INT4));
            case LAG, LEAD -> {
                if (count >= 2) {
                    out.set(1, analyzer.coerce(args.get(1), PgType.INT4));
                }
                if (count == 3) {
                    PgType common;
                    try {
                        common = CommonType.select(List.of(types.get(0), types.get(2)), function.sqlName());
                    } catch (DsqlException e) {
                        throw doesNotExist(function.sqlName(), types, location);
                    }
                    out.set(0, analyzer.coerce(args.get(0), common));
                    out.set(2, analyzer.coerce(args.get(2), common));
                } else if (types.get(0) == PgType.UNKNOWN) {
                    throw polymorphicUnknown(location);
                }
            }
            case FIRST_VALUE, LAST_VALUE -> {
                if (types.get(0) == PgType.UNKNOWN) {
                    throw polymorphicUnknown(location);
                }
            }
            case NTH_VALUE -> {
                if (types.get(0) == PgType.UNKNOWN) {
                    throw polymorphicUnknown(location);
                }
                out.set(1, analyzer.coerce(args.get(1), PgType.INT4));
            }
            default -> {
            }
        }
        return out;
    }

    private static DsqlException polymorphicUnknown(int location) {
        return DsqlException.of(SqlState.DATATYPE_MISMATCH,
                "could not determine polymorphic type because input has type unknown").at(location + 1);
    }

    private static DsqlException doesNotExist(String name, List<PgType> types, int location) {
        return DsqlException.of(SqlState.UNDEFINED_FUNCTION, "function %s(%s) does not exist", name,
                types.stream().map(OverloadResolver::typeText).collect(Collectors.joining(", ")))
                .hint("No function matches the given name and argument types. You might need to add explicit type "
                        + "casts.").at(location + 1);
    }
}
