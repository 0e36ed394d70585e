package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.ResTarget;
import io.opendsql.sql.parse.ast.SelectBody;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.SortBy;
import io.opendsql.sql.plan.OutputColumn;
import io.opendsql.sql.plan.Plan;
import io.opendsql.sql.plan.SortKey;
import io.opendsql.sql.types.CommonType;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyzes queries into plans: FROM items and joins ({@link FromAnalyzer}), WHERE, the select list with
 * {@code *}, DISTINCT, VALUES, set operations, ORDER BY (output columns by name or position, or expressions
 * over the FROM items, added as hidden columns), LIMIT and OFFSET.
 */
public final class QueryAnalyzer {
    private final ExpressionAnalyzer expressions;
    private final CatalogReader catalog;

    /**
     * @param expressions analyzer of the enclosing query level (its scope is the parent of this query's), or a
     *                    scope-less one for a top-level query
     */
    public QueryAnalyzer(ExpressionAnalyzer expressions, CatalogReader catalog) {
        this.expressions = expressions.withCatalog(catalog);
        this.catalog = catalog;
    }

    CatalogReader catalog() {
        return catalog;
    }

    ExpressionAnalyzer expressions() {
        return expressions;
    }

    /** The top-level query; unknown-typed output columns become text, as PostgreSQL resolves them. */
    public Plan analyze(SelectStmt statement) {
        return resolveUnknowns(query(statement, true));
    }

    static Plan resolveUnknowns(Plan query) {
        List<OutputColumn> columns = query.columns();
        if (columns.stream().noneMatch(c -> c.type().type() == PgType.UNKNOWN)) {
            return query;
        }
        return new Plan.Convert(columns.stream().map(c -> c.type().type() == PgType.UNKNOWN
                ? new OutputColumn(c.name(), SqlType.of(PgType.TEXT)) : c).toList(), query);
    }

    /** A query (possibly a subquery) at this analyzer's level. */
    public Plan query(SelectStmt s) {
        return query(s, false);
    }

    /** @param topLevel whether {@code s} is the statement itself (its WITH may modify data) */
    Plan query(SelectStmt s, boolean topLevel) {
        if (s.with() != null) {
            WithAnalyzer.Result with = WithAnalyzer.analyze(expressions, catalog, s.with(), topLevel);
            SelectStmt rest = new SelectStmt(s.location(), null, s.body(), s.orderBy(), s.limit(), s.offset(),
                    s.withTies(), s.locking());
            return new Plan.With(with.tables(), new QueryAnalyzer(expressions, with.names()).query(rest));
        }
        FromAnalyzer.Locking locking = locking(s);
        if (s.withTies() && s.orderBy().isEmpty()) {
            throw DsqlException.of(SqlState.SYNTAX_ERROR, "WITH TIES cannot be specified without ORDER BY clause");
        }
        if (s.body() instanceof SelectBody.SelectCore core) {
            return selectWithOrder(core, s, locking);
        }
        if (locking != null) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "%s is not allowed with UNION/INTERSECT/EXCEPT",
                    lockingName(s.locking().get(0).strength())).at(s.location() + 1);
        }
        Plan body = body(s.body());
        if (s.orderBy().isEmpty() && s.limit() == null && s.offset() == null) {
            return body;
        }
        List<SortKey> keys = new ArrayList<>();
        for (SortBy sort : s.orderBy()) {
            keys.add(outputSortKey(sort, body));
        }
        return limit(sort(body, keys), s, keys);
    }

    /**
     * The locking clauses of a query: FOR UPDATE, or FOR KEY SHARE; several clauses lock the union of their
     * tables with the strongest strength. FOR SHARE and FOR NO KEY UPDATE are refused, as DSQL refuses them.
     */
    private static FromAnalyzer.Locking locking(SelectStmt s) {
        if (s.locking().isEmpty()) {
            return null;
        }
        boolean update = false;
        List<String> names = new ArrayList<>();
        boolean all = false;
        for (io.opendsql.sql.parse.ast.LockingClause clause : s.locking()) {
            switch (clause.strength()) {
                case UPDATE -> update = true;
                case KEY_SHARE -> {
                }
                case SHARE, NO_KEY_UPDATE -> throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                        "%s is not supported", lockingName(clause.strength())).at(s.location() + 1);
            }
            if (clause.of().isEmpty()) {
                all = true;
            }
            clause.of().forEach(t -> names.add(t.name()));
        }
        return new FromAnalyzer.Locking(update ? io.opendsql.sql.parse.ast.LockingClause.Strength.UPDATE
                : io.opendsql.sql.parse.ast.LockingClause.Strength.KEY_SHARE, all ? List.of() : names);
    }

    static String lockingName(io.opendsql.sql.parse.ast.LockingClause.Strength strength) {
        return switch (strength) {
            case UPDATE -> "FOR UPDATE";
            case NO_KEY_UPDATE -> "FOR NO KEY UPDATE";
            case SHARE -> "FOR SHARE";
            case KEY_SHARE -> "FOR KEY SHARE";
        };
    }

    private Plan selectWithOrder(SelectBody.SelectCore core, SelectStmt s, FromAnalyzer.Locking locking) {
        SelectAnalyzer.Result result = new SelectAnalyzer(this, core, locking).analyze(s.orderBy());
        // DISTINCT ON has sorted its rows already
        Plan sorted = result.plan() instanceof Plan.DistinctOn ? result.plan()
                : sort(result.plan(), result.sortKeys());
        Plan plan = limit(sorted, s, result.sortKeys());
        int visible = result.visibleColumns();
        if (plan.columns().size() == visible) {
            return plan;
        }
        List<BoundExpr> exprs = new ArrayList<>();
        for (int i = 0; i < visible; i++) {
            exprs.add(new BoundExpr.ColumnRef(plan.columns().get(i).type(), i));
        }
        return new Plan.Project(plan.columns().subList(0, visible), plan, exprs);
    }

    private static Plan sort(Plan input, List<SortKey> keys) {
        return keys.isEmpty() ? input : new Plan.Sort(input, keys);
    }

    private Plan limit(Plan input, SelectStmt s, List<SortKey> keys) {
        if (s.limit() == null && s.offset() == null) {
            return input;
        }
        if (s.withTies()) {
            return new Plan.LimitWithTies(input, count(s.limit(), "LIMIT"), count(s.offset(), "OFFSET"), keys);
        }
        return new Plan.Limit(input, count(s.limit(), "LIMIT"), count(s.offset(), "OFFSET"));
    }

    private BoundExpr count(Expr expr, String clause) {
        if (expr == null) {
            return null;
        }
        BoundExpr bound = expressions.withScope(Scope.empty(expressions.scope())).inClause(clause).analyze(expr);
        PgType type = bound.type().type();
        if (type != PgType.INT8 && !io.opendsql.sql.func.OverloadResolver.coercible(type, PgType.INT8)) {
            throw DsqlException.of(SqlState.DATATYPE_MISMATCH, "argument of %s must be type bigint, not type %s",
                    clause, bound.type().formatType()).at(expr.location() + 1);
        }
        return expressions.coerce(bound, PgType.INT8);
    }

    /** ORDER BY of a set operation or VALUES: output column names and positions only. */
    private SortKey outputSortKey(SortBy sort, Plan body) {
        if (sort.direction() == SortBy.Direction.USING) {
            throw notYet(sort.location());
        }
        boolean descending = sort.direction() == SortBy.Direction.DESC;
        boolean nullsFirst = sort.nulls() == SortBy.Nulls.DEFAULT ? descending : sort.nulls() == SortBy.Nulls.FIRST;
        int column = SelectAnalyzer.outputColumn(sort.expr(), body.columns());
        if (column < 0) {
            if (body instanceof Plan.Values) {
                BoundExpr expr = expressions.withScope(Scope.empty(expressions.scope())).analyze(sort.expr());
                if (expr.type().type() == PgType.UNKNOWN) {
                    expr = expressions.coerce(expr, PgType.TEXT);
                }
                return new SortKey(expr, descending, nullsFirst);
            }
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "invalid UNION/INTERSECT/EXCEPT ORDER BY clause")
                    .detail("Only result column names can be used, not expressions or functions.")
                    .hint("Add the expression/function to every SELECT, or move the UNION into a FROM clause.")
                    .at(sort.expr().location() + 1);
        }
        return new SortKey(new BoundExpr.ColumnRef(body.columns().get(column).type(), column), descending,
                nullsFirst);
    }

    Plan body(SelectBody body) {
        return switch (body) {
            case SelectStmt nested -> query(nested);
            case SelectBody.SelectCore core -> new SelectAnalyzer(this, core).analyze(List.of()).plan();
            case SelectBody.Values values -> values(values);
            case SelectBody.SetOperation set -> setOperation(set);
        };
    }

    private Plan values(SelectBody.Values values) {
        ExpressionAnalyzer rowExpressions = expressions.withScope(Scope.empty(expressions.scope())).inClause("VALUES");
        List<List<BoundExpr>> rows = new ArrayList<>();
        int width = values.rows().get(0).size();
        for (List<Expr> row : values.rows()) {
            if (row.size() != width) {
                throw DsqlException.of(SqlState.SYNTAX_ERROR, "VALUES lists must all be the same length")
                        .at(row.get(0).location() + 1);
            }
            List<BoundExpr> bound = new ArrayList<>();
            for (Expr e : row) {
                if (e instanceof Expr.SetToDefault) {
                    throw DsqlException.of(SqlState.SYNTAX_ERROR, "DEFAULT is not allowed in this context")
                            .at(e.location() + 1);
                }
                bound.add(rowExpressions.analyze(e));
            }
            rows.add(bound);
        }
        List<OutputColumn> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<BoundExpr> column = new ArrayList<>();
            for (List<BoundExpr> row : rows) {
                column.add(row.get(c));
            }
            List<BoundExpr> unified = rows.size() == 1 ? column : expressions.unify(column, "VALUES");
            for (int r = 0; r < rows.size(); r++) {
                rows.get(r).set(c, unified.get(r));
            }
            columns.add(new OutputColumn("column" + (c + 1), unified.get(0).type()));
        }
        return new Plan.Values(columns, rows);
    }

    private Plan setOperation(SelectBody.SetOperation set) {
        if (set.right() instanceof SelectBody.SelectCore core && core.into() != null) {
            throw DsqlException.of(SqlState.SYNTAX_ERROR, "INTO is only allowed on first SELECT of UNION/INTERSECT/EXCEPT")
                    .at(core.into().location() + 1);
        }
        Plan left = body(set.left());
        Plan right = body(set.right());
        if (left.columns().size() != right.columns().size()) {
            throw DsqlException.of(SqlState.SYNTAX_ERROR, "each %s query must have the same number of columns",
                    set.op().name()).at(set.location() + 1);
        }
        List<OutputColumn> columns = new ArrayList<>();
        for (int c = 0; c < left.columns().size(); c++) {
            SqlType l = left.columns().get(c).type();
            SqlType r = right.columns().get(c).type();
            PgType common = CommonType.select(List.of(l.type(), r.type()), set.op().name());
            SqlType type = l.type() == common && r.type() == common && l.typmod() == r.typmod() ? l
                    : SqlType.of(common);
            columns.add(new OutputColumn(left.columns().get(c).name(), type));
        }
        List<OutputColumn> rightColumns = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            rightColumns.add(new OutputColumn(right.columns().get(c).name(), columns.get(c).type()));
        }
        return new Plan.SetOperation(columns, set.op(), set.all(), new Plan.Convert(columns, left),
                new Plan.Convert(rightColumns, right));
    }

    static DsqlException notYet(int location) {
        return DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "OpenDSQL cannot run this statement yet")
                .at(location + 1);
    }
}
