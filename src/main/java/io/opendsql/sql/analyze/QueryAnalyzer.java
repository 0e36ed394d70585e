package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.ResTarget;
import io.opendsql.sql.parse.ast.SelectBody;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.SortBy;
import io.opendsql.sql.types.CommonType;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.List;

/** Analyzes table-less queries: SELECT without FROM, VALUES, set operations, ORDER BY, LIMIT/OFFSET. */
public final class QueryAnalyzer {
    private final ExpressionAnalyzer expressions;

    public QueryAnalyzer(ExpressionAnalyzer expressions) {
        this.expressions = expressions;
    }

    /** The top-level query; unknown-typed output columns become text, as PostgreSQL resolves them. */
    public BoundQuery analyze(SelectStmt statement) {
        BoundQuery query = statement(statement);
        List<BoundQuery.OutputColumn> columns = query.columns();
        if (columns.stream().noneMatch(c -> c.type().type() == PgType.UNKNOWN)) {
            return query;
        }
        return new BoundQuery.Convert(columns.stream().map(c -> c.type().type() == PgType.UNKNOWN
                ? new BoundQuery.OutputColumn(c.name(), SqlType.of(PgType.TEXT)) : c).toList(), query);
    }

    private BoundQuery statement(SelectStmt s) {
        if (s.with() != null || !s.locking().isEmpty() || s.withTies()) {
            throw notYet(s.location());
        }
        BoundQuery body = body(s.body());
        if (s.orderBy().isEmpty() && s.limit() == null && s.offset() == null) {
            return body;
        }
        List<BoundQuery.SortKey> keys = new ArrayList<>();
        for (SortBy sort : s.orderBy()) {
            keys.add(sortKey(sort, body));
        }
        return new BoundQuery.Sorted(body, keys, count(s.limit(), "LIMIT"), count(s.offset(), "OFFSET"));
    }

    private BoundExpr count(Expr expr, String clause) {
        if (expr == null) {
            return null;
        }
        BoundExpr bound = expressions.analyze(expr);
        PgType type = bound.type().type();
        if (type != PgType.INT8 && !io.opendsql.sql.func.OverloadResolver.coercible(type, PgType.INT8)) {
            throw DsqlException.of(SqlState.DATATYPE_MISMATCH, "argument of %s must be type bigint, not type %s",
                    clause, bound.type().formatType()).at(expr.location() + 1);
        }
        return expressions.coerce(bound, PgType.INT8);
    }

    private BoundQuery.SortKey sortKey(SortBy sort, BoundQuery body) {
        if (sort.direction() == SortBy.Direction.USING) {
            throw notYet(sort.location());
        }
        boolean descending = sort.direction() == SortBy.Direction.DESC;
        boolean nullsFirst = sort.nulls() == SortBy.Nulls.DEFAULT ? descending : sort.nulls() == SortBy.Nulls.FIRST;
        List<BoundQuery.OutputColumn> columns = body.columns();
        if (sort.expr() instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.INTEGER) {
            int position = Integer.parseInt(l.value());
            if (position < 1 || position > columns.size()) {
                throw DsqlException.of(SqlState.INVALID_COLUMN_REFERENCE, "ORDER BY position %d is not in select list",
                        position).at(l.location() + 1);
            }
            return new BoundQuery.SortKey(position - 1, null, descending, nullsFirst);
        }
        if (sort.expr() instanceof Expr.ColumnRef c && c.names().size() == 1 && !c.star()) {
            int found = -1;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(c.names().get(0))) {
                    if (found >= 0) {
                        throw DsqlException.of(SqlState.AMBIGUOUS_COLUMN, "ORDER BY \"%s\" is ambiguous",
                                c.names().get(0)).at(c.location() + 1);
                    }
                    found = i;
                }
            }
            if (found >= 0) {
                return new BoundQuery.SortKey(found, null, descending, nullsFirst);
            }
        }
        if (!(body instanceof BoundQuery.Rows)) {
            throw notYet(sort.location());
        }
        BoundExpr expr = expressions.analyze(sort.expr());
        if (expr.type().type() == PgType.UNKNOWN) {
            expr = expressions.coerce(expr, PgType.TEXT);
        }
        return new BoundQuery.SortKey(-1, expr, descending, nullsFirst);
    }

    private BoundQuery body(SelectBody body) {
        return switch (body) {
            case SelectStmt nested -> statement(nested);
            case SelectBody.SelectCore core -> select(core);
            case SelectBody.Values values -> values(values);
            case SelectBody.SetOperation set -> setOperation(set);
        };
    }

    private BoundQuery select(SelectBody.SelectCore core) {
        if (!core.from().isEmpty() || core.into() != null || core.distinct() == SelectBody.Distinct.DISTINCT
                || !core.groupBy().isEmpty() || core.having() != null || !core.windows().isEmpty()) {
            throw notYet(core.location());
        }
        List<BoundQuery.OutputColumn> columns = new ArrayList<>();
        List<BoundExpr> row = new ArrayList<>();
        for (ResTarget target : core.targets()) {
            BoundExpr expr = expressions.analyze(target.value());
            row.add(expr);
            columns.add(new BoundQuery.OutputColumn(target.name() != null ? target.name()
                    : OutputNames.of(target.value()), expr.type()));
        }
        BoundExpr filter = core.where() == null ? null
                : expressions.toBoolean(expressions.analyze(core.where()), "WHERE", core.where().location());
        return new BoundQuery.Rows(columns, List.of(row), filter);
    }

    private BoundQuery values(SelectBody.Values values) {
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
                bound.add(expressions.analyze(e));
            }
            rows.add(bound);
        }
        List<BoundQuery.OutputColumn> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<BoundExpr> column = new ArrayList<>();
            for (List<BoundExpr> row : rows) {
                column.add(row.get(c));
            }
            List<BoundExpr> unified = rows.size() == 1 ? column : expressions.unify(column, "VALUES");
            for (int r = 0; r < rows.size(); r++) {
                rows.get(r).set(c, unified.get(r));
            }
            columns.add(new BoundQuery.OutputColumn("column" + (c + 1), unified.get(0).type()));
        }
        return new BoundQuery.Rows(columns, rows, null);
    }

    private BoundQuery setOperation(SelectBody.SetOperation set) {
        BoundQuery left = body(set.left());
        BoundQuery right = body(set.right());
        if (left.columns().size() != right.columns().size()) {
            throw DsqlException.of(SqlState.SYNTAX_ERROR, "each %s query must have the same number of columns",
                    set.op().name()).at(set.location() + 1);
        }
        List<BoundQuery.OutputColumn> columns = new ArrayList<>();
        for (int c = 0; c < left.columns().size(); c++) {
            SqlType l = left.columns().get(c).type();
            SqlType r = right.columns().get(c).type();
            PgType common = CommonType.select(List.of(l.type(), r.type()), set.op().name());
            SqlType type = l.type() == common && r.type() == common && l.typmod() == r.typmod() ? l
                    : SqlType.of(common);
            columns.add(new BoundQuery.OutputColumn(left.columns().get(c).name(), type));
        }
        List<BoundQuery.OutputColumn> rightColumns = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            rightColumns.add(new BoundQuery.OutputColumn(right.columns().get(c).name(), columns.get(c).type()));
        }
        return new BoundQuery.SetOperation(columns, set.op(), set.all(), new BoundQuery.Convert(columns, left),
                new BoundQuery.Convert(rightColumns, right));
    }

    static DsqlException notYet(int location) {
        return DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "OpenDSQL cannot run this statement yet")
                .at(location + 1);
    }
}
