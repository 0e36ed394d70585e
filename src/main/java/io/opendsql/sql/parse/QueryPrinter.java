package io.opendsql.sql.parse;

import static io.opendsql.sql.parse.ExprPrinter.ident;
import static io.opendsql.sql.parse.ExprPrinter.list;
import static io.opendsql.sql.parse.ExprPrinter.print;

import io.opendsql.sql.parse.ast.Alias;
import io.opendsql.sql.parse.ast.ColumnDef;
import io.opendsql.sql.parse.ast.DmlStmt;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.FromItem;
import io.opendsql.sql.parse.ast.LockingClause;
import io.opendsql.sql.parse.ast.RangeVar;
import io.opendsql.sql.parse.ast.ResTarget;
import io.opendsql.sql.parse.ast.SelectBody;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.WithClause;

import java.util.List;
import java.util.stream.Collectors;

/** Prints queries and INSERT/UPDATE/DELETE in canonical form. */
public final class QueryPrinter {
    private QueryPrinter() {
    }

    public static String select(SelectStmt s) {
        StringBuilder out = new StringBuilder();
        if (s.with() != null) {
            out.append(with(s.with())).append(' ');
        }
        out.append(body(s.body()));
        if (!s.orderBy().isEmpty()) {
            out.append(" ORDER BY ").append(ExprPrinter.sortList(s.orderBy()));
        }
        if (s.offset() != null) {
            out.append(" OFFSET ").append(print(s.offset()));
        }
        if (s.limit() != null) {
            if (s.withTies()) {
                out.append(" FETCH FIRST ").append(print(s.limit())).append(" ROWS WITH TIES");
            } else if (s.limit() instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.NULL) {
                out.append(" LIMIT ALL");
            } else {
                out.append(" LIMIT ").append(print(s.limit()));
            }
        }
        for (LockingClause lock : s.locking()) {
            out.append(" FOR ").append(lock.strength().name().replace('_', ' '));
            if (!lock.of().isEmpty()) {
                out.append(" OF ").append(lock.of().stream().map(QueryPrinter::relation)
                        .collect(Collectors.joining(", ")));
            }
            switch (lock.waitPolicy()) {
                case NOWAIT -> out.append(" NOWAIT");
                case SKIP_LOCKED -> out.append(" SKIP LOCKED");
                case BLOCK -> {
                }
            }
        }
        return out.toString();
    }

    static String with(WithClause w) {
        StringBuilder out = new StringBuilder("WITH ");
        if (w.recursive()) {
            out.append("RECURSIVE ");
        }
        out.append(w.ctes().stream().map(cte -> {
            StringBuilder c = new StringBuilder(ident(cte.name()));
            if (!cte.columns().isEmpty()) {
                c.append('(').append(names(cte.columns())).append(')');
            }
            c.append(" AS ");
            switch (cte.materialized()) {
                case ALWAYS -> c.append("MATERIALIZED ");
                case NEVER -> c.append("NOT MATERIALIZED ");
                case DEFAULT -> {
                }
            }
            c.append('(').append(statement(cte.query())).append(')');
            if (cte.search() != null) {
                c.append(" SEARCH ").append(cte.search().breadthFirst() ? "BREADTH" : "DEPTH").append(" FIRST BY ")
                        .append(names(cte.search().columns())).append(" SET ").append(ident(cte.search().sequenceColumn()));
            }
            if (cte.cycle() != null) {
                c.append(" CYCLE ").append(names(cte.cycle().columns())).append(" SET ")
                        .append(ident(cte.cycle().markColumn()));
                if (cte.cycle().markValue() != null) {
                    c.append(" TO ").append(print(cte.cycle().markValue())).append(" DEFAULT ")
                            .append(print(cte.cycle().markDefault()));
                }
                c.append(" USING ").append(ident(cte.cycle().pathColumn()));
            }
            return c.toString();
        }).collect(Collectors.joining(", ")));
        return out.toString();
    }

    /** SELECT, INSERT, UPDATE or DELETE; other statements go to {@link StatementPrinter}. */
    static String statement(Stmt stmt) {
        return StatementPrinter.print(stmt);
    }

    static String names(List<String> names) {
        return names.stream().map(ExprPrinter::ident).collect(Collectors.joining(", "));
    }

    static String body(SelectBody body) {
        return switch (body) {
            case SelectStmt nested -> "(" + select(nested) + ")";
            case SelectBody.Values v -> "VALUES " + v.rows().stream().map(row -> "(" + list(row) + ")")
                    .collect(Collectors.joining(", "));
            case SelectBody.SetOperation op -> operand(op.left()) + " " + op.op() + (op.all() ? " ALL " : " ")
                    + operand(op.right());
            case SelectBody.SelectCore core -> core(core);
        };
    }

    private static String operand(SelectBody body) {
        if (body instanceof SelectBody.SetOperation) {
            return "(" + body(body) + ")";
        }
        return body(body);
    }

    private static String core(SelectBody.SelectCore c) {
        StringBuilder out = new StringBuilder("SELECT");
        switch (c.distinct()) {
            case ALL -> out.append(" ALL");
            case DISTINCT -> {
                out.append(" DISTINCT");
                if (!c.distinctOn().isEmpty()) {
                    out.append(" ON (").append(list(c.distinctOn())).append(')');
                }
            }
            case NONE -> {
            }
        }
        if (!c.targets().isEmpty()) {
            out.append(' ').append(targets(c.targets()));
        }
        if (c.into() != null) {
            out.append(" INTO ").append(relation(c.into()));
        }
        if (!c.from().isEmpty()) {
            out.append(" FROM ").append(c.from().stream().map(QueryPrinter::from).collect(Collectors.joining(", ")));
        }
        if (c.where() != null) {
            out.append(" WHERE ").append(print(c.where()));
        }
        if (!c.groupBy().isEmpty()) {
            out.append(" GROUP BY ").append(c.groupByDistinct() ? "DISTINCT " : "").append(list(c.groupBy()));
        }
        if (c.having() != null) {
            out.append(" HAVING ").append(print(c.having()));
        }
        if (!c.windows().isEmpty()) {
            out.append(" WINDOW ").append(c.windows().stream()
                    .map(w -> ident(w.name()) + " AS " + ExprPrinter.window(w)).collect(Collectors.joining(", ")));
        }
        return out.toString();
    }

    static String targets(List<ResTarget> targets) {
        return targets.stream().map(t -> print(t.value()) + (t.name() == null ? "" : " AS " + ident(t.name())))
                .collect(Collectors.joining(", "));
    }

    public static String relation(RangeVar r) {
        StringBuilder out = new StringBuilder();
        if (!r.inherit()) {
            out.append("ONLY ");
        }
        if (r.catalog() != null) {
            out.append(ident(r.catalog())).append('.');
        }
        if (r.schema() != null) {
            out.append(ident(r.schema())).append('.');
        }
        out.append(ident(r.name()));
        out.append(alias(r.alias()));
        return out.toString();
    }

    static String alias(Alias alias) {
        if (alias == null) {
            return "";
        }
        String text = " AS " + ident(alias.name());
        if (!alias.columns().isEmpty()) {
            text += "(" + names(alias.columns()) + ")";
        }
        return text;
    }

    static String from(FromItem item) {
        return switch (item) {
            case RangeVar r -> relation(r);
            case FromItem.Subselect s -> (s.lateral() ? "LATERAL " : "") + "(" + select(s.query()) + ")"
                    + alias(s.alias());
            case FromItem.Function f -> function(f);
            case FromItem.Join j -> join(j);
            case FromItem.TableSample t -> relation(t.relation()) + " TABLESAMPLE "
                    + ExprPrinter.qualified(t.method()) + "(" + list(t.arguments()) + ")"
                    + (t.repeatable() == null ? "" : " REPEATABLE (" + print(t.repeatable()) + ")");
        };
    }

    private static String function(FromItem.Function f) {
        StringBuilder out = new StringBuilder(f.lateral() ? "LATERAL " : "");
        if (f.rowsFrom()) {
            out.append("ROWS FROM (").append(list(f.calls())).append(')');
        } else {
            out.append(print(f.calls().get(0)));
        }
        if (f.ordinality()) {
            out.append(" WITH ORDINALITY");
        }
        out.append(alias(f.alias()));
        if (!f.columnDefinitions().isEmpty()) {
            out.append(f.alias() == null ? " AS (" : " (");
            out.append(f.columnDefinitions().stream().map(QueryPrinter::columnDefinition)
                    .collect(Collectors.joining(", "))).append(')');
        }
        return out.toString();
    }

    static String columnDefinition(ColumnDef c) {
        return ident(c.name()) + " " + ExprPrinter.type(c.type());
    }

    private static String join(FromItem.Join j) {
        StringBuilder out = new StringBuilder("(");
        out.append(from(j.left())).append(' ');
        if (j.natural()) {
            out.append("NATURAL ");
        }
        out.append(j.type() == FromItem.JoinType.CROSS ? "CROSS" : j.type().name()).append(" JOIN ");
        out.append(from(j.right()));
        if (j.condition() != null) {
            out.append(" ON ").append(print(j.condition()));
        }
        if (j.using() != null) {
            out.append(" USING (").append(names(j.using())).append(')');
            if (j.usingAlias() != null) {
                out.append(" AS ").append(ident(j.usingAlias()));
            }
        }
        out.append(')');
        out.append(alias(j.alias()));
        return out.toString();
    }

    static String dml(DmlStmt stmt) {
        return switch (stmt) {
            case DmlStmt.InsertStmt i -> insert(i);
            case DmlStmt.UpdateStmt u -> update(u);
            case DmlStmt.DeleteStmt d -> delete(d);
        };
    }

    private static String prefix(WithClause with) {
        return with == null ? "" : with(with) + " ";
    }

    private static String insert(DmlStmt.InsertStmt i) {
        StringBuilder out = new StringBuilder(prefix(i.with())).append("INSERT INTO ").append(relation(i.relation()));
        if (!i.columns().isEmpty()) {
            out.append(" (").append(i.columns().stream().map(QueryPrinter::target).collect(Collectors.joining(", ")))
                    .append(')');
        }
        switch (i.overriding()) {
            case SYSTEM_VALUE -> out.append(" OVERRIDING SYSTEM VALUE");
            case USER_VALUE -> out.append(" OVERRIDING USER VALUE");
            case NONE -> {
            }
        }
        out.append(i.query() == null ? " DEFAULT VALUES" : " " + select(i.query()));
        if (i.onConflict() != null) {
            DmlStmt.OnConflict c = i.onConflict();
            out.append(" ON CONFLICT");
            if (!c.inferElements().isEmpty()) {
                out.append(" (").append(c.inferElements().stream().map(StatementPrinter::indexElem)
                        .collect(Collectors.joining(", "))).append(')');
                if (c.inferWhere() != null) {
                    out.append(" WHERE ").append(print(c.inferWhere()));
                }
            }
            if (c.constraint() != null) {
                out.append(" ON CONSTRAINT ").append(ident(c.constraint()));
            }
            if (c.action() == DmlStmt.ConflictAction.NOTHING) {
                out.append(" DO NOTHING");
            } else {
                out.append(" DO UPDATE SET ").append(setClauses(c.set()));
                if (c.where() != null) {
                    out.append(" WHERE ").append(print(c.where()));
                }
            }
        }
        return out.append(returning(i.returning())).toString();
    }

    private static String target(DmlStmt.ColumnTarget t) {
        return ident(t.name()) + ExprPrinter.steps(t.indirection());
    }

    private static String setClauses(List<DmlStmt.SetClause> set) {
        return set.stream().map(s -> s.multi()
                ? "(" + s.targets().stream().map(QueryPrinter::target).collect(Collectors.joining(", ")) + ") = "
                + print(s.value())
                : target(s.targets().get(0)) + " = " + print(s.value())).collect(Collectors.joining(", "));
    }

    private static String returning(List<ResTarget> returning) {
        return returning.isEmpty() ? "" : " RETURNING " + targets(returning);
    }

    private static String where(Expr where, String cursor) {
        if (cursor != null) {
            return " WHERE CURRENT OF " + ident(cursor);
        }
        return where == null ? "" : " WHERE " + print(where);
    }

    private static String update(DmlStmt.UpdateStmt u) {
        StringBuilder out = new StringBuilder(prefix(u.with())).append("UPDATE ").append(relation(u.relation()))
                .append(" SET ").append(setClauses(u.set()));
        if (!u.from().isEmpty()) {
            out.append(" FROM ").append(u.from().stream().map(QueryPrinter::from).collect(Collectors.joining(", ")));
        }
        return out.append(where(u.where(), u.cursorName())).append(returning(u.returning())).toString();
    }

    private static String delete(DmlStmt.DeleteStmt d) {
        StringBuilder out = new StringBuilder(prefix(d.with())).append("DELETE FROM ").append(relation(d.relation()));
        if (!d.using().isEmpty()) {
            out.append(" USING ").append(d.using().stream().map(QueryPrinter::from).collect(Collectors.joining(", ")));
        }
        return out.append(where(d.where(), d.cursorName())).append(returning(d.returning())).toString();
    }
}
