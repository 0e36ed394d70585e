package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.Alias;
import io.opendsql.sql.parse.ast.ColumnDef;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.FromItem;
import io.opendsql.sql.parse.ast.RangeVar;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.TypeName;

import java.util.ArrayList;
import java.util.List;

/** from_list and table_ref: tables, subqueries, functions, and joins. */
final class FromParser extends GrammarArea {
    FromParser(Grammar grammar) {
        super(grammar);
    }

    List<FromItem> fromList() {
        List<FromItem> items = new ArrayList<>();
        do {
            items.add(tableRef());
        } while (acceptChar(','));
        return items;
    }

    FromItem tableRef() {
        in.enter();
        try {
            FromItem left = tablePrimary();
            while (startsJoin()) {
                left = join(left);
            }
            return left;
        } finally {
            in.exit();
        }
    }

    private boolean startsJoin() {
        Token t = peek();
        return t.isKeyword("join") || t.isKeyword("cross") || t.isKeyword("natural") || t.isKeyword("inner")
                || t.isKeyword("left") || t.isKeyword("right") || t.isKeyword("full");
    }

    private FromItem join(FromItem left) {
        Token start = peek();
        boolean natural = false;
        FromItem.JoinType type = FromItem.JoinType.INNER;
        if (acceptKeyword("cross")) {
            expectKeyword("join");
            FromItem right = tablePrimary();
            return new FromItem.Join(start.start(), FromItem.JoinType.CROSS, false, left, right, null, null, null,
                    null);
        }
        if (acceptKeyword("natural")) {
            natural = true;
        }
        if (acceptKeyword("inner")) {
            type = FromItem.JoinType.INNER;
        } else if (isKeyword("left") || isKeyword("right") || isKeyword("full")) {
            type = FromItem.JoinType.valueOf(next().value().toUpperCase(java.util.Locale.ROOT));
            acceptKeyword("outer");
        }
        expectKeyword("join");
        if (natural) {
            FromItem right = tablePrimary();
            return new FromItem.Join(start.start(), type, true, left, right, null, null, null, null);
        }
        FromItem right = tablePrimary();
        while (startsJoin()) {
            right = join(right);
        }
        if (acceptKeyword("on")) {
            Expr condition = g.expressions.expr();
            return new FromItem.Join(start.start(), type, false, left, right, condition, null, null, null);
        }
        if (acceptKeyword("using")) {
            List<String> columns = parenthesizedColIds();
            String usingAlias = null;
            if (acceptKeyword("as")) {
                usingAlias = colId();
            }
            return new FromItem.Join(start.start(), type, false, left, right, null, columns, usingAlias, null);
        }
        throw syntaxError();
    }

    private FromItem tablePrimary() {
        Token t = peek();
        if (t.isKeyword("lateral")) {
            next();
            if (isChar('(')) {
                SelectStmt query = g.queries.selectWithParens();
                return new FromItem.Subselect(t.start(), true, query, optionalAlias());
            }
            return functionTable(t.start(), true);
        }
        if (t.isChar('(')) {
            if (g.expressions.primary().parenIsSelect(0)) {
                SelectStmt query = g.queries.selectWithParens();
                return new FromItem.Subselect(t.start(), false, query, optionalAlias());
            }
            next();
            FromItem inner = tableRef();
            if (!(inner instanceof FromItem.Join join)) {
                throw syntaxError();
            }
            expectChar(')');
            Alias alias = optionalAlias();
            if (alias == null) {
                return join;
            }
            return new FromItem.Join(join.location(), join.type(), join.natural(), join.left(), join.right(),
                    join.condition(), join.using(), join.usingAlias(), alias);
        }
        if (t.isKeyword("rows") && isKeyword(1, "from")) {
            return functionTable(t.start(), false);
        }
        if (t.kind() == TokenKind.KEYWORD && isFunctionStart()) {
            return functionTable(t.start(), false);
        }
        if (t.isKeyword("only")) {
            next();
            boolean parens = acceptChar('(');
            RangeVar relation = qualifiedName();
            if (parens) {
                expectChar(')');
            }
            relation = new RangeVar(relation.location(), relation.catalog(), relation.schema(), relation.name(),
                    false, null);
            return relation.withAlias(optionalAlias());
        }
        // qualified_name: a relation, or a function when '(' follows.
        int mark = in.mark();
        Token first = peek();
        List<String> names = anyName();
        rejectSubscripts();
        if (isChar('(')) {
            in.reset(mark);
            return functionTable(t.start(), false);
        }
        RangeVar relation = rangeVar(first, names);
        if (acceptChar('*')) {
            relation = relation.withAlias(null);
        }
        if (isKeyword("tablesample")) {
            return tableSample(relation);
        }
        relation = relation.withAlias(optionalAlias());
        if (isKeyword("tablesample")) {
            return tableSample(relation);
        }
        return relation;
    }

    /** relation_expr opt_alias_clause TABLESAMPLE func_name '(' expr_list ')' [REPEATABLE '(' a_expr ')']. */
    private FromItem tableSample(RangeVar relation) {
        Token start = expectKeyword("tablesample");
        List<String> method = g.objects.functions().functionName();
        expectChar('(');
        List<Expr> arguments = g.expressions.exprList();
        expectChar(')');
        Expr repeatable = null;
        if (acceptKeyword("repeatable")) {
            expectChar('(');
            repeatable = g.expressions.expr();
            expectChar(')');
        }
        return new FromItem.TableSample(start.start(), relation, method, arguments, repeatable);
    }

    /** True at a keyword that starts func_expr_common_subexpr or a function named by a keyword. */
    private boolean isFunctionStart() {
        Token t = peek();
        Keywords.Category c = t.category();
        if (c == Keywords.Category.RESERVED) {
            return t.value().startsWith("current_") || t.value().equals("localtime")
                    || t.value().equals("localtimestamp") || t.value().equals("session_user")
                    || t.value().equals("user") || t.value().equals("cast") || t.value().equals("system_user");
        }
        if (c == Keywords.Category.COL_NAME) {
            return isChar(1, '(');
        }
        return c == Keywords.Category.TYPE_FUNC_NAME;
    }

    /** relation_expr: qualified_name ['*'] | ONLY qualified_name | ONLY '(' qualified_name ')'. */
    RangeVar relationExpr() {
        if (acceptKeyword("only")) {
            boolean parens = acceptChar('(');
            RangeVar relation = qualifiedName();
            if (parens) {
                expectChar(')');
            }
            return new RangeVar(relation.location(), relation.catalog(), relation.schema(), relation.name(), false,
                    null);
        }
        RangeVar relation = qualifiedName();
        acceptChar('*');
        return relation;
    }

    private FromItem functionTable(int location, boolean lateral) {
        List<Expr> calls = new ArrayList<>();
        boolean rowsFrom = false;
        if (isKeyword("rows") && isKeyword(1, "from")) {
            next();
            next();
            rowsFrom = true;
            expectChar('(');
            do {
                calls.add(functionExpression());
                if (acceptKeyword("as")) {
                    expectChar('(');
                    tableFunctionElements();
                }
            } while (acceptChar(','));
            expectChar(')');
        } else {
            calls.add(functionExpression());
        }
        boolean ordinality = false;
        if (isKeyword("with") && isKeyword(1, "ordinality")) {
            next();
            next();
            ordinality = true;
        }
        Alias alias = null;
        List<ColumnDef> columnDefs = List.of();
        if (acceptKeyword("as")) {
            if (isChar('(')) {
                next();
                columnDefs = tableFunctionElements();
            } else {
                String name = colId();
                List<String> columns = List.of();
                if (isChar('(')) {
                    if (looksLikeColumnDefinitions()) {
                        next();
                        columnDefs = tableFunctionElements();
                    } else {
                        columns = parenthesizedColIds();
                    }
                }
                alias = new Alias(name, columns);
            }
        } else if (isColId(peek())) {
            String name = next().value();
            List<String> columns = List.of();
            if (isChar('(')) {
                if (looksLikeColumnDefinitions()) {
                    next();
                    columnDefs = tableFunctionElements();
                } else {
                    columns = parenthesizedColIds();
                }
            }
            alias = new Alias(name, columns);
        }
        return new FromItem.Function(location, lateral, rowsFrom, calls, ordinality, alias, columnDefs);
    }

    /** '(' ColId Typename ... : a column definition list rather than a column alias list. */
    private boolean looksLikeColumnDefinitions() {
        Token second = peek(2);
        return !(second.isChar(',') || second.isChar(')'));
    }

    /** TableFuncElementList ')' — the '(' is already consumed. */
    private List<ColumnDef> tableFunctionElements() {
        List<ColumnDef> columns = new ArrayList<>();
        do {
            Token name = peek();
            String column = colId();
            TypeName type = g.types.typeName();
            List<String> collation = null;
            if (acceptKeyword("collate")) {
                collation = anyName();
            }
            columns.add(new ColumnDef(name.start(), column, type, null, collation, List.of()));
        } while (acceptChar(','));
        expectChar(')');
        return columns;
    }

    /** func_expr_windowless. */
    private Expr functionExpression() {
        Token t = peek();
        if (t.kind() == TokenKind.KEYWORD) {
            Expr special = g.functions.specialFunction(t);
            if (special != null) {
                return special;
            }
            if (t.category() == Keywords.Category.RESERVED) {
                next();
                throw syntaxError();
            }
        }
        if (!isTypeFunctionName(t) && !isColId(t)) {
            throw syntaxError();
        }
        List<String> names = new ArrayList<>();
        names.add(next().value());
        boolean qualified = false;
        while (isChar('.')) {
            next();
            names.add(colLabel());
            qualified = true;
        }
        if (!qualified && !isTypeFunctionName(t)) {
            throw syntaxError();
        }
        if (!isChar('(')) {
            throw syntaxError();
        }
        return g.functions.functionCall(t.start(), names, true);
    }

    /** opt_alias_clause: [AS] ColId ['(' name_list ')']. */
    Alias optionalAlias() {
        if (acceptKeyword("as")) {
            String name = colId();
            List<String> columns = isChar('(') ? parenthesizedColIds() : List.of();
            return new Alias(name, columns);
        }
        if (isColId(peek())) {
            String name = next().value();
            List<String> columns = isChar('(') ? parenthesizedColIds() : List.of();
            return new Alias(name, columns);
        }
        return null;
    }
}
