package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.func.SetFunctions;
import io.opendsql.sql.parse.ast.ColumnDef;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.FromItem;
import io.opendsql.sql.plan.OutputColumn;
import io.opendsql.sql.plan.Plan;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions in FROM (PostgreSQL's transformRangeFunction): {@code f(…)}, {@code ROWS FROM (f(…), g(…))},
 * multi-argument {@code unnest(a, b)} (ROWS FROM of one unnest per array), {@code WITH ORDINALITY}, and column
 * aliases. Like PostgreSQL, a function item may always refer to the FROM items before it (LATERAL is implied).
 */
final class FunctionItems {
    private FunctionItems() {
    }

    /** @param scope the scope around the item: the enclosing query's, with the items before it as one more level */
    static FromAnalyzer.Item analyze(QueryAnalyzer query, FromItem.Function item, Scope scope) {
        ExpressionAnalyzer expressions = query.expressions().withScope(Scope.empty(scope));
        List<Expr> calls = new ArrayList<>();
        for (Expr call : item.calls()) {
            if (!item.rowsFrom() && call instanceof Expr.FuncCall f && f.args().size() > 1 && isUnnest(f)) {
                for (Expr arg : f.args()) {
                    calls.add(Expr.FuncCall.simple(f.location(), f.name(), List.of(arg)));
                }
            } else {
                calls.add(call);
            }
        }
        List<BoundExpr> bound = new ArrayList<>();
        List<OutputColumn> columns = new ArrayList<>();
        boolean definitionsUsed = false;
        boolean scalar = true;
        for (Expr call : calls) {
            BoundExpr expr = expressions.analyze(call);
            if (expr instanceof BoundExpr.SetFunction function && SetFunctions.returnsRecord(function.function())) {
                if (item.columnDefinitions().isEmpty() || calls.size() > 1) {
                    throw DsqlException.of(SqlState.SYNTAX_ERROR,
                            "a column definition list is required for functions returning \"record\"")
                            .at(call.location() + 1);
                }
                definitionsUsed = true;
                scalar = false;
                List<String> names = new ArrayList<>();
                List<SqlType> types = new ArrayList<>();
                for (ColumnDef definition : item.columnDefinitions()) {
                    if (names.contains(definition.name())) {
                        throw DsqlException.of(SqlState.DUPLICATE_COLUMN, "column name \"%s\" specified more than once",
                                definition.name()).at(definition.location() + 1);
                    }
                    names.add(definition.name());
                    types.add(TypeResolver.resolve(definition.type()));
                    columns.add(new OutputColumn(definition.name(), types.get(types.size() - 1)));
                }
                bound.add(new BoundExpr.SetFunction(function.type(), SetFunctions.withColumns(function.function(),
                        names, types), function.args()));
                continue;
            }
            if (expr instanceof BoundExpr.SetFunction function) {
                for (BoundExpr arg : function.args()) {
                    nestedSetFunction(arg, call);
                }
                if (function.function().scalar()) {
                    String name = function.function().resultName() != null ? function.function().resultName()
                            : calls.size() == 1 && item.alias() != null ? item.alias().name()
                            : OutputNames.of(call);
                    columns.add(new OutputColumn(name, function.type()));
                } else {
                    scalar = false;
                    if (!item.columnDefinitions().isEmpty()) {
                        throw DsqlException.of(SqlState.SYNTAX_ERROR,
                                "a column definition list is redundant for a function with OUT parameters")
                                .at(item.location() + 1);
                    }
                    for (int i = 0; i < function.function().columnNames().size(); i++) {
                        columns.add(new OutputColumn(function.function().columnNames().get(i),
                                SqlType.of(function.function().columnTypes().get(i))));
                    }
                }
            } else {
                nestedSetFunction(expr, call);
                if (expr.type().type() == PgType.UNKNOWN) {
                    expr = expressions.coerce(expr, PgType.TEXT);
                }
                String name = calls.size() == 1 && item.alias() != null ? item.alias().name() : OutputNames.of(call);
                columns.add(new OutputColumn(name, expr.type()));
            }
            bound.add(expr);
        }
        if (!item.columnDefinitions().isEmpty() && !definitionsUsed) {
            throw DsqlException.of(SqlState.SYNTAX_ERROR,
                    "a column definition list is only allowed for functions returning \"record\"")
                    .at(item.location() + 1);
        }
        if (item.ordinality()) {
            columns.add(new OutputColumn("ordinality", SqlType.of(PgType.INT8)));
        }
        Plan plan = new Plan.FunctionScan(columns, bound, item.ordinality());
        List<String> names = FromAnalyzer.aliased(columns, item.alias(), null, item.location());
        String entryName = item.alias() != null ? item.alias().name() : OutputNames.of(calls.get(0));
        Scope.Entry entry = Scope.entry(entryName, null, names, columns.stream().map(OutputColumn::type).toList(), 0);
        if (columns.size() == 1 && scalar) {
            // the item's name alone reads its single value, as PostgreSQL's whole-row reference to it
            entry = entry.withWholeRow(entry.columns().get(0).expr());
        }
        return new FromAnalyzer.Item(plan, List.of(entry));
    }

    private static boolean isUnnest(Expr.FuncCall f) {
        String name = f.name().get(f.name().size() - 1);
        return name.equals("unnest") && (f.name().size() == 1 || f.name().get(0).equals("pg_catalog"));
    }

    private static void nestedSetFunction(BoundExpr expr, Expr call) {
        if (SetFunctionCalls.any(expr)) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "set-returning functions must appear at top level of FROM").at(call.location() + 1);
        }
    }
}
