package io.opendsql.sql.parse.ast;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** INSERT, UPDATE and DELETE. */
public sealed interface DmlStmt extends Stmt {

    /** A target column with optional field/subscript indirection ({@code SET a[1] = ...}). */
    record ColumnTarget(int location, String name, List<IndirectionStep> indirection) {
        public ColumnTarget {
            indirection = List.copyOf(indirection);
        }
    }

    /**
     * One SET item: {@code col = expr}, or {@code (a, b) = (row | subquery)} when {@code multi}.
     */
    record SetClause(List<ColumnTarget> targets, Expr value, boolean multi) {
        public SetClause {
            targets = List.copyOf(targets);
        }
    }

    enum Overriding { NONE, SYSTEM_VALUE, USER_VALUE }

    enum ConflictAction { NOTHING, UPDATE }

    /**
     * {@code ON CONFLICT [(index elements) [WHERE p] | ON CONSTRAINT c] DO NOTHING | DO UPDATE SET ... [WHERE]}.
     */
    record OnConflict(int location, List<TableDdl.IndexElem> inferElements, Expr inferWhere, String constraint,
                      ConflictAction action, List<SetClause> set, Expr where) {
        public OnConflict {
            inferElements = List.copyOf(inferElements);
            set = List.copyOf(set);
        }
    }

    /** {@code query} is null for DEFAULT VALUES. */
    record InsertStmt(int location, WithClause with, RangeVar relation, List<ColumnTarget> columns,
                      Overriding overriding, SelectStmt query, OnConflict onConflict, List<ResTarget> returning)
            implements DmlStmt {
        public InsertStmt {
            requireNonNull(relation, "relation");
            columns = List.copyOf(columns);
            returning = List.copyOf(returning);
        }
    }

    /** {@code cursorName} is set for WHERE CURRENT OF. */
    record UpdateStmt(int location, WithClause with, RangeVar relation, List<SetClause> set, List<FromItem> from,
                      Expr where, String cursorName, List<ResTarget> returning) implements DmlStmt {
        public UpdateStmt {
            requireNonNull(relation, "relation");
            set = List.copyOf(set);
            from = List.copyOf(from);
            returning = List.copyOf(returning);
        }
    }

    record DeleteStmt(int location, WithClause with, RangeVar relation, List<FromItem> using, Expr where,
                      String cursorName, List<ResTarget> returning) implements DmlStmt {
        public DeleteStmt {
            requireNonNull(relation, "relation");
            using = List.copyOf(using);
            returning = List.copyOf(returning);
        }
    }
}
