package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.WindowDef;
import io.opendsql.sql.plan.AggregateCall;
import io.opendsql.sql.plan.OutputColumn;
import io.opendsql.sql.plan.Plan;
import io.opendsql.sql.plan.WindowCall;
import io.opendsql.sql.plan.WindowSpec;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregation and window state of one SELECT level while it is analyzed. Aggregate calls, GROUPING calls
 * and window function calls met in the select list, HAVING and ORDER BY are recorded here and stand in the bound
 * expressions as placeholder column references (slots far beyond any input row); column references of the
 * level are recorded with their source position. {@link #plan} then builds the Aggregate, HAVING filter and
 * Window operators over the level's input and rewrites the expressions over their output
 * ({@link GroupedExpressions}), raising PostgreSQL's 42803 for columns neither grouped nor aggregated.
 */
final class SelectAggregation {
    static final int GROUPING_BASE = 1 << 27;
    static final int AGGREGATE_BASE = 1 << 28;
    static final int WINDOW_BASE = 1 << 29;

    /** Where a column reference of this level was written, and how the scope reached it. */
    record ColumnUse(int location, List<String> names, Scope scope) {
    }

    private final ExpressionAnalyzer input;
    private final Plan from;
    private final WindowClause windows;
    private final List<AggregateCall> aggregates = new ArrayList<>();
    private final List<Integer> aggregateLocations = new ArrayList<>();
    private final List<List<BoundExpr>> groupingCalls = new ArrayList<>();
    private final List<List<Integer>> groupingLocations = new ArrayList<>();
    private final List<WindowCall> windowCalls = new ArrayList<>();
    private final List<Integer> windowLocations = new ArrayList<>();
    private final Map<BoundExpr, ColumnUse> columns = new IdentityHashMap<>();
    private GroupByClause.Result groupBy = GroupByClause.Result.NONE;

    /**
     * @param input analyzer of the level's FROM items (no aggregate context)
     * @param from  the level's FROM plan, whose scans tell which columns belong to which table
     */
    SelectAggregation(ExpressionAnalyzer input, Plan from, List<WindowDef> windowClause) {
        this.input = input;
        this.from = from;
        this.windows = new WindowClause(this, windowClause);
    }

    ExpressionAnalyzer input() {
        return input;
    }

    // ---- recording ----

    /** A column reference of this level: a fresh copy whose position is remembered for 42803. */
    BoundExpr columnReference(Expr.ColumnRef c, BoundExpr resolved) {
        return fresh(resolved, new ColumnUse(c.location(), c.names(), input.scope()));
    }

    /** A column of {@code *}: errors about it point at the star. */
    BoundExpr starColumn(BoundExpr column, String name, int location) {
        return fresh(column, new ColumnUse(location, List.of(name), input.scope()));
    }

    private BoundExpr fresh(BoundExpr expr, ColumnUse use) {
        return BoundExprs.transform(expr, e -> {
            if (e instanceof BoundExpr.ColumnRef c) {
                BoundExpr.ColumnRef copy = new BoundExpr.ColumnRef(c.type(), c.index());
                columns.put(copy, use);
                return copy;
            }
            return e;
        });
    }

    BoundExpr addAggregate(AggregateCall call, int location) {
        int index = aggregates.indexOf(call);
        if (index < 0) {
            index = aggregates.size();
            aggregates.add(call);
            aggregateLocations.add(location);
        }
        return new BoundExpr.ColumnRef(call.type(), AGGREGATE_BASE + index);
    }

    BoundExpr addGrouping(List<BoundExpr> args, List<Integer> locations) {
        int index = groupingCalls.indexOf(args);
        if (index < 0) {
            index = groupingCalls.size();
            groupingCalls.add(List.copyOf(args));
            groupingLocations.add(List.copyOf(locations));
        }
        return new BoundExpr.ColumnRef(SqlType.of(PgType.INT4), GROUPING_BASE + index);
    }

    BoundExpr addWindow(WindowCall call, int location) {
        int index = windowCalls.indexOf(call);
        if (index < 0) {
            index = windowCalls.size();
            windowCalls.add(call);
            windowLocations.add(location);
        }
        return new BoundExpr.ColumnRef(call.type(), WINDOW_BASE + index);
    }

    /** The window an OVER clause names or specifies, bound over this level's input. */
    WindowSpec window(WindowDef over) {
        return windows.resolve(over);
    }

    void groupBy(GroupByClause.Result result) {
        this.groupBy = result;
    }

    /** Checks the WINDOW clause's definitions, used or not, as PostgreSQL transforms them all. */
    void checkWindowClause() {
        windows.checkAll();
    }

    /** The position of the first aggregate (or, when none, window) call in {@code expr}, or -1. */
    int callLocation(BoundExpr expr, boolean windowsOnly) {
        int[] found = {-1};
        BoundExprs.visit(expr, e -> {
            if (found[0] < 0 && e instanceof BoundExpr.ColumnRef c) {
                if (!windowsOnly && c.index() >= AGGREGATE_BASE && c.index() < WINDOW_BASE) {
                    found[0] = aggregateLocations.get(c.index() - AGGREGATE_BASE);
                } else if (windowsOnly && c.index() >= WINDOW_BASE) {
                    found[0] = windowLocations.get(c.index() - WINDOW_BASE);
                }
            }
        });
        return found[0];
    }

    // ---- planning ----

    /** True when the level groups its rows: GROUP BY, HAVING, or an aggregate or GROUPING call. */
    boolean grouped(boolean having) {
        return having || !aggregates.isEmpty() || !groupingCalls.isEmpty() || groupBy.present();
    }

    boolean windowed() {
        return !windowCalls.isEmpty();
    }

    /** The plan over the level's filtered input and the expressions (select list, ORDER BY) rewritten over it. */
    record Planned(Plan plan, List<BoundExpr> exprs) {
    }

    Planned plan(Plan plan, BoundExpr having, List<BoundExpr> exprs) {
        List<BoundExpr> out = new ArrayList<>(exprs);
        List<WindowCall> calls = new ArrayList<>(windowCalls);
        if (grouped(having != null)) {
            GroupedExpressions grouping = new GroupedExpressions(this, groupBy, InputColumns.of(from),
                    aggregates.size(), groupingCalls.size());
            for (AggregateCall call : aggregates) {
                for (BoundExpr direct : call.directArgs()) {
                    grouping.checkDirectArgument(direct);
                }
            }
            out.replaceAll(grouping::rewrite);
            BoundExpr condition = having == null ? null : grouping.rewrite(having);
            calls.replaceAll(grouping::rewrite);
            List<List<Integer>> groupingKeys = new ArrayList<>();
            for (int g = 0; g < groupingCalls.size(); g++) {
                groupingKeys.add(grouping.groupingKeys(groupingCalls.get(g), groupingLocations.get(g)));
            }
            List<OutputColumn> columns = new ArrayList<>();
            for (AggregateCall call : aggregates) {
                columns.add(new OutputColumn(call.function().name(), call.type()));
            }
            for (int g = 0; g < groupingCalls.size(); g++) {
                columns.add(new OutputColumn("grouping", SqlType.of(PgType.INT4)));
            }
            for (BoundExpr key : grouping.keys()) {
                columns.add(new OutputColumn("?group?", key.type()));
            }
            plan = new Plan.Aggregate(columns, plan, grouping.keys(), grouping.sets(), aggregates, groupingKeys);
            if (condition != null) {
                plan = new Plan.Filter(plan, condition);
            }
        }
        if (!calls.isEmpty()) {
            int width = plan.columns().size();
            List<OutputColumn> columns = new ArrayList<>(plan.columns());
            for (WindowCall call : calls) {
                columns.add(new OutputColumn("?window?", call.type()));
            }
            plan = new Plan.Window(columns, plan, calls);
            out.replaceAll(e -> BoundExprs.transform(e, node -> node instanceof BoundExpr.ColumnRef c
                    && c.index() >= WINDOW_BASE ? new BoundExpr.ColumnRef(c.type(), width + c.index() - WINDOW_BASE)
                    : node));
        }
        return new Planned(plan, out);
    }

    /** 42803 for a column reference that is neither grouped nor inside an aggregate. */
    DsqlException ungrouped(BoundExpr.ColumnRef column, String detail) {
        ColumnUse use = columns.get(column);
        String name = use == null ? "?column?" : qualifiedName(use, column);
        DsqlException e = DsqlException.of(SqlState.GROUPING_ERROR,
                "column \"%s\" must appear in the GROUP BY clause or be used in an aggregate function", name);
        if (detail != null) {
            e = e.detail(detail);
        }
        return use == null ? e : e.at(use.location() + 1);
    }

    /** rte.eref.aliasname + column, as PostgreSQL names the column in 42803. */
    private static String qualifiedName(ColumnUse use, BoundExpr.ColumnRef column) {
        List<String> names = use.names();
        String columnName = names.get(names.size() - 1);
        if (names.size() >= 2) {
            return names.get(names.size() - 2) + "." + columnName;
        }
        for (Scope.Entry entry : use.scope().entries()) {
            if (!entry.columnsVisible()) {
                continue;
            }
            for (Scope.Column c : entry.columns()) {
                if (c.name().equals(columnName) && c.expr() instanceof BoundExpr.ColumnRef ref
                        && ref.index() == column.index()) {
                    return (entry.name() == null ? "unnamed_subquery" : entry.name()) + "." + columnName;
                }
            }
        }
        for (Scope.Entry entry : use.scope().entries()) {
            for (Scope.Column c : entry.columns()) {
                if (c.expr() instanceof BoundExpr.ColumnRef ref && ref.index() == column.index()) {
                    return (entry.name() == null ? "unnamed_join" : entry.name()) + "." + c.name();
                }
            }
        }
        return columnName;
    }
}
