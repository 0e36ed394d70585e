package io.opendsql.sql.system;

import io.opendsql.catalog.ColumnDescriptor;
import io.opendsql.catalog.TableDescriptor;
import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.analyze.ExpressionAnalyzer;
import io.opendsql.sql.analyze.Parameters;
import io.opendsql.sql.analyze.Scope;
import io.opendsql.sql.parse.ExprPrinter;
import io.opendsql.sql.parse.Parser;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.SelectBody;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import io.opendsql.sql.types.TypeContext;
import io.opendsql.sql.types.TypeIo;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stored expressions (defaults, CHECKs, index predicates) printed as PostgreSQL's ruleutils prints them
 * ({@code 'x'::text}, {@code (a > 0)}): the text is parsed and analyzed against its table's columns and the
 * bound expression printed back. Forms this printer does not know are shown as stored.
 */
final class ExpressionText {
    private ExpressionText() {
    }

    /** The stored expression {@code text} of {@code table} (null: no table, no column references). */
    static String deparse(String text, TableDescriptor table) {
        return deparse(text, table, null);
    }

    /** A column's default: coerced to the column's type as PostgreSQL stores it. */
    static String deparse(String text, TableDescriptor table, ColumnDescriptor column) {
        if (text == null) {
            return null;
        }
        try {
            SelectStmt select = (SelectStmt) Parser.parseOne("SELECT " + text).node();
            Expr expr = ((SelectBody.SelectCore) select.body()).targets().get(0).value();
            List<ColumnDescriptor> columns = table == null ? List.of() : table.liveColumns();
            Scope scope = new Scope(null, List.of(Scope.entry(table == null ? "" : table.name(), null,
                    columns.stream().map(ColumnDescriptor::name).toList(),
                    columns.stream().map(c -> new SqlType(PgType.byOid(c.typeOid()).orElse(PgType.TEXT), c.typmod()))
                            .toList(), 0)));
            ExpressionAnalyzer analyzer = new ExpressionAnalyzer(new Parameters(new int[0]), TypeContext.DEFAULT)
                    .withScope(scope);
            BoundExpr bound = analyzer.analyze(expr);
            if (column != null) {
                SqlType type = new SqlType(PgType.byOid(column.typeOid()).orElse(PgType.TEXT), column.typmod());
                bound = analyzer.assign(bound, type, column.name(), 0);
            }
            return print(bound, columns);
        } catch (RuntimeException e) {
            return text;
        }
    }

    private static String print(BoundExpr expr, List<ColumnDescriptor> columns) {
        return switch (expr) {
            case BoundExpr.Const c -> constant(c);
            case BoundExpr.ColumnRef c -> ExprPrinter.ident(columns.get(c.index()).name());
            case BoundExpr.Cast c -> "(" + print(c.arg(), columns) + ")::" + c.type().formatType();
            case BoundExpr.Call c -> call(c, columns);
            case BoundExpr.Bool b -> b.op() == BoundExpr.Logic.NOT ? "(NOT " + print(b.args().get(0), columns) + ")"
                    : b.args().stream().map(a -> print(a, columns))
                            .collect(Collectors.joining(" " + b.op().name() + " ", "(", ")"));
            case BoundExpr.NullTest n -> "(" + print(n.arg(), columns) + (n.not() ? " IS NOT NULL)" : " IS NULL)");
            default -> throw new IllegalArgumentException("no printed form for " + expr.getClass().getSimpleName());
        };
    }

    private static String call(BoundExpr.Call c, List<ColumnDescriptor> columns) {
        String name = c.function().name();
        boolean operator = !name.isEmpty() && !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_';
        if (operator && c.args().size() == 2) {
            return "(" + print(c.args().get(0), columns) + " " + name + " " + print(c.args().get(1), columns) + ")";
        }
        if (operator) {
            return "(" + name + " " + print(c.args().get(0), columns) + ")";
        }
        return name + c.args().stream().map(a -> print(a, columns)).collect(Collectors.joining(", ", "(", ")"));
    }

    /** Constants as get_const_expr prints them: numbers bare when non-negative, others as typed literals. */
    private static String constant(BoundExpr.Const c) {
        PgType type = c.type().type();
        if (c.value() == null) {
            return "NULL::" + SqlType.of(type).formatType();
        }
        String text = TypeIo.format(type, c.value(), TypeContext.DEFAULT);
        switch (type) {
            case INT4 -> {
                if (!text.startsWith("-")) {
                    return text;
                }
            }
            case NUMERIC -> {
                if (!text.startsWith("-") && text.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.')) {
                    return text;
                }
            }
            case BOOL -> {
                return text;
            }
            default -> {
            }
        }
        return ExprPrinter.string(text) + "::" + SqlType.of(type).formatType();
    }
}
