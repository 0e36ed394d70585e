package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.Expr.LiteralKind;
import io.opendsql.sql.parse.ast.IndirectionStep;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.TypeName;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** c_expr: constants, column references, parameters, parentheses, rows, arrays, CASE and subqueries. */
final class PrimaryParser extends GrammarArea {
    private static final Set<String> SELECT_STARTS = Set.of("select", "values", "with", "table");

    PrimaryParser(Grammar grammar) {
        super(grammar);
    }

    static boolean startsSelect(Token t) {
        return t.kind() == TokenKind.KEYWORD && SELECT_STARTS.contains(t.value());
    }

    /**
     * True when the '(' at {@code ahead} opens a select_with_parens rather than a parenthesized
     * expression or row.
     */
    boolean parenIsSelect(int ahead) {
        int innermost = ahead;
        while (peek(innermost + 1).isChar('(')) {
            innermost++;
            if (innermost - ahead > TokenCursor.MAX_DEPTH) {
                throw SyntaxErrors.stackDepth();
            }
        }
        Token first = peek(innermost + 1);
        if (!startsSelect(first) || first.isKeyword("values") && !peek(innermost + 2).isChar('(')) {
            return false;
        }
        // Walk outwards: each enclosing '(' holds a query only if its inner group is followed by
        // ')' or by something that continues a query (set operation, ORDER BY, LIMIT, ...).
        for (int open = innermost - 1; open >= ahead; open--) {
            int close = matchingParen(open + 1);
            if (close < 0) {
                return true;
            }
            Token after = peek(close + 1);
            boolean continuesQuery = after.isChar(')') || after.isKeyword("union") || after.isKeyword("intersect")
                    || after.isKeyword("except") || after.isKeyword("order") || after.isKeyword("limit")
                    || after.isKeyword("offset") || after.isKeyword("fetch") || after.isKeyword("for");
            if (!continuesQuery) {
                return false;
            }
        }
        return true;
    }

    /** Offset (relative to the cursor) of the ')' matching the '(' at {@code ahead}, or -1 at EOF. */
    int matchingParen(int ahead) {
        int depth = 0;
        for (int i = ahead; ; i++) {
            Token t = peek(i);
            if (t.isEnd()) {
                return -1;
            }
            if (t.isChar('(')) {
                depth++;
            } else if (t.isChar(')')) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
    }

    Expr primary() {
        Token t = peek();
        switch (t.kind()) {
            case INTEGER:
                next();
                return literal(t, LiteralKind.INTEGER);
            case NUMERIC:
                next();
                return literal(t, LiteralKind.NUMERIC);
            case STRING:
                next();
                return literal(t, LiteralKind.STRING);
            case BIT_STRING:
                next();
                return literal(t, LiteralKind.BIT_STRING);
            case HEX_STRING:
                next();
                return literal(t, LiteralKind.HEX_STRING);
            case PARAM: {
                next();
                Expr param = new Expr.Param(t.start(), Integer.parseInt(t.value()));
                return withIndirection(param, false);
            }
            case CHAR:
                if (t.isChar('(')) {
                    return parenthesized();
                }
                throw syntaxError();
            case IDENT:
                return name();
            case KEYWORD:
                return keyword(t);
            default:
                throw syntaxError();
        }
    }

    private Expr keyword(Token t) {
        switch (t.value()) {
            case "null":
                next();
                return new Expr.Literal(t.start(), LiteralKind.NULL, "null");
            case "true", "false":
                next();
                return new Expr.Literal(t.start(), LiteralKind.BOOLEAN, t.value());
            case "case":
                return caseExpr();
            case "array":
                return array();
            case "exists": {
                if (!isChar(1, '(')) {
                    break;
                }
                next();
                if (!isChar('(')) {
                    throw syntaxError();
                }
                SelectStmt query = g.queries.selectWithParens();
                return new Expr.SubLink(t.start(), Expr.SubLinkKind.EXISTS, null, null, query);
            }
            case "row":
                if (isChar(1, '(')) {
                    next();
                    next();
                    List<Expr> args = isChar(')') ? List.of() : g.expressions.exprList();
                    expectChar(')');
                    return overlaps(new Expr.Row(t.start(), args, true));
                }
                break;
            case "grouping":
                if (isChar(1, '(')) {
                    next();
                    next();
                    List<Expr> args = g.expressions.exprList();
                    expectChar(')');
                    return new Expr.Grouping(t.start(), args);
                }
                break;
            default:
                break;
        }
        Expr special = g.functions.specialFunction(t);
        if (special != null) {
            return special;
        }
        if (g.types.startsConstTypename() && startsTypedLiteral(t)) {
            return typedLiteral();
        }
        Keywords.Category category = t.category();
        if (category == Keywords.Category.RESERVED) {
            if (t.isKeyword("cast") || t.isKeyword("unique")) {
                // The grammar shifts these (CAST '(' ..., UNIQUE select_with_parens) and fails on what follows.
                next();
                if (t.isKeyword("unique")) {
                    return uniquePredicate(t);
                }
            }
            throw syntaxError();
        }
        return name();
    }

    /**
     * True when a built-in type keyword begins a typed literal here rather than naming a column
     * ({@code SELECT int FROM t} selects a column called "int").
     */
    private boolean startsTypedLiteral(Token t) {
        Token n = peek(1);
        if (n.kind() == TokenKind.STRING || n.isChar('(')) {
            return true;
        }
        return switch (t.value()) {
            case "double" -> n.isKeyword("precision");
            case "character", "char", "nchar", "bit" -> n.isKeyword("varying");
            case "national" -> n.isKeyword("character") || n.isKeyword("char");
            case "timestamp", "time" -> n.isKeyword("with") || n.isKeyword("without");
            default -> false;
        };
    }

    /** UNIQUE [NULLS [NOT] DISTINCT] select_with_parens: parsed, then rejected as PostgreSQL does. */
    private Expr uniquePredicate(Token unique) {
        g.ddl.nullsDistinct();
        if (!isChar('(')) {
            throw syntaxError();
        }
        if (!parenIsSelect(0)) {
            next();
            throw syntaxError();
        }
        g.queries.selectWithParens();
        throw error(io.opendsql.common.SqlState.FEATURE_NOT_SUPPORTED, "UNIQUE predicate is not yet implemented",
                unique.start());
    }

    /** ConstTypename Sconst, ConstInterval Sconst opt_interval, ConstInterval '(' Iconst ')' Sconst. */
    private Expr typedLiteral() {
        Token first = peek();
        TypeName type = g.types.constTypename(true);
        Token value = peek();
        if (value.kind() != TokenKind.STRING) {
            throw syntaxError();
        }
        next();
        if (first.isKeyword("interval") && type.modifiers().isEmpty()) {
            type = g.types.intervalFields(type);
        }
        return new Expr.TypeCast(first.start(), literal(value, LiteralKind.STRING), type,
                Expr.CastSyntax.TYPED_LITERAL);
    }

    /**
     * An expression starting with a name: column reference, function call, or a generic typed
     * literal ({@code date '2020-01-01'}).
     */
    private Expr name() {
        Token first = next();
        boolean colId = isColId(first);
        boolean functionName = isTypeFunctionName(first);
        List<String> names = new ArrayList<>();
        names.add(first.value());
        if (isChar('(')) {
            if (!functionName) {
                throw syntaxError();
            }
            return g.functions.functionCall(first.start(), names);
        }
        if (is(TokenKind.STRING)) {
            if (!functionName) {
                throw syntaxError();
            }
            Token value = next();
            TypeName type = new TypeName(first.start(), names, List.of(), List.of(), null, false, false);
            return new Expr.TypeCast(first.start(), literal(value, LiteralKind.STRING), type,
                    Expr.CastSyntax.TYPED_LITERAL);
        }
        if (!colId) {
            throw syntaxError();
        }
        // ColId indirection: dotted names, then '.*' or subscripts.
        List<IndirectionStep> steps = new ArrayList<>();
        boolean star = false;
        while (isChar('.') && steps.isEmpty()) {
            next();
            if (isChar('*')) {
                next();
                star = true;
                break;
            }
            names.add(colLabel());
        }
        if (!star && names.size() > 1) {
            if (isChar('(')) {
                return g.functions.functionCall(first.start(), names);
            }
            if (is(TokenKind.STRING)) {
                Token value = next();
                TypeName type = new TypeName(first.start(), names, List.of(), List.of(), null, false, false);
                return new Expr.TypeCast(first.start(), literal(value, LiteralKind.STRING), type,
                        Expr.CastSyntax.TYPED_LITERAL);
            }
        }
        Expr ref = new Expr.ColumnRef(first.start(), names, star);
        if (star) {
            return ref;
        }
        return withIndirection(ref, false);
    }

    /**
     * opt_indirection: ('.' attr | '.' '*' | '[' subscript ']')*. Field names after a plain column
     * reference join the reference ({@code t.c}) unless the base was parenthesized ({@code (c).f}).
     */
    Expr withIndirection(Expr base, boolean parenthesized) {
        List<IndirectionStep> steps = new ArrayList<>();
        while (true) {
            if (isChar('.')) {
                next();
                if (acceptChar('*')) {
                    steps.add(new IndirectionStep.Star());
                    break;
                }
                steps.add(new IndirectionStep.Field(colLabel()));
            } else if (isChar('[')) {
                next();
                steps.add(subscript());
            } else {
                break;
            }
        }
        if (steps.isEmpty()) {
            return base;
        }
        if (base instanceof Expr.ColumnRef ref && !ref.star() && !parenthesized) {
            // Leading field names stay part of the column reference, as in ColumnRef.fields.
            List<String> names = new ArrayList<>(ref.names());
            int i = 0;
            while (i < steps.size() && steps.get(i) instanceof IndirectionStep.Field field) {
                names.add(field.name());
                i++;
            }
            if (i < steps.size() && steps.get(i) instanceof IndirectionStep.Star) {
                return new Expr.ColumnRef(ref.location(), names, true);
            }
            Expr column = new Expr.ColumnRef(ref.location(), names, false);
            return i == steps.size() ? column : new Expr.Indirection(ref.location(), column, steps.subList(i,
                    steps.size()));
        }
        return new Expr.Indirection(base.location(), base, steps);
    }

    private IndirectionStep subscript() {
        Expr lower = null;
        if (!isChar(':')) {
            lower = g.expressions.expr();
            if (acceptChar(']')) {
                return new IndirectionStep.Subscript(lower, null, false);
            }
        }
        expectChar(':');
        Expr upper = isChar(']') ? null : g.expressions.expr();
        expectChar(']');
        return new IndirectionStep.Subscript(lower, upper, true);
    }

    /** {@code row OVERLAPS row}: the SQL-syntax call pg_catalog.overlaps(a, b, c, d) when OVERLAPS follows a row. */
    private Expr overlaps(Expr.Row left) {
        if (!isKeyword("overlaps")) {
            return left;
        }
        Token keyword = next();
        Token start = peek();
        boolean rowStart = (start.isKeyword("row") && isChar(1, '(')) || start.isChar('(');
        Expr right = rowStart ? primary() : null;
        if (!(right instanceof Expr.Row row) || (!row.explicit() && row.args().size() < 2)) {
            throw in.syntaxError(start);
        }
        if (left.args().size() != 2) {
            throw io.opendsql.common.DsqlException.of(io.opendsql.common.SqlState.SYNTAX_ERROR,
                    "wrong number of parameters on left side of OVERLAPS expression").at(left.location() + 1);
        }
        if (row.args().size() != 2) {
            throw io.opendsql.common.DsqlException.of(io.opendsql.common.SqlState.SYNTAX_ERROR,
                    "wrong number of parameters on right side of OVERLAPS expression").at(row.location() + 1);
        }
        List<Expr> args = new ArrayList<>(left.args());
        args.addAll(row.args());
        return new Expr.FuncCall(keyword.start(), List.of("pg_catalog", "overlaps"), args, false, false, false,
                List.of(), false, null, null, Expr.FuncSyntax.SQL);
    }

    /** '(' a_expr ')' opt_indirection | implicit_row | select_with_parens [indirection]. */
    private Expr parenthesized() {
        in.enter();
        try {
            Token open = peek();
            if (parenIsSelect(0)) {
                SelectStmt query = g.queries.selectWithParens();
                Expr sub = new Expr.SubLink(open.start(), Expr.SubLinkKind.EXPR, null, null, query);
                return withIndirection(sub, false);
            }
            next();
            Expr first = g.expressions.expr();
            if (isChar(',')) {
                List<Expr> args = new ArrayList<>();
                args.add(first);
                while (acceptChar(',')) {
                    args.add(g.expressions.expr());
                }
                expectChar(')');
                return overlaps(new Expr.Row(open.start(), args, false));
            }
            expectChar(')');
            return withIndirection(first, true);
        } finally {
            in.exit();
        }
    }

    private Expr caseExpr() {
        in.enter();
        try {
            Token start = next();
            Expr arg = isKeyword("when") ? null : g.expressions.expr();
            List<Expr.When> whens = new ArrayList<>();
            if (!isKeyword("when")) {
                throw syntaxError();
            }
            while (isKeyword("when")) {
                Token when = next();
                Expr condition = g.expressions.expr();
                expectKeyword("then");
                Expr result = g.expressions.expr();
                whens.add(new Expr.When(when.start(), condition, result));
            }
            Expr otherwise = null;
            if (acceptKeyword("else")) {
                otherwise = g.expressions.expr();
            }
            expectKeyword("end");
            return new Expr.Case(start.start(), arg, whens, otherwise);
        } finally {
            in.exit();
        }
    }

    private Expr array() {
        Token start = next();
        if (isChar('(')) {
            SelectStmt query = g.queries.selectWithParens();
            return new Expr.SubLink(start.start(), Expr.SubLinkKind.ARRAY, null, null, query);
        }
        if (!isChar('[')) {
            throw syntaxError();
        }
        return arrayBody(start.start(), true);
    }

    private Expr arrayBody(int location, boolean keyword) {
        in.enter();
        try {
            expectChar('[');
            List<Expr> elements = new ArrayList<>();
            if (acceptChar(']')) {
                return new Expr.ArrayConstructor(location, elements, keyword);
            }
            if (isChar('[')) {
                do {
                    if (!isChar('[')) {
                        throw syntaxError();
                    }
                    elements.add(arrayBody(peek().start(), false));
                } while (acceptChar(','));
            } else {
                elements.addAll(g.expressions.exprList());
            }
            expectChar(']');
            return new Expr.ArrayConstructor(location, elements, keyword);
        } finally {
            in.exit();
        }
    }
}
