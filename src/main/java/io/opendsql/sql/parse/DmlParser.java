package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.Alias;
import io.opendsql.sql.parse.ast.DmlStmt;
import io.opendsql.sql.parse.ast.DmlStmt.ColumnTarget;
import io.opendsql.sql.parse.ast.DmlStmt.SetClause;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.FromItem;
import io.opendsql.sql.parse.ast.IndirectionStep;
import io.opendsql.sql.parse.ast.RangeVar;
import io.opendsql.sql.parse.ast.ResTarget;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.TableDdl;
import io.opendsql.sql.parse.ast.WithClause;

import java.util.ArrayList;
import java.util.List;

/** InsertStmt, UpdateStmt and DeleteStmt. */
final class DmlParser extends GrammarArea {
    DmlParser(Grammar grammar) {
        super(grammar);
    }

    DmlStmt statement(WithClause with, int location) {
        Token t = peek();
        if (t.isKeyword("insert")) {
            return insert(with, location);
        }
        if (t.isKeyword("update")) {
            return update(with, location);
        }
        if (t.isKeyword("delete")) {
            return delete(with, location);
        }
        throw syntaxError();
    }

    private DmlStmt.InsertStmt insert(WithClause with, int location) {
        expectKeyword("insert");
        expectKeyword("into");
        RangeVar relation = qualifiedName();
        if (acceptKeyword("as")) {
            relation = relation.withAlias(new Alias(colId(), List.of()));
        }
        List<ColumnTarget> columns = List.of();
        DmlStmt.Overriding overriding = DmlStmt.Overriding.NONE;
        SelectStmt query = null;
        if (isKeyword("default")) {
            next();
            expectKeyword("values");
        } else {
            if (isChar('(') && !g.expressions.primary().parenIsSelect(0)) {
                next();
                columns = new ArrayList<>();
                do {
                    columns.add(columnTarget());
                } while (acceptChar(','));
                expectChar(')');
            }
            if (acceptKeyword("overriding")) {
                if (acceptKeyword("user")) {
                    overriding = DmlStmt.Overriding.USER_VALUE;
                } else {
                    expectKeyword("system");
                    overriding = DmlStmt.Overriding.SYSTEM_VALUE;
                }
                expectKeyword("value");
            }
            query = g.queries.select(null, peek().start());
        }
        DmlStmt.OnConflict onConflict = null;
        if (isKeyword("on")) {
            onConflict = onConflict();
        }
        List<ResTarget> returning = returning();
        return new DmlStmt.InsertStmt(location, with, relation, columns, overriding, query, onConflict, returning);
    }

    private DmlStmt.OnConflict onConflict() {
        Token start = expectKeyword("on");
        expectKeyword("conflict");
        List<TableDdl.IndexElem> elements = List.of();
        Expr inferWhere = null;
        String constraint = null;
        if (isChar('(')) {
            next();
            elements = new ArrayList<>();
            do {
                elements.add(g.ddl.indexElement());
            } while (acceptChar(','));
            expectChar(')');
            if (acceptKeyword("where")) {
                inferWhere = g.expressions.expr();
            }
        } else if (isKeyword("on")) {
            next();
            expectKeyword("constraint");
            constraint = colId();
        }
        expectKeyword("do");
        if (acceptKeyword("nothing")) {
            return new DmlStmt.OnConflict(start.start(), elements, inferWhere, constraint,
                    DmlStmt.ConflictAction.NOTHING, List.of(), null);
        }
        expectKeyword("update");
        expectKeyword("set");
        List<SetClause> set = setClauseList();
        Expr where = null;
        if (acceptKeyword("where")) {
            where = g.expressions.expr();
        }
        return new DmlStmt.OnConflict(start.start(), elements, inferWhere, constraint, DmlStmt.ConflictAction.UPDATE,
                set, where);
    }

    private ColumnTarget columnTarget() {
        Token t = peek();
        String name = colId();
        List<IndirectionStep> steps = new ArrayList<>();
        while (true) {
            if (acceptChar('.')) {
                if (acceptChar('*')) {
                    steps.add(new IndirectionStep.Star());
                } else {
                    steps.add(new IndirectionStep.Field(colLabel()));
                }
            } else if (isChar('[')) {
                next();
                Expr lower = null;
                Expr upper = null;
                boolean slice = false;
                if (!isChar(':')) {
                    lower = g.expressions.expr();
                }
                if (acceptChar(':')) {
                    slice = true;
                    if (!isChar(']')) {
                        upper = g.expressions.expr();
                    }
                }
                expectChar(']');
                steps.add(new IndirectionStep.Subscript(lower, upper, slice));
            } else {
                break;
            }
        }
        return new ColumnTarget(t.start(), name, steps);
    }

    List<SetClause> setClauseList() {
        List<SetClause> clauses = new ArrayList<>();
        do {
            if (isChar('(')) {
                next();
                List<ColumnTarget> targets = new ArrayList<>();
                do {
                    targets.add(columnTarget());
                } while (acceptChar(','));
                expectChar(')');
                expectChar('=');
                Expr value = g.expressions.expr();
                clauses.add(new SetClause(targets, value, true));
            } else {
                ColumnTarget target = columnTarget();
                expectChar('=');
                clauses.add(new SetClause(List.of(target), g.expressions.expr(), false));
            }
        } while (acceptChar(','));
        return clauses;
    }

    /** relation_expr_opt_alias: an alias without AS may not be SET (nor USING, WHERE, ...). */
    private RangeVar relationWithAlias() {
        RangeVar relation = g.from.relationExpr();
        if (acceptKeyword("as")) {
            return relation.withAlias(new Alias(colId(), List.of()));
        }
        if (isColId(peek()) && !isKeyword("set")) {
            return relation.withAlias(new Alias(next().value(), List.of()));
        }
        return relation;
    }

    private DmlStmt.UpdateStmt update(WithClause with, int location) {
        expectKeyword("update");
        RangeVar relation = relationWithAlias();
        expectKeyword("set");
        List<SetClause> set = setClauseList();
        List<FromItem> from = List.of();
        if (acceptKeyword("from")) {
            from = g.from.fromList();
        }
        WhereOrCurrent condition = whereOrCurrent();
        return new DmlStmt.UpdateStmt(location, with, relation, set, from, condition.where(), condition.cursor(),
                returning());
    }

    private DmlStmt.DeleteStmt delete(WithClause with, int location) {
        expectKeyword("delete");
        expectKeyword("from");
        RangeVar relation = relationWithAlias();
        List<FromItem> using = List.of();
        if (acceptKeyword("using")) {
            using = g.from.fromList();
        }
        WhereOrCurrent condition = whereOrCurrent();
        return new DmlStmt.DeleteStmt(location, with, relation, using, condition.where(), condition.cursor(),
                returning());
    }

    /** gram.y's where_or_current_clause: either a condition or a cursor name; both null when absent. */
    private record WhereOrCurrent(Expr where, String cursor) {
    }

    /** [WHERE condition | WHERE CURRENT OF cursor], shared by UPDATE and DELETE. */
    private WhereOrCurrent whereOrCurrent() {
        if (!acceptKeyword("where")) {
            return new WhereOrCurrent(null, null);
        }
        if (isKeyword("current") && isKeyword(1, "of")) {
            next();
            next();
            return new WhereOrCurrent(null, colId());
        }
        return new WhereOrCurrent(g.expressions.expr(), null);
    }

    private List<ResTarget> returning() {
        if (!acceptKeyword("returning")) {
            return List.of();
        }
        return g.selectCore.targetList();
    }
}
