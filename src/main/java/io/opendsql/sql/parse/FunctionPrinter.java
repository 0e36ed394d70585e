package io.opendsql.sql.parse;

import static io.opendsql.sql.parse.ExprPrinter.ident;
import static io.opendsql.sql.parse.ExprPrinter.list;

import io.opendsql.sql.parse.ast.Expr;

import java.util.ArrayList;
import java.util.List;

/** Prints function calls, including the SQL-syntax forms (EXTRACT, POSITION, SUBSTRING, TRIM, OVERLAY). */
final class FunctionPrinter {
    private FunctionPrinter() {
    }

    static String print(Expr.FuncCall f) {
        if (f.syntax() == Expr.FuncSyntax.SQL) {
            return sqlSyntax(f);
        }
        StringBuilder out = new StringBuilder(ExprPrinter.qualified(f.name())).append('(');
        if (f.star()) {
            out.append('*');
        } else {
            if (f.distinct()) {
                out.append("DISTINCT ");
            }
            List<String> args = new ArrayList<>();
            for (int i = 0; i < f.args().size(); i++) {
                String arg = ExprPrinter.print(f.args().get(i));
                if (f.variadic() && i == f.args().size() - 1) {
                    arg = "VARIADIC " + arg;
                }
                args.add(arg);
            }
            out.append(String.join(", ", args));
            if (!f.orderBy().isEmpty() && !f.withinGroup()) {
                out.append(" ORDER BY ").append(ExprPrinter.sortList(f.orderBy()));
            }
        }
        out.append(')');
        if (f.withinGroup()) {
            out.append(" WITHIN GROUP (ORDER BY ").append(ExprPrinter.sortList(f.orderBy())).append(')');
        }
        if (f.filter() != null) {
            out.append(" FILTER (WHERE ").append(ExprPrinter.print(f.filter())).append(')');
        }
        if (f.over() != null) {
            out.append(" OVER ");
            if (f.over().name() != null && f.over().refName() == null && f.over().partitionBy().isEmpty()
                    && f.over().orderBy().isEmpty() && f.over().frame() == null) {
                out.append(ident(f.over().name()));
            } else {
                out.append(ExprPrinter.window(f.over()));
            }
        }
        return out.toString();
    }

    private static String sqlSyntax(Expr.FuncCall f) {
        String name = f.name().get(f.name().size() - 1);
        List<Expr> a = f.args();
        return switch (name) {
            case "extract" -> "EXTRACT(" + ((Expr.Literal) a.get(0)).value() + " FROM " + ExprPrinter.print(a.get(1))
                    + ")";
            case "position" -> "POSITION(" + ExprPrinter.print(a.get(1)) + " IN " + ExprPrinter.print(a.get(0)) + ")";
            case "substring" -> a.size() == 2
                    ? "SUBSTRING(" + ExprPrinter.print(a.get(0)) + " FROM " + ExprPrinter.print(a.get(1)) + ")"
                    : "SUBSTRING(" + ExprPrinter.print(a.get(0)) + " FROM " + ExprPrinter.print(a.get(1)) + " FOR "
                    + ExprPrinter.print(a.get(2)) + ")";
            case "btrim", "ltrim", "rtrim" -> {
                String side = name.equals("btrim") ? "BOTH" : name.equals("ltrim") ? "LEADING" : "TRAILING";
                if (a.size() == 1) {
                    yield "TRIM(" + side + " FROM " + ExprPrinter.print(a.get(0)) + ")";
                }
                yield "TRIM(" + side + " " + ExprPrinter.print(a.get(a.size() - 1)) + " FROM "
                        + list(a.subList(0, a.size() - 1)) + ")";
            }
            case "overlay" -> "OVERLAY(" + ExprPrinter.print(a.get(0)) + " PLACING " + ExprPrinter.print(a.get(1))
                    + " FROM " + ExprPrinter.print(a.get(2))
                    + (a.size() > 3 ? " FOR " + ExprPrinter.print(a.get(3)) : "") + ")";
            case "overlaps" -> "(" + list(a.subList(0, 2)) + ") OVERLAPS (" + list(a.subList(2, 4)) + ")";
            case "pg_collation_for" -> "COLLATION FOR (" + ExprPrinter.print(a.get(0)) + ")";
            case "normalize" -> "NORMALIZE(" + ExprPrinter.print(a.get(0))
                    + (a.size() > 1 ? ", " + ((Expr.Literal) a.get(1)).value() : "") + ")";
            case "treat" -> "TREAT(" + ExprPrinter.print(a.get(0)) + " AS "
                    + ExprPrinter.type(((Expr.TypeCast) a.get(1)).type()) + ")";
            default -> ExprPrinter.qualified(f.name()) + "(" + list(a) + ")";
        };
    }
}
