package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.plan.OutputColumn;
import io.opendsql.sql.plan.Plan;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * Subqueries in expressions (PostgreSQL's transformSubLink): EXISTS, scalar {@code (SELECT …)},
 * {@code ARRAY(SELECT …)}, {@code [NOT] IN (SELECT …)} and {@code op ANY|SOME|ALL (SELECT …)}, including row
 * comparisons {@code (a, b) IN (SELECT x, y …)}. The subquery is analyzed as a query level inside the current
 * scope, so its names reach the enclosing levels as correlated references.
 */
final class SubqueryAnalyzer {
    private SubqueryAnalyzer() {
    }

    static BoundExpr bind(ExpressionAnalyzer expressions, Expr.SubLink link) {
        CatalogReader catalog = expressions.catalog();
        if (catalog == null) {
            throw ExpressionAnalyzer.notYet(link);
        }
        QueryAnalyzer inner = new QueryAnalyzer(expressions.withScope(expressions.scope()),
                CommonTables.insideSubquery(catalog));
        Plan plan = QueryAnalyzer.resolveUnknowns(inner.query(link.query()));
        boolean correlated = Correlation.escapes(plan);
        List<OutputColumn> columns = plan.columns();
        int location = link.location() + 1;
        return switch (link.kind()) {
            case EXISTS -> new BoundExpr.Subquery(SqlType.of(PgType.BOOL), BoundExpr.SubqueryKind.EXISTS, plan,
                    List.of(), null, correlated);
            case EXPR -> {
                singleColumn(columns, location);
                yield new BoundExpr.Subquery(columns.get(0).type(), BoundExpr.SubqueryKind.SCALAR, plan, List.of(),
                        null, correlated);
            }
            case ARRAY -> {
                singleColumn(columns, location);
                PgType element = columns.get(0).type().type();
                PgType array = element.isArray() ? element : element.arrayType().orElseThrow(
                        () -> DsqlException.of(SqlState.UNDEFINED_OBJECT, "could not find array type for data type %s",
                                columns.get(0).type().formatType()).at(location));
                yield new BoundExpr.Subquery(SqlType.of(array), BoundExpr.SubqueryKind.ARRAY, plan, List.of(), null,
                        correlated);
            }
            case IN, ANY, ALL -> compare(expressions, link, plan, correlated);
            case NOT_IN -> new BoundExpr.Bool(BoundExpr.Logic.NOT, List.of(compare(expressions, link, plan,
                    correlated)));
        };
    }

    private static void singleColumn(List<OutputColumn> columns, int location) {
        if (columns.size() != 1) {
            throw DsqlException.of(SqlState.SYNTAX_ERROR, "subquery must return only one column").at(location);
        }
    }

    /** {@code left op ANY|ALL (subquery)}, as make_row_comparison_op over the left row and the subquery's columns. */
    private static BoundExpr compare(ExpressionAnalyzer expressions, Expr.SubLink link, Plan plan, boolean correlated) {
        List<Expr> left = link.test() instanceof Expr.Row row ? row.args() : List.of(link.test());
        List<OutputColumn> columns = plan.columns();
        int location = link.location() + 1;
        if (columns.size() > left.size()) {
            throw DsqlException.of(SqlState.SYNTAX_ERROR, "subquery has too many columns").at(location);
        }
        if (columns.size() < left.size()) {
            throw DsqlException.of(SqlState.SYNTAX_ERROR, "subquery has too few columns").at(location);
        }
        String symbol = link.operator().get(link.operator().size() - 1);
        List<BoundExpr.Call> comparisons = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            BoundExpr.Call comparison = expressions.operator(symbol, expressions.analyze(left.get(i)),
                    new BoundExpr.ColumnRef(columns.get(i).type(), i), link.location());
            if (comparison.type().type() != PgType.BOOL) {
                throw DsqlException.of(SqlState.DATATYPE_MISMATCH,
                        "row comparison operator must yield type boolean, not type %s",
                        comparison.type().formatType()).at(location);
            }
            comparisons.add(comparison);
        }
        BoundExpr.Logic combine = BoundExpr.Logic.AND;
        if (comparisons.size() > 1) {
            combine = switch (symbol) {
                case "=" -> BoundExpr.Logic.AND;
                case "<>" -> BoundExpr.Logic.OR;
                default -> throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                        "OpenDSQL cannot compare rows with %s yet", symbol).at(location);
            };
        }
        BoundExpr.SubqueryKind kind = link.kind() == Expr.SubLinkKind.ALL ? BoundExpr.SubqueryKind.ALL
                : BoundExpr.SubqueryKind.ANY;
        return new BoundExpr.Subquery(SqlType.of(PgType.BOOL), kind, plan, comparisons, combine, correlated);
    }
}
