package io.opendsql.sql.engine;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.SqlTransaction;
import io.opendsql.txn.Transaction;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's state for one transaction: the MVCC transaction itself, what kind of statements ran in it
 * (DSQL allows one DDL per transaction and no DDL with DML, spec §4.4), and work to start once it commits
 * (an index build is started only by a committed CREATE INDEX ASYNC).
 */
public final class EngineTransaction implements SqlTransaction {
    private final Database database;
    private final Transaction txn;
    private final boolean readOnly;
    private int ddlStatements;
    private boolean dml;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final Runnable afterDdl;

    /** @param afterDdl run after a transaction that ran DDL commits (it may have queued jobs) */
    EngineTransaction(Database database, boolean readOnly, Runnable afterDdl) {
        this.database = database;
        this.txn = database.mvcc().begin();
        this.readOnly = readOnly;
        this.afterDdl = afterDdl;
    }

    public Database database() {
        return database;
    }

    public Transaction txn() {
        return txn;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /**
     * Records a DDL statement; {@code 0A000} for a second one or after DML. {@code command} is the tag for the
     * read-only refusal.
     */
    public void ddl(String command) {
        requireWritable(command);
        if (ddlStatements > 0) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "multiple ddl statements not supported in a transaction");
        }
        if (dml) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "ddl and dml are not supported in the same transaction");
        }
        ddlStatements++;
    }

    /** Records a data-changing statement; {@code 0A000} after DDL, {@code 25006} in a READ ONLY transaction. */
    public void dml(String command) {
        requireWritable(command);
        if (ddlStatements > 0) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "ddl and dml are not supported in the same transaction");
        }
        dml = true;
    }

    private void requireWritable(String command) {
        if (readOnly) {
            throw DsqlException.of(SqlState.READ_ONLY_SQL_TRANSACTION, "cannot execute %s in a read-only transaction",
                    command);
        }
    }

    /** Runs {@code action} after a successful commit (not at all on rollback). */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    @Override
    public void commit() {
        txn.commit();
        for (Runnable action : afterCommit) {
            action.run();
        }
        if (ddlStatements > 0) {
            afterDdl.run();
        }
    }

    @Override
    public void rollback() {
        txn.rollback();
    }
}
