package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.IndirectionStep;
import io.opendsql.sql.parse.ast.SortBy;
import io.opendsql.sql.parse.ast.TypeName;
import io.opendsql.sql.parse.ast.WindowDef;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints expressions back to SQL in a canonical form: every operator application is
 * parenthesized, keywords are upper case, identifiers are quoted only when needed.
 */
public final class ExprPrinter {
    private ExprPrinter() {
    }

    /** An identifier, double-quoted when it is not a plain lower-case word or is a non-unreserved keyword. */
    public static String ident(String name) {
        boolean safe = !name.isEmpty() && (Character.isLowerCase(name.charAt(0)) || name.charAt(0) == '_')
                && name.charAt(0) < 0x80;
        for (int i = 0; safe && i < name.length(); i++) {
            char c = name.charAt(i);
            safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (safe) {
            Keywords.Category category = Keywords.category(name);
            safe = category == null || category == Keywords.Category.UNRESERVED;
        }
        return safe ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    public static String qualified(List<String> names) {
        return names.stream().map(ExprPrinter::ident).collect(Collectors.joining("."));
    }

    public static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    public static String list(List<Expr> exprs) {
        return exprs.stream().map(ExprPrinter::print).collect(Collectors.joining(", "));
    }

    private static String operatorName(List<String> name) {
        if (name.size() == 1) {
            return name.get(0);
        }
        return "OPERATOR(" + String.join(".", name.subList(0, name.size() - 1).stream().map(ExprPrinter::ident)
                .toList()) + "." + name.get(name.size() - 1) + ")";
    }

    public static String print(Expr expr) {
        return switch (expr) {
            case Expr.Literal l -> literal(l);
            case Expr.ColumnRef c -> {
                String names = qualified(c.names());
                yield c.star() ? (names.isEmpty() ? "*" : names + ".*") : names;
            }
            case Expr.Param p -> "$" + p.number();
            case Expr.Operator o -> o.left() == null
                    ? "(" + operatorName(o.name()) + " " + print(o.right()) + ")"
                    : "(" + print(o.left()) + " " + operatorName(o.name()) + " " + print(o.right()) + ")";
            case Expr.BoolExpr b -> switch (b.op()) {
                case NOT -> "(NOT " + print(b.args().get(0)) + ")";
                case AND, OR -> "(" + b.args().stream().map(ExprPrinter::print)
                        .collect(Collectors.joining(" " + b.op() + " ")) + ")";
            };
            case Expr.NullTest n -> "(" + print(n.arg()) + (n.not() ? " IS NOT NULL)" : " IS NULL)");
            case Expr.BooleanTest b -> "(" + print(b.arg()) + " " + b.kind().name().replace('_', ' ') + ")";
            case Expr.IsPredicate p -> "(" + print(p.arg()) + (p.not() ? " IS NOT " : " IS ")
                    + p.predicate().toUpperCase(Locale.ROOT) + ")";
            case Expr.DistinctFrom d -> "(" + print(d.left()) + (d.not() ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ")
                    + print(d.right()) + ")";
            case Expr.Like l -> "(" + print(l.arg()) + (l.not() ? " NOT " : " ")
                    + (l.kind() == Expr.LikeKind.SIMILAR ? "SIMILAR TO" : l.kind().name()) + " " + print(l.pattern())
                    + (l.escape() == null ? "" : " ESCAPE " + print(l.escape())) + ")";
            case Expr.Between b -> "(" + print(b.arg()) + (b.not() ? " NOT" : "") + " BETWEEN "
                    + (b.symmetric() ? "SYMMETRIC " : "") + print(b.low()) + " AND " + print(b.high()) + ")";
            case Expr.InList i -> "(" + print(i.arg()) + (i.not() ? " NOT IN (" : " IN (") + list(i.list()) + "))";
            case Expr.SubLink s -> subLink(s);
            case Expr.ArrayComparison a -> "(" + print(a.left()) + " " + operatorName(a.operator())
                    + (a.all() ? " ALL (" : " ANY (") + print(a.right()) + "))";
            case Expr.FuncCall f -> FunctionPrinter.print(f);
            case Expr.NamedArg n -> ident(n.name()) + " => " + print(n.arg());
            case Expr.TypeCast c -> switch (c.syntax()) {
                case CAST -> "CAST(" + print(c.arg()) + " AS " + type(c.type()) + ")";
                case TYPED_LITERAL -> typedLiteral(c);
                case COLONS -> castOperand(c.arg()) + "::" + type(c.type());
            };
            case Expr.Case c -> caseExpr(c);
            case Expr.ArrayConstructor a -> (a.keyword() ? "ARRAY[" : "[") + list(a.elements()) + "]";
            case Expr.Row r -> (r.explicit() ? "ROW(" : "(") + list(r.args()) + ")";
            case Expr.Indirection i -> indirectionBase(i.arg(), i.steps().get(0)) + steps(i.steps());
            case Expr.Collate c -> "(" + print(c.arg()) + " COLLATE " + qualified(c.collation()) + ")";
            case Expr.AtTimeZone a -> a.zone() == null ? "(" + print(a.arg()) + " AT LOCAL)"
                    : "(" + print(a.arg()) + " AT TIME ZONE " + print(a.zone()) + ")";
            case Expr.Coalesce c -> "COALESCE(" + list(c.args()) + ")";
            case Expr.MinMax m -> (m.greatest() ? "GREATEST(" : "LEAST(") + list(m.args()) + ")";
            case Expr.NullIf n -> "NULLIF(" + print(n.left()) + ", " + print(n.right()) + ")";
            case Expr.SqlValueFunction s -> s.name().toUpperCase(Locale.ROOT)
                    + (s.precision() >= 0 ? "(" + s.precision() + ")" : "");
            case Expr.Grouping g -> "GROUPING(" + list(g.args()) + ")";
            case Expr.GroupingSet g -> switch (g.kind()) {
                case EMPTY -> "()";
                case ROLLUP -> "ROLLUP(" + list(g.content()) + ")";
                case CUBE -> "CUBE(" + list(g.content()) + ")";
                case SETS -> "GROUPING SETS (" + list(g.content()) + ")";
            };
            case Expr.SetToDefault d -> "DEFAULT";
            case Expr.JsonConstructor j -> json(j);
        };
    }

    private static String json(Expr.JsonConstructor j) {
        StringBuilder out = new StringBuilder(j.function().toUpperCase(Locale.ROOT)).append('(');
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (j.query() != null) {
            parts.add(QueryPrinter.select(j.query()));
        } else if (j.keys().isEmpty()) {
            parts.addAll(j.values().stream().map(ExprPrinter::print).toList());
        } else {
            for (int i = 0; i < j.keys().size(); i++) {
                parts.add(print(j.keys().get(i)) + " : " + print(j.values().get(i)));
            }
        }
        out.append(String.join(", ", parts));
        if (!j.orderBy().isEmpty()) {
            out.append(" ORDER BY ").append(sortList(j.orderBy()));
        }
        for (String option : j.options()) {
            out.append(out.charAt(out.length() - 1) == '(' ? "" : " ").append(option);
        }
        if (j.returning() != null) {
            out.append(out.charAt(out.length() - 1) == '(' ? "" : " ").append("RETURNING ").append(type(j.returning()));
        }
        out.append(')');
        if (j.filter() != null) {
            out.append(" FILTER (WHERE ").append(print(j.filter())).append(')');
        }
        if (j.over() != null) {
            out.append(" OVER ").append(j.over().name() != null && j.over().refName() == null
                    && j.over().partitionBy().isEmpty() && j.over().orderBy().isEmpty() && j.over().frame() == null
                    ? ident(j.over().name()) : window(j.over()));
        }
        return out.toString();
    }

    private static String literal(Expr.Literal l) {
        return switch (l.kind()) {
            case INTEGER, NUMERIC -> l.value();
            case STRING -> string(l.value());
            case BIT_STRING -> "B'" + l.value() + "'";
            case HEX_STRING -> "X'" + l.value() + "'";
            case BOOLEAN -> l.value().toUpperCase(Locale.ROOT);
            case NULL -> "NULL";
        };
    }

    private static String castOperand(Expr arg) {
        String text = print(arg);
        boolean simple = arg instanceof Expr.ColumnRef || arg instanceof Expr.Param
                || (arg instanceof Expr.Literal l && !l.value().startsWith("-"))
                || text.startsWith("(");
        return simple ? text : "(" + text + ")";
    }

    private static String indirectionBase(Expr arg, IndirectionStep first) {
        String text = print(arg);
        boolean subscript = first instanceof IndirectionStep.Subscript;
        if (subscript && (arg instanceof Expr.ColumnRef || arg instanceof Expr.Param) || text.startsWith("(")) {
            return text;
        }
        return "(" + text + ")";
    }

    static String steps(List<IndirectionStep> steps) {
        StringBuilder out = new StringBuilder();
        for (IndirectionStep step : steps) {
            switch (step) {
                case IndirectionStep.Field f -> out.append('.').append(ident(f.name()));
                case IndirectionStep.Star s -> out.append(".*");
                case IndirectionStep.Subscript s -> {
                    out.append('[');
                    if (s.lower() != null) {
                        out.append(print(s.lower()));
                    }
                    if (s.slice()) {
                        out.append(':');
                        if (s.upper() != null) {
                            out.append(print(s.upper()));
                        }
                    }
                    out.append(']');
                }
            }
        }
        return out.toString();
    }

    private static String typedLiteral(Expr.TypeCast c) {
        TypeName t = c.type();
        if (t.intervalFields() != null && t.modifiers().isEmpty()) {
            return "INTERVAL " + print(c.arg()) + " " + t.intervalFields().toUpperCase(Locale.ROOT);
        }
        return type(t) + " " + print(c.arg());
    }

    private static String subLink(Expr.SubLink s) {
        String query = "(" + QueryPrinter.select(s.query()) + ")";
        return switch (s.kind()) {
            case EXISTS -> "EXISTS " + query;
            case EXPR -> query;
            case ARRAY -> "ARRAY" + query;
            case IN -> "(" + print(s.test()) + " IN " + query + ")";
            case NOT_IN -> "(" + print(s.test()) + " NOT IN " + query + ")";
            case ANY -> "(" + print(s.test()) + " " + operatorName(s.operator()) + " ANY " + query + ")";
            case ALL -> "(" + print(s.test()) + " " + operatorName(s.operator()) + " ALL " + query + ")";
        };
    }

    private static String caseExpr(Expr.Case c) {
        StringBuilder out = new StringBuilder("CASE");
        if (c.arg() != null) {
            out.append(' ').append(print(c.arg()));
        }
        for (Expr.When when : c.whens()) {
            out.append(" WHEN ").append(print(when.condition())).append(" THEN ").append(print(when.result()));
        }
        if (c.otherwise() != null) {
            out.append(" ELSE ").append(print(c.otherwise()));
        }
        return out.append(" END").toString();
    }

    public static String type(TypeName t) {
        StringBuilder out = new StringBuilder();
        if (t.setof()) {
            out.append("SETOF ");
        }
        List<String> names = t.names();
        if (names.size() == 2 && names.get(0).equals("pg_catalog")) {
            out.append(names.get(1));
        } else {
            out.append(qualified(names));
        }
        if (t.percentType()) {
            out.append("%TYPE");
        }
        if (t.intervalFields() != null) {
            out.append(' ').append(t.intervalFields());
        }
        if (!t.modifiers().isEmpty()) {
            out.append('(').append(list(t.modifiers())).append(')');
        }
        for (int bound : t.arrayBounds()) {
            out.append(bound < 0 ? "[]" : "[" + bound + "]");
        }
        return out.toString();
    }

    public static String sortBy(SortBy s) {
        StringBuilder out = new StringBuilder(print(s.expr()));
        switch (s.direction()) {
            case ASC -> out.append(" ASC");
            case DESC -> out.append(" DESC");
            case USING -> out.append(" USING ").append(operatorName(s.usingOperator()));
            case DEFAULT -> {
            }
        }
        switch (s.nulls()) {
            case FIRST -> out.append(" NULLS FIRST");
            case LAST -> out.append(" NULLS LAST");
            case DEFAULT -> {
            }
        }
        return out.toString();
    }

    public static String sortList(List<SortBy> items) {
        return items.stream().map(ExprPrinter::sortBy).collect(Collectors.joining(", "));
    }

    public static String window(WindowDef w) {
        StringBuilder out = new StringBuilder("(");
        String sep = "";
        if (w.refName() != null) {
            out.append(ident(w.refName()));
            sep = " ";
        }
        if (!w.partitionBy().isEmpty()) {
            out.append(sep).append("PARTITION BY ").append(list(w.partitionBy()));
            sep = " ";
        }
        if (!w.orderBy().isEmpty()) {
            out.append(sep).append("ORDER BY ").append(sortList(w.orderBy()));
            sep = " ";
        }
        if (w.frame() != null) {
            WindowDef.Frame f = w.frame();
            out.append(sep).append(f.mode()).append(' ');
            if (f.end() == null) {
                out.append(bound(f.start()));
            } else {
                out.append("BETWEEN ").append(bound(f.start())).append(" AND ").append(bound(f.end()));
            }
            if (f.exclusion() != WindowDef.Exclusion.NONE) {
                out.append(" EXCLUDE ").append(f.exclusion().name().replace('_', ' '));
            }
        }
        return out.append(')').toString();
    }

    private static String bound(WindowDef.Bound b) {
        return switch (b.kind()) {
            case UNBOUNDED_PRECEDING -> "UNBOUNDED PRECEDING";
            case UNBOUNDED_FOLLOWING -> "UNBOUNDED FOLLOWING";
            case CURRENT_ROW -> "CURRENT ROW";
            case PRECEDING -> print(b.offset()) + " PRECEDING";
            case FOLLOWING -> print(b.offset()) + " FOLLOWING";
        };
    }
}
