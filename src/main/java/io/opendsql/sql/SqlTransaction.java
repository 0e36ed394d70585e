package io.opendsql.sql;

/**
 * The engine's side of one transaction. The engine creates it when a statement first needs it
 * ({@link SqlEngine#begin}); the session ends it exactly once, at COMMIT, ROLLBACK, the end of an
 * implicit transaction, or when the connection closes.
 */
public interface SqlTransaction {
    /**
     * Makes the transaction's writes durable and visible. Throws (for instance {@code 40001 … (OC000)})
     * when it cannot; either way the transaction is over.
     */
    void commit();

    /** Discards the transaction's writes. Idempotent. */
    void rollback();
}
