package io.opendsql.sql.parse;

import static io.opendsql.sql.parse.ExprPrinter.ident;

import io.opendsql.sql.parse.ast.DmlStmt;
import io.opendsql.sql.parse.ast.ObjectDdl;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.TableDdl;
import io.opendsql.sql.parse.ast.UtilityStmt;

import java.util.stream.Collectors;

/** Prints any statement back to SQL in canonical form (used by the data-driven parser tests). */
public final class StatementPrinter {
    private StatementPrinter() {
    }

    public static String print(Stmt stmt) {
        return switch (stmt) {
            case SelectStmt s -> QueryPrinter.select(s);
            case DmlStmt d -> QueryPrinter.dml(d);
            case UtilityStmt u -> UtilityPrinter.print(u);
            case TableDdl t -> TableDdlPrinter.print(t);
            case ObjectDdl o -> ObjectDdlPrinter.print(o);
        };
    }

    static String indexElem(TableDdl.IndexElem e) {
        StringBuilder out = new StringBuilder();
        if (e.name() != null) {
            out.append(ident(e.name()));
        } else if (e.expression() instanceof io.opendsql.sql.parse.ast.Expr.FuncCall) {
            out.append(ExprPrinter.print(e.expression()));
        } else {
            out.append('(').append(ExprPrinter.print(e.expression())).append(')');
        }
        if (!e.collation().isEmpty()) {
            out.append(" COLLATE ").append(ExprPrinter.qualified(e.collation()));
        }
        if (!e.opclass().isEmpty()) {
            out.append(' ').append(ExprPrinter.qualified(e.opclass()));
        }
        switch (e.ordering()) {
            case ASC -> out.append(" ASC");
            case DESC -> out.append(" DESC");
            case DEFAULT, USING -> {
            }
        }
        switch (e.nulls()) {
            case FIRST -> out.append(" NULLS FIRST");
            case LAST -> out.append(" NULLS LAST");
            case DEFAULT -> {
            }
        }
        return out.toString();
    }

    static String options(java.util.List<io.opendsql.sql.parse.ast.DefElem> options) {
        return options.stream().map(o -> o.value() == null ? o.name() : o.name() + " " + ExprPrinter.print(o.value()))
                .collect(Collectors.joining(", "));
    }
}
