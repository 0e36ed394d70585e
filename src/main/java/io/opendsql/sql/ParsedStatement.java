package io.opendsql.sql;

/** A statement as parsed; engines attach their own tree by implementing this. */
public interface ParsedStatement {
    /** The statement's own text, without the separating semicolon. */
    String text();

    /** True for BEGIN/COMMIT/ROLLBACK and their aliases, which change the session's transaction state. */
    default boolean isTransactionControl() {
        return false;
    }
}
