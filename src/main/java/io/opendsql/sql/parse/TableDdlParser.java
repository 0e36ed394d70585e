package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.SortBy;
import io.opendsql.sql.parse.ast.TableDdl;

import java.util.ArrayList;
import java.util.List;

final class TableDdlParser extends GrammarArea {
    TableDdlParser(Grammar grammar) {
        super(grammar);
    }

    /** index_elem: ColId | func_expr_windowless | '(' a_expr ')', then COLLATE, opclass, ASC/DESC, NULLS. */
    TableDdl.IndexElem indexElement() {
        Token t = peek();
        String name = null;
        Expr expression = null;
        if (isChar('(')) {
            next();
            expression = g.expressions.expr();
            expectChar(')');
        } else if (isColId(t) && !isChar(1, '(') && !isChar(1, '.')) {
            name = next().value();
        } else {
            expression = g.expressions.primary().primary();
            if (!(expression instanceof Expr.FuncCall) && !(expression instanceof Expr.Coalesce)
                    && !(expression instanceof Expr.MinMax) && !(expression instanceof Expr.NullIf)
                    && !(expression instanceof Expr.SqlValueFunction) && !(expression instanceof Expr.TypeCast
                    && ((Expr.TypeCast) expression).syntax() == Expr.CastSyntax.CAST)) {
                throw in.syntaxError(t);
            }
        }
        List<String> collation = List.of();
        if (acceptKeyword("collate")) {
            collation = anyName();
        }
        List<String> opclass = List.of();
        if (isColId(peek()) && !isKeyword("nulls")) {
            opclass = anyName();
            if (isChar('(')) {
                // opclass parameters: skip a reloptions list
                g.ddl.reloptions();
            }
        } else if (isKeyword("nulls") && !(isKeyword(1, "first") || isKeyword(1, "last"))) {
            opclass = anyName();
        }
        SortBy.Direction direction = SortBy.Direction.DEFAULT;
        if (acceptKeyword("asc")) {
            direction = SortBy.Direction.ASC;
        } else if (acceptKeyword("desc")) {
            direction = SortBy.Direction.DESC;
        }
        SortBy.Nulls nulls = SortBy.Nulls.DEFAULT;
        if (isKeyword("nulls") && (isKeyword(1, "first") || isKeyword(1, "last"))) {
            next();
            nulls = next().isKeyword("first") ? SortBy.Nulls.FIRST : SortBy.Nulls.LAST;
        }
        return new TableDdl.IndexElem(t.start(), name, expression, collation, opclass, direction, nulls);
    }

    List<io.opendsql.sql.parse.ast.DefElem> reloptions() {
        expectChar('(');
        List<io.opendsql.sql.parse.ast.DefElem> options = new ArrayList<>();
        do {
            StringBuilder name = new StringBuilder(colLabel());
            if (acceptChar('.')) {
                name.append('.').append(colLabel());
            }
            Expr value = null;
            if (acceptChar('=')) {
                value = defArg();
            }
            options.add(new io.opendsql.sql.parse.ast.DefElem(name.toString(), value));
        } while (acceptChar(','));
        expectChar(')');
        return options;
    }

    /** def_arg: func_type | reserved_keyword | qual_all_Op | NumericOnly | Sconst | NONE. */
    Expr defArg() {
        Token t = peek();
        if (t.kind() == TokenKind.STRING) {
            next();
            return literal(t, Expr.LiteralKind.STRING);
        }
        if (t.kind() == TokenKind.INTEGER || t.kind() == TokenKind.NUMERIC || t.isChar('-') || t.isChar('+')) {
            return g.utility.numericOnly();
        }
        if (t.kind() == TokenKind.KEYWORD || t.kind() == TokenKind.IDENT) {
            next();
            return new Expr.Literal(t.start(), Expr.LiteralKind.STRING, t.value());
        }
        throw syntaxError();
    }
}
