package io.opendsql.sql.parse;

import static java.util.Objects.requireNonNull;

import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.UtilityStmt;

/**
 * One statement of a query string: its tree, its own text (without the separating semicolon),
 * and where that text starts in the query string (0-based). Error positions inside the tree
 * are offsets into the whole query string, as PostgreSQL reports them.
 */
public record Statement(Stmt node, String text, int location) {
    public Statement {
        requireNonNull(node, "node");
        requireNonNull(text, "text");
    }

    /** BEGIN, START TRANSACTION, COMMIT/END and ROLLBACK/ABORT (not savepoints or two-phase commands). */
    public boolean isTransactionControl() {
        return node instanceof UtilityStmt.TransactionStmt t && switch (t.kind()) {
            case BEGIN, START, COMMIT, ROLLBACK -> true;
            case SAVEPOINT, RELEASE, ROLLBACK_TO, PREPARE, COMMIT_PREPARED, ROLLBACK_PREPARED -> false;
        };
    }

    /** PostgreSQL's command name for the CommandComplete tag (without a row count). */
    public String commandName() {
        return CommandNames.of(node);
    }
}
