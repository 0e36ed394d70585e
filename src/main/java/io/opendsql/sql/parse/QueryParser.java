package io.opendsql.sql.parse;

import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.LockingClause;
import io.opendsql.sql.parse.ast.RangeVar;
import io.opendsql.sql.parse.ast.ResTarget;
import io.opendsql.sql.parse.ast.SelectBody;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.SortBy;
import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.WithClause;

import java.util.ArrayList;
import java.util.List;

/** SelectStmt: set operations, ORDER BY, LIMIT/OFFSET/FETCH, locking, WITH, VALUES and TABLE. */
final class QueryParser extends GrammarArea {
    QueryParser(Grammar grammar) {
        super(grammar);
    }

    /** select_with_parens: the cursor is at '('. */
    SelectStmt selectWithParens() {
        in.enter();
        try {
            Token open = expectChar('(');
            SelectStmt query = selectNoParens(null, open.start());
            expectChar(')');
            return query;
        } finally {
            in.exit();
        }
    }

    /** SelectStmt at statement level (a query, possibly parenthesized, possibly after WITH). */
    SelectStmt select(WithClause with, int location) {
        return selectNoParens(with, location);
    }

    private SelectStmt selectNoParens(WithClause with, int location) {
        if (with == null && isKeyword("with")) {
            with = withClause();
        }
        SelectBody body = setOperation(0);
        List<SortBy> orderBy = isKeyword("order") ? sortClause() : List.of();
        Expr limit = null;
        Expr offset = null;
        boolean withTies = false;
        boolean limitSeen = false;
        boolean offsetSeen = false;
        List<LockingClause> locking = new ArrayList<>();
        while (true) {
            if (isKeyword("limit") || isKeyword("fetch")) {
                if (limitSeen) {
                    throw syntaxError();
                }
                Token start = peek();
                limitSeen = true;
                if (acceptKeyword("limit")) {
                    if (isKeyword("all")) {
                        Token all = next();
                        limit = new Expr.Literal(all.start(), Expr.LiteralKind.NULL, "null");
                    } else {
                        limit = g.expressions.expr();
                    }
                    if (isChar(',')) {
                        next();
                        g.expressions.expr();
                        throw SyntaxErrors.plain(in.sql, SqlState.SYNTAX_ERROR,
                                "LIMIT #,# syntax is not supported", start.start())
                                .hint("Use separate LIMIT and OFFSET clauses.");
                    }
                } else {
                    next();
                    if (!acceptKeyword("first")) {
                        expectKeyword("next");
                    }
                    if ((isKeyword("row") || isKeyword("rows")) && !isChar(1, '.') && !isChar(1, '(')) {
                        limit = new Expr.Literal(peek().start(), Expr.LiteralKind.INTEGER, "1");
                    } else {
                        limit = fetchFirstValue();
                    }
                    if (!acceptKeyword("row")) {
                        expectKeyword("rows");
                    }
                    if (acceptKeyword("with")) {
                        expectKeyword("ties");
                        withTies = true;
                    } else {
                        expectKeyword("only");
                    }
                }
                if (!locking.isEmpty()) {
                    break;
                }
            } else if (isKeyword("offset")) {
                if (offsetSeen) {
                    throw syntaxError();
                }
                offsetSeen = true;
                next();
                offset = g.expressions.expr();
                if (isKeyword("row") || isKeyword("rows")) {
                    next();
                }
                if (!locking.isEmpty()) {
                    break;
                }
            } else if (isKeyword("for") && locking.isEmpty()) {
                lockingClauses(locking);
                if (limitSeen || offsetSeen) {
                    break;
                }
            } else {
                break;
            }
        }
        if (withTies && orderBy.isEmpty()) {
            throw io.opendsql.common.DsqlException.of(SqlState.SYNTAX_ERROR,
                    "WITH TIES cannot be specified without ORDER BY clause");
        }
        if (withTies) {
            for (LockingClause clause : locking) {
                if (clause.waitPolicy() == LockingClause.WaitPolicy.SKIP_LOCKED) {
                    throw SyntaxErrors.plain(in.sql, SqlState.FEATURE_NOT_SUPPORTED,
                            "SKIP LOCKED and WITH TIES options cannot be used together", limit.location());
                }
            }
        }
        if (with == null && orderBy.isEmpty() && limit == null && offset == null && locking.isEmpty()
                && body instanceof SelectStmt inner) {
            return inner;
        }
        if (body instanceof SelectStmt inner) {
            // PostgreSQL merges the outer clauses into the parenthesized query (insertSelectOptions).
            if (!orderBy.isEmpty() && !inner.orderBy().isEmpty()) {
                throw SyntaxErrors.plain(in.sql, SqlState.SYNTAX_ERROR, "multiple ORDER BY clauses not allowed",
                        orderBy.get(0).expr().location());
            }
            if (offset != null && inner.offset() != null) {
                throw SyntaxErrors.plain(in.sql, SqlState.SYNTAX_ERROR, "multiple OFFSET clauses not allowed",
                        offset.location());
            }
            if (limit != null && inner.limit() != null) {
                throw SyntaxErrors.plain(in.sql, SqlState.SYNTAX_ERROR, "multiple LIMIT clauses not allowed",
                        limit.location());
            }
            if (with != null && inner.with() != null) {
                throw SyntaxErrors.plain(in.sql, SqlState.SYNTAX_ERROR, "multiple WITH clauses not allowed",
                        with.location());
            }
            List<LockingClause> allLocking = new ArrayList<>(inner.locking());
            allLocking.addAll(locking);
            return new SelectStmt(location, with != null ? with : inner.with(), inner.body(),
                    orderBy.isEmpty() ? inner.orderBy() : orderBy, limit != null ? limit : inner.limit(),
                    offset != null ? offset : inner.offset(), limit != null ? withTies : inner.withTies(),
                    allLocking);
        }
        return new SelectStmt(location, with, body, orderBy, limit, offset, withTies, locking);
    }

    /** select_fetch_first_value: c_expr | '+' I_or_F_const | '-' I_or_F_const. */
    private Expr fetchFirstValue() {
        Token t = peek();
        if (t.isChar('+') || t.isChar('-')) {
            next();
            Token number = peek();
            if (number.kind() != TokenKind.INTEGER && number.kind() != TokenKind.NUMERIC) {
                throw syntaxError();
            }
            next();
            Expr.LiteralKind kind = number.kind() == TokenKind.INTEGER ? Expr.LiteralKind.INTEGER
                    : Expr.LiteralKind.NUMERIC;
            if (t.isChar('-')) {
                return new Expr.Literal(t.start(), kind, "-" + number.value());
            }
            return new Expr.Operator(t.start(), List.of("+"), null, new Expr.Literal(number.start(), kind,
                    number.value()));
        }
        return g.expressions.primary().primary();
    }

    private void lockingClauses(List<LockingClause> locking) {
        if (isKeyword("for") && isKeyword(1, "read")) {
            next();
            next();
            expectKeyword("only");
            return;
        }
        while (isKeyword("for")) {
            next();
            LockingClause.Strength strength;
            if (acceptKeyword("update")) {
                strength = LockingClause.Strength.UPDATE;
            } else if (acceptKeyword("no")) {
                expectKeyword("key");
                expectKeyword("update");
                strength = LockingClause.Strength.NO_KEY_UPDATE;
            } else if (acceptKeyword("share")) {
                strength = LockingClause.Strength.SHARE;
            } else {
                expectKeyword("key");
                expectKeyword("share");
                strength = LockingClause.Strength.KEY_SHARE;
            }
            List<RangeVar> of = new ArrayList<>();
            if (acceptKeyword("of")) {
                do {
                    of.add(qualifiedName());
                } while (acceptChar(','));
            }
            LockingClause.WaitPolicy wait = LockingClause.WaitPolicy.BLOCK;
            if (acceptKeyword("nowait")) {
                wait = LockingClause.WaitPolicy.NOWAIT;
            } else if (isKeyword("skip")) {
                next();
                expectKeyword("locked");
                wait = LockingClause.WaitPolicy.SKIP_LOCKED;
            }
            locking.add(new LockingClause(strength, of, wait));
        }
    }

    private SelectBody setOperation(int minLevel) {
        SelectBody left = selectClause();
        while (true) {
            Token t = peek();
            int level;
            if (t.isKeyword("union") || t.isKeyword("except")) {
                level = 1;
            } else if (t.isKeyword("intersect")) {
                level = 2;
            } else {
                return left;
            }
            if (level < minLevel) {
                return left;
            }
            next();
            boolean all = false;
            if (acceptKeyword("all")) {
                all = true;
            } else {
                acceptKeyword("distinct");
            }
            SelectBody right = setOperation(level + 1);
            SelectBody.SetOp op = SelectBody.SetOp.valueOf(t.value().toUpperCase(java.util.Locale.ROOT));
            left = new SelectBody.SetOperation(t.start(), op, all, left, right);
        }
    }

    private SelectBody selectClause() {
        if (isChar('(')) {
            return selectWithParens();
        }
        Token t = peek();
        if (t.isKeyword("select")) {
            return g.selectCore.simpleSelect();
        }
        if (t.isKeyword("values")) {
            return values();
        }
        if (t.isKeyword("table")) {
            next();
            RangeVar relation = g.from.relationExpr();
            ResTarget star = new ResTarget(t.start(), new Expr.ColumnRef(t.start(), List.of(), true), null);
            return new SelectBody.SelectCore(t.start(), SelectBody.Distinct.NONE, List.of(), List.of(star), null,
                    List.of(relation), null, false, List.of(), null, List.of());
        }
        throw syntaxError();
    }

    SelectBody.Values values() {
        Token start = expectKeyword("values");
        List<List<Expr>> rows = new ArrayList<>();
        do {
            expectChar('(');
            rows.add(g.expressions.exprList());
            expectChar(')');
        } while (acceptChar(','));
        return new SelectBody.Values(start.start(), rows);
    }

    /** sort_clause: ORDER BY sortby (',' sortby)*. */
    List<SortBy> sortClause() {
        expectKeyword("order");
        expectKeyword("by");
        List<SortBy> items = new ArrayList<>();
        do {
            items.add(sortBy());
        } while (acceptChar(','));
        return items;
    }

    private SortBy sortBy() {
        Expr expr = g.expressions.expr();
        SortBy.Direction direction = SortBy.Direction.DEFAULT;
        List<String> using = List.of();
        int location = expr.location();
        if (acceptKeyword("asc")) {
            direction = SortBy.Direction.ASC;
        } else if (acceptKeyword("desc")) {
            direction = SortBy.Direction.DESC;
        } else if (isKeyword("using")) {
            next();
            location = peek().start();
            direction = SortBy.Direction.USING;
            using = g.expressions.qualifiedOperator();
        }
        SortBy.Nulls nulls = SortBy.Nulls.DEFAULT;
        if (isKeyword("nulls") && (isKeyword(1, "first") || isKeyword(1, "last"))) {
            next();
            nulls = next().isKeyword("first") ? SortBy.Nulls.FIRST : SortBy.Nulls.LAST;
        }
        return new SortBy(location, expr, direction, using, nulls);
    }

    /** with_clause: WITH [RECURSIVE] cte (',' cte)*. */
    WithClause withClause() {
        Token start = expectKeyword("with");
        boolean recursive = acceptKeyword("recursive");
        List<WithClause.CommonTableExpr> ctes = new ArrayList<>();
        do {
            Token name = peek();
            String cteName = colId();
            List<String> columns = isChar('(') ? parenthesizedColIds() : List.of();
            expectKeyword("as");
            WithClause.Materialized materialized = WithClause.Materialized.DEFAULT;
            if (acceptKeyword("materialized")) {
                materialized = WithClause.Materialized.ALWAYS;
            } else if (acceptKeyword("not")) {
                expectKeyword("materialized");
                materialized = WithClause.Materialized.NEVER;
            }
            Token open = expectChar('(');
            Stmt query = preparableStatement(open);
            expectChar(')');
            WithClause.SearchClause search = null;
            if (acceptKeyword("search")) {
                boolean breadth = acceptKeyword("breadth");
                if (!breadth) {
                    expectKeyword("depth");
                }
                expectKeyword("first");
                expectKeyword("by");
                List<String> by = columnList();
                expectKeyword("set");
                search = new WithClause.SearchClause(breadth, by, colId());
            }
            WithClause.CycleClause cycle = null;
            if (acceptKeyword("cycle")) {
                List<String> cycleColumns = columnList();
                expectKeyword("set");
                String mark = colId();
                Expr markValue = null;
                Expr markDefault = null;
                if (acceptKeyword("to")) {
                    markValue = constant();
                    expectKeyword("default");
                    markDefault = constant();
                }
                expectKeyword("using");
                cycle = new WithClause.CycleClause(cycleColumns, mark, markValue, markDefault, colId());
            }
            ctes.add(new WithClause.CommonTableExpr(name.start(), cteName, columns, materialized, query, search,
                    cycle));
        } while (acceptChar(','));
        return new WithClause(start.start(), recursive, ctes);
    }

    /** columnList: ColId (',' ColId)* (no parentheses). */
    private List<String> columnList() {
        List<String> columns = new ArrayList<>();
        do {
            columns.add(colId());
        } while (acceptChar(','));
        return columns;
    }

    /** AexprConst: a literal, typed literal, TRUE, FALSE or NULL. */
    private Expr constant() {
        Token t = peek();
        Expr value = g.expressions.primary().primary();
        boolean constant = value instanceof Expr.Literal
                || value instanceof Expr.TypeCast cast && cast.syntax() == Expr.CastSyntax.TYPED_LITERAL;
        if (!constant) {
            throw in.syntaxError(t);
        }
        return value;
    }

    /** PreparableStmt: SELECT, INSERT, UPDATE or DELETE. */
    Stmt preparableStatement(Token open) {
        in.enter();
        try {
            Token t = peek();
            if (t.isKeyword("insert") || t.isKeyword("update") || t.isKeyword("delete")) {
                return g.dml.statement(null, t.start());
            }
            if (t.isKeyword("with")) {
                WithClause with = withClause();
                Token after = peek();
                if (after.isKeyword("insert") || after.isKeyword("update") || after.isKeyword("delete")) {
                    return g.dml.statement(with, t.start());
                }
                return select(with, t.start());
            }
            return select(null, t.start());
        } finally {
            in.exit();
        }
    }
}
