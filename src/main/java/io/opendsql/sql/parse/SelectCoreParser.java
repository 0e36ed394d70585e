package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.FromItem;
import io.opendsql.sql.parse.ast.RangeVar;
import io.opendsql.sql.parse.ast.ResTarget;
import io.opendsql.sql.parse.ast.SelectBody;
import io.opendsql.sql.parse.ast.WindowDef;

import java.util.ArrayList;
import java.util.List;

/** simple_select's SELECT form: target list, INTO, FROM, WHERE, GROUP BY, HAVING, WINDOW. */
final class SelectCoreParser extends GrammarArea {
    SelectCoreParser(Grammar grammar) {
        super(grammar);
    }

    SelectBody.SelectCore simpleSelect() {
        in.enter();
        try {
            Token start = expectKeyword("select");
            SelectBody.Distinct distinct = SelectBody.Distinct.NONE;
            List<Expr> distinctOn = List.of();
            List<ResTarget> targets;
            if (isKeyword("distinct")) {
                next();
                distinct = SelectBody.Distinct.DISTINCT;
                if (acceptKeyword("on")) {
                    expectChar('(');
                    distinctOn = g.expressions.exprList();
                    expectChar(')');
                }
                targets = targetList();
            } else {
                if (acceptKeyword("all")) {
                    distinct = SelectBody.Distinct.ALL;
                }
                targets = startsTarget() ? targetList() : List.of();
            }
            RangeVar into = null;
            if (isKeyword("into")) {
                next();
                if (!acceptKeyword("temporary") && !acceptKeyword("temp")) {
                    if (!acceptKeyword("unlogged")) {
                        if (isKeyword("local") || isKeyword("global")) {
                            next();
                            if (!acceptKeyword("temporary")) {
                                expectKeyword("temp");
                            }
                        }
                    }
                }
                acceptKeyword("table");
                into = qualifiedName();
            }
            List<FromItem> from = List.of();
            if (acceptKeyword("from")) {
                from = g.from.fromList();
            }
            Expr where = null;
            if (acceptKeyword("where")) {
                where = g.expressions.expr();
            }
            boolean groupDistinct = false;
            List<Expr> groupBy = List.of();
            if (isKeyword("group")) {
                next();
                expectKeyword("by");
                if (acceptKeyword("distinct")) {
                    groupDistinct = true;
                } else {
                    acceptKeyword("all");
                }
                groupBy = groupByList();
            }
            Expr having = null;
            if (acceptKeyword("having")) {
                having = g.expressions.expr();
            }
            List<WindowDef> windows = new ArrayList<>();
            if (acceptKeyword("window")) {
                do {
                    String name = colId();
                    expectKeyword("as");
                    windows.add(g.functions.windowSpecification(name));
                } while (acceptChar(','));
            }
            return new SelectBody.SelectCore(start.start(), distinct, distinctOn, targets, into, from, where,
                    groupDistinct, groupBy, having, windows);
        } finally {
            in.exit();
        }
    }

    /** True when the current token can begin a target (a_expr or '*'). */
    private boolean startsTarget() {
        return isChar('*') || ExpressionParser.startsExpr(peek());
    }

    /** target_list: target_el (',' target_el)*. */
    List<ResTarget> targetList() {
        List<ResTarget> targets = new ArrayList<>();
        do {
            targets.add(target());
        } while (acceptChar(','));
        return targets;
    }

    ResTarget target() {
        Token t = peek();
        if (t.isChar('*')) {
            next();
            return new ResTarget(t.start(), new Expr.ColumnRef(t.start(), List.of(), true), null);
        }
        Expr value = g.expressions.targetExpr();
        String name = null;
        if (acceptKeyword("as")) {
            name = colLabel();
        } else if (isBareColLabel(peek())) {
            name = next().value();
        }
        return new ResTarget(t.start(), value, name);
    }

    private List<Expr> groupByList() {
        List<Expr> items = new ArrayList<>();
        do {
            items.add(groupByItem());
        } while (acceptChar(','));
        return items;
    }

    private Expr groupByItem() {
        Token t = peek();
        if (t.isChar('(') && isChar(1, ')')) {
            next();
            next();
            return new Expr.GroupingSet(t.start(), Expr.GroupingSetKind.EMPTY, List.of());
        }
        if ((t.isKeyword("cube") || t.isKeyword("rollup")) && isChar(1, '(')) {
            next();
            next();
            List<Expr> content = g.expressions.exprList();
            expectChar(')');
            return new Expr.GroupingSet(t.start(), t.isKeyword("cube") ? Expr.GroupingSetKind.CUBE
                    : Expr.GroupingSetKind.ROLLUP, content);
        }
        if (t.isKeyword("grouping") && isKeyword(1, "sets")) {
            next();
            next();
            expectChar('(');
            List<Expr> content = groupByList();
            expectChar(')');
            return new Expr.GroupingSet(t.start(), Expr.GroupingSetKind.SETS, content);
        }
        return g.expressions.expr();
    }
}
