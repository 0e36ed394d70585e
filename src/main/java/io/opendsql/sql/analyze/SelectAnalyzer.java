package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.ResTarget;
import io.opendsql.sql.parse.ast.SelectBody;
import io.opendsql.sql.parse.ast.SortBy;
import io.opendsql.sql.plan.OutputColumn;
import io.opendsql.sql.plan.Plan;
import io.opendsql.sql.plan.SortKey;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code SELECT … FROM … WHERE …} with the ORDER BY of its statement: FROM and WHERE become the input
 * plan; the select list (with {@code *} expanded) and any ORDER BY expression that is not an output column
 * become one projection, the latter as hidden trailing columns that the caller drops after sorting.
 */
final class SelectAnalyzer {
    /** The projected plan, sort keys over its output, and how many of its columns the client sees. */
    record Result(Plan plan, List<SortKey> sortKeys, int visibleColumns) {
    }

    private final QueryAnalyzer query;
    private final SelectBody.SelectCore core;
    private final FromAnalyzer.Locking locking;

    SelectAnalyzer(QueryAnalyzer query, SelectBody.SelectCore core) {
        this(query, core, null);
    }

    SelectAnalyzer(QueryAnalyzer query, SelectBody.SelectCore core, FromAnalyzer.Locking locking) {
        this.query = query;
        this.core = core;
        this.locking = locking;
    }

    Result analyze(List<SortBy> orderBy) {
        if (core.into() != null) {
            throw DsqlException.of(SqlState.SYNTAX_ERROR, "SELECT ... INTO is not allowed here")
                    .at(core.into().location() + 1);
        }
        Scope outer = query.expressions().scope();
        checkLockable();
        FromAnalyzer.Item from = new FromAnalyzer(query, outer, locking).analyze(core.from());
        Plan plan;
        Scope scope;
        if (from == null) {
            plan = new Plan.Values(List.of(), List.of(List.of()));
            scope = Scope.empty(outer);
        } else {
            plan = from.plan();
            scope = new Scope(outer, from.entries());
        }
        ExpressionAnalyzer input = query.expressions().withScope(scope);
        SelectAggregation aggregation = new SelectAggregation(input, plan, core.windows());
        ExpressionAnalyzer expressions = input.withCalls(CallContext.targets(aggregation));
        List<OutputColumn> columns = new ArrayList<>();
        List<BoundExpr> exprs = new ArrayList<>();
        for (ResTarget target : core.targets()) {
            if (target.value() instanceof Expr.ColumnRef c && c.star()) {
                List<Scope.Column> expanded = c.names().isEmpty() ? scope.star()
                        : scope.star(c.names(), c.location());
                if (c.names().isEmpty() && from == null) {
                    throw DsqlException.of(SqlState.SYNTAX_ERROR, "SELECT * with no tables specified is not valid")
                            .at(c.location() + 1);
                }
                for (Scope.Column column : expanded) {
                    columns.add(new OutputColumn(column.name(), column.expr().type()));
                    exprs.add(aggregation.starColumn(column.expr(), column.name(), c.location()));
                }
                continue;
            }
            BoundExpr expr = expressions.analyze(target.value());
            exprs.add(expr);
            columns.add(new OutputColumn(target.name() != null ? target.name()
                    : OutputNames.of(target.value(), expr), expr.type()));
        }
        BoundExpr where = null;
        if (core.where() != null) {
            ExpressionAnalyzer clause = input.inClause("WHERE");
            where = clause.toBoolean(clause.analyze(core.where()), "WHERE", core.where().location());
        }
        BoundExpr having = null;
        if (core.having() != null) {
            ExpressionAnalyzer clause = input.withCalls(CallContext.having(aggregation));
            having = clause.toBoolean(clause.analyze(core.having()), "HAVING", core.having().location());
        }
        int visible = columns.size();
        boolean distinct = core.distinct() == SelectBody.Distinct.DISTINCT && core.distinctOn().isEmpty();
        List<Integer> distinctOn = new ArrayList<>();
        for (Expr on : core.distinctOn()) {
            int column = outputColumn(on, columns.subList(0, visible), "DISTINCT ON");
            if (column < 0) {
                BoundExpr expr = expressions.analyze(on);
                if (expr.type().type() == PgType.UNKNOWN) {
                    expr = expressions.coerce(expr, PgType.TEXT);
                }
                column = exprs.indexOf(expr);
                if (column < 0) {
                    column = exprs.size();
                    exprs.add(expr);
                    columns.add(new OutputColumn("?distinct?", expr.type()));
                }
            }
            distinctOn.add(column);
        }
        List<SortKey> keys = new ArrayList<>();
        for (SortBy sort : orderBy) {
            if (sort.direction() == SortBy.Direction.USING) {
                throw QueryAnalyzer.notYet(sort.location());
            }
            boolean descending = sort.direction() == SortBy.Direction.DESC;
            boolean nullsFirst = sort.nulls() == SortBy.Nulls.DEFAULT ? descending
                    : sort.nulls() == SortBy.Nulls.FIRST;
            int column = outputColumn(sort.expr(), columns.subList(0, visible));
            if (column < 0) {
                BoundExpr expr = expressions.analyze(sort.expr());
                if (expr.type().type() == PgType.UNKNOWN) {
                    expr = expressions.coerce(expr, PgType.TEXT);
                }
                column = exprs.indexOf(expr);
                if (column < 0) {
                    if (distinct) {
                        throw DsqlException.of(SqlState.INVALID_COLUMN_REFERENCE,
                                "for SELECT DISTINCT, ORDER BY expressions must appear in select list")
                                .at(sort.expr().location() + 1);
                    }
                    column = exprs.size();
                    exprs.add(expr);
                    columns.add(new OutputColumn("?sort?", expr.type()));
                }
            }
            keys.add(new SortKey(new BoundExpr.ColumnRef(columns.get(column).type(), column), descending, nullsFirst));
        }
        aggregation.groupBy(new GroupByClause(aggregation, columns.subList(0, visible), exprs.subList(0, visible))
                .analyze(core.groupBy(), core.groupByDistinct()));
        aggregation.checkWindowClause();
        if (where != null) {
            plan = new Plan.Filter(plan, where);
        }
        if (locking != null) {
            checkLockable(aggregation);
            plan = lockRows(plan, from, scope);
        }
        if (aggregation.grouped(having != null) || aggregation.windowed()) {
            SelectAggregation.Planned planned = aggregation.plan(plan, having, exprs);
            plan = planned.plan();
            exprs = planned.exprs();
        }
        Plan projected = SetFunctionCalls.project(columns, plan, exprs);
        if (distinct) {
            projected = new Plan.Distinct(projected, visible);
        }
        if (!distinctOn.isEmpty()) {
            projected = DistinctOnClause.apply(projected, keys, distinctOn, core.distinctOn());
        }
        return new Result(projected, keys, visible);
    }

    /** PostgreSQL's refusals of FOR UPDATE / FOR KEY SHARE where rows do not map to table rows. */
    private void checkLockable() {
        if (locking == null) {
            return;
        }
        String clause = QueryAnalyzer.lockingName(locking.strength());
        String with = core.distinct() == SelectBody.Distinct.DISTINCT ? "DISTINCT clause"
                : !core.groupBy().isEmpty() ? "GROUP BY clause"
                : core.having() != null ? "HAVING clause"
                : !core.windows().isEmpty() ? "window functions" : null;
        if (with != null) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "%s is not allowed with %s", clause, with)
                    .at(core.location() + 1);
        }
    }

    /** FOR UPDATE / FOR KEY SHARE over aggregates or window functions, which checkLockable cannot see yet. */
    private void checkLockable(SelectAggregation aggregation) {
        String with = aggregation.grouped(false) ? "aggregate functions"
                : aggregation.windowed() ? "window functions" : null;
        if (with != null) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "%s is not allowed with %s",
                    QueryAnalyzer.lockingName(locking.strength()), with).at(core.location() + 1);
        }
    }

    private Plan lockRows(Plan plan, FromAnalyzer.Item from, Scope scope) {
        for (String name : locking.names()) {
            boolean found = scope.entries().stream().anyMatch(e -> e.relationVisible() && name.equals(e.name()));
            if (!found) {
                throw DsqlException.of(SqlState.UNDEFINED_TABLE,
                        "relation \"%s\" in %s clause not found in FROM clause", name,
                        QueryAnalyzer.lockingName(locking.strength())).at(core.location() + 1);
            }
        }
        if (from == null || from.lockSlots().isEmpty()) {
            return plan;
        }
        return new Plan.LockRows(plan, from.lockSlots(),
                locking.strength() == io.opendsql.sql.parse.ast.LockingClause.Strength.KEY_SHARE);
    }

    /**
     * The output column an ORDER BY item names, as PostgreSQL's SQL92 rule: a position, or a bare name equal
     * to exactly one output column's name; -1 when it is neither.
     */
    static int outputColumn(Expr expr, List<OutputColumn> columns) {
        return outputColumn(expr, columns, "ORDER BY");
    }

    /** {@link #outputColumn(Expr, List)} for the clause {@code clause} (named in errors). */
    static int outputColumn(Expr expr, List<OutputColumn> columns, String clause) {
        if (expr instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.INTEGER) {
            int position = Integer.parseInt(l.value());
            if (position < 1 || position > columns.size()) {
                throw DsqlException.of(SqlState.INVALID_COLUMN_REFERENCE, "%s position %d is not in select list",
                        clause, position).at(l.location() + 1);
            }
            return position - 1;
        }
        if (expr instanceof Expr.ColumnRef c && c.names().size() == 1 && !c.star()) {
            int found = -1;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(c.names().get(0))) {
                    if (found >= 0) {
                        throw DsqlException.of(SqlState.AMBIGUOUS_COLUMN, "%s \"%s\" is ambiguous", clause,
                                c.names().get(0)).at(c.location() + 1);
                    }
                    found = i;
                }
            }
            return found;
        }
        return -1;
    }
}
