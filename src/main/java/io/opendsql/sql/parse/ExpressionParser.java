package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.Expr.BoolOp;
import io.opendsql.sql.parse.ast.Expr.LikeKind;
import io.opendsql.sql.parse.ast.Expr.SubLinkKind;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.TypeName;

import java.util.ArrayList;
import java.util.List;

/**
 * a_expr and b_expr by precedence climbing over PostgreSQL's operator precedence table. A
 * non-associative level (IS, comparison, LIKE/BETWEEN) fails on a second operator of the same
 * level exactly where bison's conflict resolution does.
 */
final class ExpressionParser extends GrammarArea {
    static final int OR = 1;
    static final int AND = 2;
    static final int NOT = 3;
    static final int IS = 4;
    static final int COMPARISON = 5;
    static final int LIKE = 6;
    static final int OP = 9;
    static final int ADD = 10;
    static final int MUL = 11;
    static final int EXP = 12;
    static final int AT = 13;
    static final int COLLATE = 14;
    static final int UMINUS = 15;
    static final int TYPECAST = 18;

    private final PrimaryParser primary;

    ExpressionParser(Grammar grammar) {
        super(grammar);
        this.primary = new PrimaryParser(grammar);
    }

    PrimaryParser primary() {
        return primary;
    }

    /** a_expr. */
    Expr expr() {
        return parse(OR, false);
    }

    /** b_expr: no boolean operators, IS NULL, LIKE, IN, BETWEEN, COLLATE or AT TIME ZONE. */
    Expr restrictedExpr() {
        return parse(OR, true);
    }

    /** expr_list: a_expr (',' a_expr)*. */
    List<Expr> exprList() {
        List<Expr> list = new ArrayList<>();
        do {
            list.add(expr());
        } while (acceptChar(','));
        return list;
    }

    /** The parse depth at which SIMILAR not followed by TO ends the expression (-1: nowhere). */
    private int similarEndsAtDepth = -1;

    /** SUBSTRING's first argument: an a_expr that a SIMILAR not followed by TO ends. */
    Expr exprBeforeSimilar() {
        int saved = similarEndsAtDepth;
        similarEndsAtDepth = in.depth() + 1;
        try {
            return expr();
        } finally {
            similarEndsAtDepth = saved;
        }
    }

    private boolean notLookahead(int ahead) {
        Token t = peek(ahead);
        return t.isKeyword("between") || t.isKeyword("in") || t.isKeyword("like") || t.isKeyword("ilike")
                || t.isKeyword("similar");
    }

    private static boolean isMathOp(Token t) {
        if (t.kind() == TokenKind.CHAR) {
            return "+-*/%^<>=".contains(t.value());
        }
        return t.kind() == TokenKind.LESS_EQUALS || t.kind() == TokenKind.GREATER_EQUALS
                || t.kind() == TokenKind.NOT_EQUALS;
    }

    /** The precedence level of an infix or postfix operator at the current token, or -1. */
    private int level(boolean restricted) {
        Token t = peek();
        switch (t.kind()) {
            case CHAR:
                switch (t.value().charAt(0)) {
                    case '<', '>', '=':
                        return COMPARISON;
                    case '+', '-':
                        return ADD;
                    case '*', '/', '%':
                        return MUL;
                    case '^':
                        return EXP;
                    default:
                        return -1;
                }
            case LESS_EQUALS, GREATER_EQUALS, NOT_EQUALS:
                return COMPARISON;
            case OPERATOR:
                return OP;
            case TYPECAST:
                return TYPECAST;
            case KEYWORD:
                break;
            default:
                return -1;
        }
        switch (t.value()) {
            case "operator":
                return OP;
            case "is":
                return IS;
            default:
                break;
        }
        if (restricted) {
            return -1;
        }
        return switch (t.value()) {
            case "or" -> OR;
            case "and" -> AND;
            case "isnull", "notnull" -> IS;
            case "between", "in", "like", "ilike" -> LIKE;
            // SIMILAR without TO ends the first argument of SUBSTRING(x SIMILAR pattern ESCAPE e)
            case "similar" -> peek(1).isKeyword("to") || in.depth() != similarEndsAtDepth ? LIKE : -1;
            case "not" -> notLookahead(1) ? LIKE : -1;
            case "at" -> AT;
            case "collate" -> COLLATE;
            default -> -1;
        };
    }

    private static boolean nonAssociative(int level) {
        return level == IS || level == COMPARISON || level == LIKE;
    }

    /**
     * A select-list or RETURNING item's expression. A keyword operator that may also be a column
     * label without AS (IS, AND, COLLATE, ...) ends the expression when what follows cannot
     * continue the operator: {@code SELECT 1 IS} names the column "is", as in PostgreSQL.
     */
    Expr targetExpr() {
        return parse(OR, false, true);
    }

    Expr parse(int minLevel, boolean restricted) {
        return parse(minLevel, restricted, false);
    }

    private boolean continuesKeywordOperator() {
        Token t = peek();
        Token n = peek(1);
        return switch (t.value()) {
            case "is" -> n.kind() == TokenKind.KEYWORD && switch (n.value()) {
                case "not", "null", "true", "false", "unknown", "distinct", "document", "normalized", "nfc", "nfd",
                     "nfkc", "nfkd", "json" -> true;
                default -> false;
            };
            case "and", "or" -> startsExpr(n);
            case "like", "ilike" -> startsExpr(n) || n.isKeyword("any") || n.isKeyword("all")
                    || n.isKeyword("some");
            case "similar" -> n.isKeyword("to");
            case "between" -> startsExpr(n) || n.isKeyword("symmetric") || n.isKeyword("asymmetric");
            case "in" -> n.isChar('(');
            case "collate" -> isColId(n);
            case "at" -> n.isKeyword("time") || n.isKeyword("local");
            case "operator" -> n.isChar('(');
            default -> true;
        };
    }

    /** True when the token can begin an a_expr. */
    static boolean startsExpr(Token t) {
        return switch (t.kind()) {
            case EOF, ERROR, TYPECAST, DOT_DOT, COLON_EQUALS, EQUALS_GREATER, LESS_EQUALS, GREATER_EQUALS,
                 NOT_EQUALS, OTHER -> false;
            case CHAR -> t.isChar('(') || t.isChar('-') || t.isChar('+');
            case KEYWORD -> {
                if (t.category() != Keywords.Category.RESERVED) {
                    yield true;
                }
                yield switch (t.value()) {
                    case "null", "true", "false", "case", "cast", "array", "not", "default", "unique", "current_date",
                         "current_time", "current_timestamp", "localtime", "localtimestamp", "current_user",
                         "current_role", "session_user", "user", "current_catalog", "system_user" -> true;
                    default -> false;
                };
            }
            default -> true;
        };
    }

    private Expr parse(int minLevel, boolean restricted, boolean aliasContext) {
        in.enter();
        try {
            Expr left = prefix(restricted);
            int pending = -1;
            while (true) {
                int level = level(restricted);
                if (level < 0 || level < minLevel) {
                    return left;
                }
                if (level == pending && nonAssociative(level)) {
                    throw syntaxError();
                }
                if (aliasContext && peek().kind() == TokenKind.KEYWORD && Keywords.isBareLabel(peek().value())
                        && !continuesKeywordOperator()) {
                    return left;
                }
                Infix result = infix(left, level, restricted);
                left = result.expr;
                pending = result.pendingLevel;
            }
        } finally {
            in.exit();
        }
    }

    private record Infix(Expr expr, int pendingLevel) {
    }

    private Expr prefix(boolean restricted) {
        Token t = peek();
        if (t.isKeyword("not") && !restricted) {
            // Also NOT_LA (NOT before BETWEEN, IN, LIKE, ...): gram.y has "NOT_LA a_expr %prec NOT".
            next();
            Expr operand = parse(NOT, false);
            return new Expr.BoolExpr(t.start(), BoolOp.NOT, List.of(operand));
        }
        if (t.isKeyword("default") && !restricted) {
            next();
            return new Expr.SetToDefault(t.start());
        }
        if (t.isChar('-') || t.isChar('+')) {
            next();
            Expr operand = parse(UMINUS, restricted);
            if (t.isChar('-') && operand instanceof Expr.Literal lit
                    && (lit.kind() == Expr.LiteralKind.INTEGER || lit.kind() == Expr.LiteralKind.NUMERIC)) {
                String value = lit.value().startsWith("-") ? lit.value().substring(1) : "-" + lit.value();
                Expr.LiteralKind kind = lit.kind();
                if (kind == Expr.LiteralKind.NUMERIC && value.equals("-2147483648")) {
                    kind = Expr.LiteralKind.INTEGER;
                }
                return new Expr.Literal(t.start(), kind, value);
            }
            return new Expr.Operator(t.start(), List.of(t.value()), null, operand);
        }
        if (t.kind() == TokenKind.OPERATOR || (t.isKeyword("operator") && isChar(1, '('))) {
            List<String> op = qualifiedOperator();
            Expr operand = parse(OP + 1, restricted);
            return new Expr.Operator(t.start(), op, null, operand);
        }
        return primary.primary();
    }

    /** Op, or OPERATOR '(' any_operator ')'. */
    List<String> qualifiedOperator() {
        Token t = peek();
        if (t.kind() == TokenKind.OPERATOR || isMathOp(t)) {
            next();
            return List.of(t.value());
        }
        if (!t.isKeyword("operator")) {
            throw syntaxError();
        }
        next();
        expectChar('(');
        List<String> name = new ArrayList<>();
        while (isColId(peek())) {
            name.add(next().value());
            expectChar('.');
        }
        Token op = peek();
        if (op.kind() != TokenKind.OPERATOR && !isMathOp(op)) {
            throw syntaxError();
        }
        next();
        name.add(op.value());
        expectChar(')');
        return name;
    }

    private Infix infix(Expr left, int level, boolean restricted) {
        Token t = peek();
        int at = left.location();
        switch (level) {
            case OR, AND -> {
                next();
                Expr right = parse(level + 1, false);
                BoolOp op = level == OR ? BoolOp.OR : BoolOp.AND;
                return new Infix(new Expr.BoolExpr(at, op, List.of(left, right)), -1);
            }
            case IS -> {
                return is(left, restricted);
            }
            case COMPARISON, ADD, MUL, EXP, OP -> {
                List<String> op = qualifiedOperator();
                if (!restricted && (isKeyword("any") || isKeyword("some") || isKeyword("all"))) {
                    return new Infix(subqueryOperator(left, op), -1);
                }
                int rightLevel = level + 1;
                Expr right = parse(rightLevel, restricted);
                return new Infix(new Expr.Operator(at, op, left, right), level);
            }
            case LIKE -> {
                return likeLevel(left);
            }
            case AT -> {
                next();
                if (acceptKeyword("local")) {
                    return new Infix(new Expr.AtTimeZone(at, left, null), -1);
                }
                expectKeyword("time");
                expectKeyword("zone");
                Expr zone = parse(AT + 1, false);
                return new Infix(new Expr.AtTimeZone(at, left, zone), AT);
            }
            case COLLATE -> {
                next();
                return new Infix(new Expr.Collate(at, left, anyName()), -1);
            }
            case TYPECAST -> {
                next();
                TypeName type = g.types.typeName();
                return new Infix(new Expr.TypeCast(at, left, type, Expr.CastSyntax.COLONS), -1);
            }
            default -> throw syntaxError(t);
        }
    }

    private io.opendsql.common.DsqlException syntaxError(Token t) {
        return in.syntaxError(t);
    }

    private Expr subqueryOperator(Expr left, List<String> op) {
        Token kw = next();
        boolean all = kw.isKeyword("all");
        if (!isChar('(')) {
            throw syntaxError();
        }
        if (primary.parenIsSelect(0)) {
            SelectStmt query = g.queries.selectWithParens();
            return new Expr.SubLink(left.location(), all ? SubLinkKind.ALL : SubLinkKind.ANY, left, op, query);
        }
        next();
        Expr right = expr();
        expectChar(')');
        return new Expr.ArrayComparison(left.location(), op, all, left, right);
    }

    private Infix is(Expr left, boolean restricted) {
        Token t = next();
        int at = left.location();
        if (t.isKeyword("isnull") || t.isKeyword("notnull")) {
            return new Infix(new Expr.NullTest(at, left, t.isKeyword("notnull")), -1);
        }
        if (isKeyword("not") && notLookahead(1)) {
            // The lexer makes this NOT_LA, which cannot follow IS.
            throw syntaxError();
        }
        boolean not = acceptKeyword("not");
        Token what = peek();
        if (what.isKeyword("distinct")) {
            next();
            expectKeyword("from");
            Expr right = parse(IS + 1, restricted);
            return new Infix(new Expr.DistinctFrom(at, left, right, not), IS);
        }
        if (what.isKeyword("document")) {
            next();
            return new Infix(new Expr.IsPredicate(at, left, not, "document"), -1);
        }
        if (restricted) {
            throw syntaxError();
        }
        if (what.isKeyword("normalized") || ((what.isKeyword("nfc") || what.isKeyword("nfd") || what.isKeyword("nfkc")
                || what.isKeyword("nfkd")) && isKeyword(1, "normalized"))) {
            next();
            String predicate = what.isKeyword("normalized") ? "normalized" : what.value() + " " + next().value();
            return new Infix(new Expr.IsPredicate(at, left, not, predicate), -1);
        }
        if (what.isKeyword("json")) {
            next();
            StringBuilder predicate = new StringBuilder("json");
            if (isKeyword("value") || isKeyword("array") || isKeyword("object") || isKeyword("scalar")) {
                predicate.append(' ').append(next().value());
            }
            if ((isKeyword("with") || isKeyword("without")) && isKeyword(1, "unique")) {
                predicate.append(' ').append(next().value()).append(" unique");
                next();
                acceptKeyword("keys");
                predicate.append(" keys");
            }
            return new Infix(new Expr.IsPredicate(at, left, not, predicate.toString()), -1);
        }
        if (what.isKeyword("null")) {
            next();
            return new Infix(new Expr.NullTest(at, left, not), -1);
        }
        Expr.BoolTestKind kind;
        if (what.isKeyword("true")) {
            kind = not ? Expr.BoolTestKind.IS_NOT_TRUE : Expr.BoolTestKind.IS_TRUE;
        } else if (what.isKeyword("false")) {
            kind = not ? Expr.BoolTestKind.IS_NOT_FALSE : Expr.BoolTestKind.IS_FALSE;
        } else if (what.isKeyword("unknown")) {
            kind = not ? Expr.BoolTestKind.IS_NOT_UNKNOWN : Expr.BoolTestKind.IS_UNKNOWN;
        } else {
            throw syntaxError();
        }
        next();
        return new Infix(new Expr.BooleanTest(at, left, kind), -1);
    }

    private Infix likeLevel(Expr left) {
        int at = left.location();
        boolean not = acceptKeyword("not");
        Token t = next();
        switch (t.value()) {
            case "between" -> {
                boolean symmetric = false;
                if (acceptKeyword("symmetric")) {
                    symmetric = true;
                } else {
                    acceptKeyword("asymmetric");
                }
                Expr low = parse(OR, true);
                expectKeyword("and");
                Expr high = parse(LIKE + 1, false);
                return new Infix(new Expr.Between(at, not, symmetric, left, low, high), LIKE);
            }
            case "in" -> {
                return new Infix(in(left, not), -1);
            }
            case "like", "ilike" -> {
                LikeKind kind = t.value().equals("like") ? LikeKind.LIKE : LikeKind.ILIKE;
                if (isKeyword("any") || isKeyword("some") || isKeyword("all")) {
                    String name = (kind == LikeKind.LIKE ? "~~" : "~~*");
                    if (not) {
                        name = "!" + name;
                    }
                    return new Infix(subqueryOperator(left, List.of(name)), -1);
                }
                return likeRest(left, kind, not);
            }
            case "similar" -> {
                expectKeyword("to");
                return likeRest(left, LikeKind.SIMILAR, not);
            }
            default -> throw in.syntaxError(t);
        }
    }

    private Infix likeRest(Expr left, LikeKind kind, boolean not) {
        Expr pattern = parse(LIKE + 1, false);
        Expr escape = null;
        if (acceptKeyword("escape")) {
            escape = parse(LIKE + 1, false);
        }
        return new Infix(new Expr.Like(left.location(), kind, not, left, pattern, escape), LIKE);
    }

    private Expr in(Expr left, boolean not) {
        Token open = peek();
        if (!open.isChar('(')) {
            throw syntaxError();
        }
        if (primary.parenIsSelect(0)) {
            SelectStmt query = g.queries.selectWithParens();
            return new Expr.SubLink(left.location(), not ? SubLinkKind.NOT_IN : SubLinkKind.IN, left, List.of("="),
                    query);
        }
        next();
        List<Expr> list = exprList();
        expectChar(')');
        return new Expr.InList(left.location(), not, left, list);
    }
}
