package io.opendsql.sql.parse;

import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.TypeName;

import java.util.ArrayList;
import java.util.List;

/**
 * The XML functions of func_expr_common_subexpr (XMLCONCAT, XMLELEMENT, XMLEXISTS, XMLFOREST,
 * XMLPARSE, XMLPI, XMLROOT, XMLSERIALIZE), parsed to the same shapes PostgreSQL accepts so that
 * errors match; the result is a call of the internal function of that name.
 */
final class XmlParser extends GrammarArea {
    XmlParser(Grammar grammar) {
        super(grammar);
    }

    private static Expr call(Token at, List<Expr> args) {
        return new Expr.FuncCall(at.start(), List.of("pg_catalog", at.value()), args, false, false, false, List.of(),
                false, null, null, Expr.FuncSyntax.SQL);
    }

    private static Expr word(Token at, String value) {
        return new Expr.Literal(at.start(), Expr.LiteralKind.STRING, value);
    }

    /** The cursor is at the function keyword, which is followed by '('. */
    Expr function(Token t) {
        next();
        expectChar('(');
        List<Expr> args = new ArrayList<>();
        switch (t.value()) {
            case "xmlconcat" -> args.addAll(g.expressions.exprList());
            case "xmlelement", "xmlpi" -> {
                expectKeyword("name");
                Token name = peek();
                args.add(word(name, colLabel()));
                if (acceptChar(',')) {
                    if (t.isKeyword("xmlpi")) {
                        args.add(g.expressions.expr());
                    } else {
                        if (isKeyword("xmlattributes")) {
                            next();
                            expectChar('(');
                            args.addAll(attributes());
                            expectChar(')');
                            if (acceptChar(',')) {
                                args.addAll(g.expressions.exprList());
                            }
                        } else {
                            args.addAll(g.expressions.exprList());
                        }
                    }
                }
            }
            case "xmlexists" -> {
                args.add(g.expressions.primary().primary());
                expectKeyword("passing");
                passingMechanism();
                args.add(g.expressions.primary().primary());
                passingMechanism();
            }
            case "xmlforest" -> args.addAll(attributes());
            case "xmlparse", "xmlserialize" -> {
                Token kind = peek();
                if (!acceptKeyword("document")) {
                    expectKeyword("content");
                }
                args.add(word(kind, kind.value()));
                args.add(g.expressions.expr());
                if (t.isKeyword("xmlserialize")) {
                    expectKeyword("as");
                    TypeName type = g.types.simpleTypename();
                    args.add(new Expr.TypeCast(kind.start(), word(kind, ""), type, Expr.CastSyntax.CAST));
                } else if (isKeyword("preserve") || isKeyword("strip")) {
                    next();
                    expectKeyword("whitespace");
                }
            }
            case "xmlroot" -> {
                args.add(g.expressions.expr());
                expectChar(',');
                expectKeyword("version");
                if (isKeyword("no")) {
                    next();
                    expectKeyword("value");
                } else {
                    args.add(g.expressions.expr());
                }
                if (acceptChar(',')) {
                    expectKeyword("standalone");
                    if (!acceptKeyword("yes")) {
                        expectKeyword("no");
                        acceptKeyword("value");
                    }
                }
            }
            default -> throw in.syntaxError(t);
        }
        expectChar(')');
        return call(t, args);
    }

    private void passingMechanism() {
        if (acceptKeyword("by")) {
            if (!acceptKeyword("ref")) {
                expectKeyword("value");
            }
        }
    }

    /** xml_attribute_list: a_expr [AS ColLabel], where an unnamed value must be a column reference. */
    private List<Expr> attributes() {
        List<Expr> values = new ArrayList<>();
        do {
            Expr value = g.expressions.expr();
            if (acceptKeyword("as")) {
                colLabel();
            } else if (!(value instanceof Expr.ColumnRef)) {
                throw error(SqlState.SYNTAX_ERROR, "unnamed XML element value must be a column reference",
                        value.location());
            }
            values.add(value);
        } while (acceptChar(','));
        return values;
    }
}
