package io.opendsql.txn;

/**
 * A check that a layer above adds to a transaction, run at COMMIT inside the adjudication critical section
 * (so nothing commits between the check and this commit). The catalog layer uses it for schema conflicts:
 * {@code 40001 schema has been updated by another transaction (OC001)}. Runs for read-only transactions too.
 */
@FunctionalInterface
public interface CommitCheck {
    /** Throws a {@code DsqlException} to abort the commit. */
    void check(long snapshotTs);

    /**
     * Called once the transaction passed every check and adjudication and got {@code commitTs}, still inside
     * the critical section, so a layer above can record what it committed before any later commit is checked.
     * Not called for a transaction that writes nothing. Must not throw.
     */
    default void committed(long commitTs) {
    }
}
