package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.Expr.FuncSyntax;
import io.opendsql.sql.parse.ast.SortBy;
import io.opendsql.sql.parse.ast.TypeName;
import io.opendsql.sql.parse.ast.WindowDef;

import java.util.ArrayList;
import java.util.List;

/** func_application with its decorations, window specifications, and func_expr_common_subexpr. */
final class FunctionParser extends GrammarArea {
    FunctionParser(Grammar grammar) {
        super(grammar);
    }

    private static List<String> catalog(String name) {
        return List.of("pg_catalog", name);
    }

    /** func_application within_group_clause filter_clause over_clause; the cursor is at '('. */
    Expr functionCall(int location, List<String> name) {
        return functionCall(location, name, false);
    }

    /** {@code windowless} for func_expr_windowless (FROM, index expressions): no WITHIN GROUP, FILTER or OVER. */
    Expr functionCall(int location, List<String> name, boolean windowless) {
        in.enter();
        try {
            expectChar('(');
            List<Expr> args = new ArrayList<>();
            boolean star = false;
            boolean distinct = false;
            boolean variadic = false;
            List<SortBy> orderBy = List.of();
            if (isChar('*')) {
                next();
                star = true;
            } else if (!isChar(')')) {
                if (acceptKeyword("distinct")) {
                    distinct = true;
                } else {
                    acceptKeyword("all");
                }
                if (isKeyword("variadic") && !distinct) {
                    next();
                    variadic = true;
                    args.add(argument());
                } else {
                    args.add(argument());
                    while (acceptChar(',')) {
                        if (acceptKeyword("variadic")) {
                            variadic = true;
                            args.add(argument());
                            break;
                        }
                        args.add(argument());
                    }
                }
                if (isKeyword("order")) {
                    orderBy = g.queries.sortClause();
                }
            }
            expectChar(')');
            boolean plain = !star && !distinct && !variadic && orderBy.isEmpty();
            if (plain && is(TokenKind.STRING)) {
                // func_name '(' func_arg_list ')' Sconst: a typed literal with type modifiers.
                Token value = next();
                TypeName type = new TypeName(location, name, args, List.of(), null, false, false);
                return new Expr.TypeCast(location, literal(value, Expr.LiteralKind.STRING), type,
                        Expr.CastSyntax.TYPED_LITERAL);
            }
            boolean withinGroup = false;
            if (!windowless && isKeyword("within")) {
                next();
                expectKeyword("group");
                expectChar('(');
                orderBy = g.queries.sortClause();
                expectChar(')');
                withinGroup = true;
            }
            Expr filter = null;
            if (!windowless && isKeyword("filter") && isChar(1, '(')) {
                next();
                next();
                expectKeyword("where");
                filter = g.expressions.expr();
                expectChar(')');
            }
            WindowDef over = null;
            if (!windowless && isKeyword("over")) {
                next();
                if (isChar('(')) {
                    over = windowSpecification(null);
                } else {
                    Token windowName = peek();
                    over = new WindowDef(windowName.start(), colId(), null, List.of(), List.of(), null);
                }
            }
            return new Expr.FuncCall(location, name, args, star, distinct, variadic, orderBy, withinGroup, filter, over,
                    FuncSyntax.CALL);
        } finally {
            in.exit();
        }
    }

    /** func_arg_expr: a_expr | param_name (=> | :=) a_expr. */
    private Expr argument() {
        Token t = peek();
        if (isTypeFunctionName(t)
                && (peek(1).kind() == TokenKind.EQUALS_GREATER || peek(1).kind() == TokenKind.COLON_EQUALS)) {
            next();
            next();
            return new Expr.NamedArg(t.start(), t.value(), g.expressions.expr());
        }
        return g.expressions.expr();
    }

    /** window_specification: '(' [existing name] [PARTITION BY] [ORDER BY] [frame] ')'. */
    WindowDef windowSpecification(String name) {
        Token open = expectChar('(');
        String refName = null;
        Token t = peek();
        if (isColId(t) && !(t.isKeyword("partition") || t.isKeyword("range") || t.isKeyword("rows")
                || t.isKeyword("groups"))) {
            refName = next().value();
        }
        List<Expr> partition = List.of();
        if (isKeyword("partition")) {
            next();
            expectKeyword("by");
            partition = g.expressions.exprList();
        }
        List<SortBy> order = isKeyword("order") ? g.queries.sortClause() : List.of();
        WindowDef.Frame frame = null;
        if (isKeyword("range") || isKeyword("rows") || isKeyword("groups")) {
            frame = frame();
        }
        expectChar(')');
        return new WindowDef(open.start(), name, refName, partition, order, frame);
    }

    private WindowDef.Frame frame() {
        WindowDef.FrameMode mode = WindowDef.FrameMode.valueOf(next().value().toUpperCase(java.util.Locale.ROOT));
        WindowDef.Bound start;
        WindowDef.Bound end = null;
        if (acceptKeyword("between")) {
            frameStart = peek().start();
            start = frameBound();
            expectKeyword("and");
            frameEnd = peek().start();
            end = frameBound();
        } else {
            frameStart = peek().start();
            start = frameBound();
        }
        checkFrame(start, end);
        WindowDef.Exclusion exclusion = WindowDef.Exclusion.NONE;
        if (acceptKeyword("exclude")) {
            if (acceptKeyword("current")) {
                expectKeyword("row");
                exclusion = WindowDef.Exclusion.CURRENT_ROW;
            } else if (acceptKeyword("group")) {
                exclusion = WindowDef.Exclusion.GROUP;
            } else if (acceptKeyword("ties")) {
                exclusion = WindowDef.Exclusion.TIES;
            } else {
                expectKeyword("no");
                expectKeyword("others");
                exclusion = WindowDef.Exclusion.NO_OTHERS;
            }
        }
        return new WindowDef.Frame(mode, start, end, exclusion);
    }

    /** The frame checks gram.y makes (errors 42P20 at the frame start). */
    private void checkFrame(WindowDef.Bound start, WindowDef.Bound end) {
        int at = frameStart;
        if (start.kind() == WindowDef.BoundKind.UNBOUNDED_FOLLOWING) {
            throw error(io.opendsql.common.SqlState.WINDOWING_ERROR, "frame start cannot be UNBOUNDED FOLLOWING", at);
        }
        if (end == null) {
            if (start.kind() == WindowDef.BoundKind.FOLLOWING) {
                throw error(io.opendsql.common.SqlState.WINDOWING_ERROR,
                        "frame starting from following row cannot end with current row", at);
            }
            return;
        }
        at = frameEnd;
        if (end.kind() == WindowDef.BoundKind.UNBOUNDED_PRECEDING) {
            throw error(io.opendsql.common.SqlState.WINDOWING_ERROR, "frame end cannot be UNBOUNDED PRECEDING", at);
        }
        if (start.kind() == WindowDef.BoundKind.CURRENT_ROW && end.kind() == WindowDef.BoundKind.PRECEDING) {
            throw error(io.opendsql.common.SqlState.WINDOWING_ERROR,
                    "frame starting from current row cannot have preceding rows", at);
        }
        if (start.kind() == WindowDef.BoundKind.FOLLOWING && (end.kind() == WindowDef.BoundKind.CURRENT_ROW
                || end.kind() == WindowDef.BoundKind.PRECEDING)) {
            throw error(io.opendsql.common.SqlState.WINDOWING_ERROR,
                    "frame starting from following row cannot have preceding rows", at);
        }
    }

    private int frameStart;
    private int frameEnd;

    private WindowDef.Bound frameBound() {
        if (isKeyword("unbounded") && (isKeyword(1, "preceding") || isKeyword(1, "following"))) {
            next();
            boolean preceding = next().isKeyword("preceding");
            return new WindowDef.Bound(preceding ? WindowDef.BoundKind.UNBOUNDED_PRECEDING
                    : WindowDef.BoundKind.UNBOUNDED_FOLLOWING, null);
        }
        if (isKeyword("current") && isKeyword(1, "row")) {
            next();
            next();
            return new WindowDef.Bound(WindowDef.BoundKind.CURRENT_ROW, null);
        }
        Expr offset = g.expressions.expr();
        if (acceptKeyword("preceding")) {
            return new WindowDef.Bound(WindowDef.BoundKind.PRECEDING, offset);
        }
        expectKeyword("following");
        return new WindowDef.Bound(WindowDef.BoundKind.FOLLOWING, offset);
    }

    /**
     * func_expr_common_subexpr. Returns null when the keyword does not start one here (for
     * example COALESCE not followed by '(' is a column name).
     */
    Expr specialFunction(Token t) {
        int at = t.start();
        String word = t.value();
        switch (word) {
            case "current_date", "current_role", "current_user", "session_user", "user", "current_catalog",
                 "system_user" -> {
                next();
                return new Expr.SqlValueFunction(at, word, -1);
            }
            case "current_schema" -> {
                if (isChar(1, '(')) {
                    return null;
                }
                next();
                return new Expr.SqlValueFunction(at, word, -1);
            }
            case "current_time", "current_timestamp", "localtime", "localtimestamp" -> {
                next();
                int precision = -1;
                if (acceptChar('(')) {
                    precision = integerConstant();
                    expectChar(')');
                }
                return new Expr.SqlValueFunction(at, word, precision);
            }
            default -> {
            }
        }
        boolean collationFor = word.equals("collation") && isKeyword(1, "for");
        if (!collationFor && !isChar(1, '(')) {
            return null;
        }
        switch (word) {
            case "cast", "treat" -> {
                next();
                next();
                Expr arg = g.expressions.expr();
                expectKeyword("as");
                TypeName type = g.types.typeName();
                expectChar(')');
                if (word.equals("treat")) {
                    return sql(at, "treat", List.of(arg, new Expr.TypeCast(at, arg, type, Expr.CastSyntax.CAST)));
                }
                return new Expr.TypeCast(at, arg, type, Expr.CastSyntax.CAST);
            }
            case "collation" -> {
                if (!collationFor) {
                    return null;
                }
                next();
                next();
                expectChar('(');
                Expr arg = g.expressions.expr();
                expectChar(')');
                return sql(at, "pg_collation_for", List.of(arg));
            }
            case "coalesce", "greatest", "least" -> {
                next();
                next();
                List<Expr> args = g.expressions.exprList();
                expectChar(')');
                if (word.equals("coalesce")) {
                    return new Expr.Coalesce(at, args);
                }
                return new Expr.MinMax(at, word.equals("greatest"), args);
            }
            case "nullif" -> {
                next();
                next();
                Expr left = g.expressions.expr();
                expectChar(',');
                Expr right = g.expressions.expr();
                expectChar(')');
                return new Expr.NullIf(at, left, right);
            }
            case "extract" -> {
                next();
                next();
                Token field = peek();
                String fieldName;
                if (field.kind() == TokenKind.IDENT || field.kind() == TokenKind.STRING) {
                    fieldName = field.value();
                } else if (field.isKeyword("year") || field.isKeyword("month") || field.isKeyword("day")
                        || field.isKeyword("hour") || field.isKeyword("minute") || field.isKeyword("second")) {
                    fieldName = field.value();
                } else {
                    throw syntaxError();
                }
                next();
                expectKeyword("from");
                Expr source = g.expressions.expr();
                expectChar(')');
                return sql(at, "extract", List.of(new Expr.Literal(field.start(), Expr.LiteralKind.STRING,
                        fieldName), source));
            }
            case "normalize" -> {
                next();
                next();
                Expr arg = g.expressions.expr();
                List<Expr> args = new ArrayList<>(List.of(arg));
                if (acceptChar(',')) {
                    Token form = peek();
                    if (!(form.kind() == TokenKind.IDENT || form.isKeyword("nfc") || form.isKeyword("nfd")
                            || form.isKeyword("nfkc") || form.isKeyword("nfkd"))) {
                        throw syntaxError();
                    }
                    next();
                    args.add(new Expr.Literal(form.start(), Expr.LiteralKind.STRING, form.value().toUpperCase(
                            java.util.Locale.ROOT)));
                }
                expectChar(')');
                return sql(at, "normalize", args);
            }
            case "position" -> {
                next();
                next();
                Expr needle = g.expressions.restrictedExpr();
                expectKeyword("in");
                Expr haystack = g.expressions.restrictedExpr();
                expectChar(')');
                return sql(at, "position", List.of(haystack, needle));
            }
            case "overlay" -> {
                next();
                next();
                Expr target = g.expressions.expr();
                if (!isKeyword("placing")) {
                    List<Expr> args = new ArrayList<>(List.of(target));
                    while (acceptChar(',')) {
                        args.add(g.expressions.expr());
                    }
                    expectChar(')');
                    return Expr.FuncCall.simple(at, List.of("overlay"), args);
                }
                next();
                Expr placing = g.expressions.expr();
                expectKeyword("from");
                List<Expr> args = new ArrayList<>(List.of(target, placing, g.expressions.expr()));
                if (acceptKeyword("for")) {
                    args.add(g.expressions.expr());
                }
                expectChar(')');
                return sql(at, "overlay", args);
            }
            case "substring" -> {
                return substring(at);
            }
            case "json_object", "json_array", "json_objectagg", "json_arrayagg" -> {
                return g.json.constructor(t);
            }
            case "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlparse", "xmlpi", "xmlroot",
                 "xmlserialize" -> {
                return g.xml.function(t);
            }
            case "trim" -> {
                return trim(at);
            }
            default -> {
                return null;
            }
        }
    }

    private static Expr sql(int at, String name, List<Expr> args) {
        return new Expr.FuncCall(at, catalog(name), args, false, false, false, List.of(), false, null, null,
                FuncSyntax.SQL);
    }

    private Expr substring(int at) {
        next();
        next();
        if (isChar(')')) {
            next();
            return Expr.FuncCall.simple(at, List.of("substring"), List.of());
        }
        Expr source = g.expressions.exprBeforeSimilar();
        if (isKeyword("from")) {
            next();
            Expr from = g.expressions.expr();
            if (acceptKeyword("for")) {
                Expr count = g.expressions.expr();
                expectChar(')');
                return sql(at, "substring", List.of(source, from, count));
            }
            expectChar(')');
            return sql(at, "substring", List.of(source, from));
        }
        if (isKeyword("for")) {
            next();
            Expr count = g.expressions.expr();
            if (acceptKeyword("from")) {
                Expr from = g.expressions.expr();
                expectChar(')');
                return sql(at, "substring", List.of(source, from, count));
            }
            expectChar(')');
            return sql(at, "substring", List.of(source, new Expr.Literal(at, Expr.LiteralKind.INTEGER, "1"),
                    count));
        }
        if (isKeyword("similar")) {
            next();
            Expr pattern = g.expressions.expr();
            expectKeyword("escape");
            Expr escape = g.expressions.expr();
            expectChar(')');
            return sql(at, "substring", List.of(source, pattern, escape));
        }
        List<Expr> args = new ArrayList<>(List.of(source));
        while (acceptChar(',')) {
            args.add(g.expressions.expr());
        }
        expectChar(')');
        return Expr.FuncCall.simple(at, List.of("substring"), args);
    }

    private Expr trim(int at) {
        next();
        next();
        String name = "btrim";
        if (acceptKeyword("both")) {
            name = "btrim";
        } else if (acceptKeyword("leading")) {
            name = "ltrim";
        } else if (acceptKeyword("trailing")) {
            name = "rtrim";
        }
        List<Expr> args;
        if (acceptKeyword("from")) {
            args = g.expressions.exprList();
        } else {
            Expr first = g.expressions.expr();
            if (acceptKeyword("from")) {
                args = new ArrayList<>(g.expressions.exprList());
                args.add(first);
            } else {
                args = new ArrayList<>(List.of(first));
                while (acceptChar(',')) {
                    args.add(g.expressions.expr());
                }
            }
        }
        expectChar(')');
        return sql(at, name, args);
    }
}
