package io.opendsql.sql.engine;

import io.opendsql.catalog.Catalog;
import io.opendsql.catalog.IndexDescriptor;
import io.opendsql.catalog.Job;
import io.opendsql.catalog.TableDescriptor;
import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.table.TableStore;
import io.opendsql.sql.types.TypeContext;
import io.opendsql.sql.types.TypeIo;
import io.opendsql.txn.Transaction;
import io.opendsql.txn.TransactionLimits;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs sys.jobs in the background, one at a time per database: index builds and DROP jobs. An index build
 * backfills the rows that existed when the index was created, in batches that are transactions of their own
 * (retried when a concurrent write conflicts), while ordinary writes maintain the index from its creation on;
 * a unique index fails its job on a duplicate. When the backfill is done the index becomes valid and the job
 * completed. Dropping the index stops the build. Jobs left unfinished by a stop are resumed on start.
 */
final class JobRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    static final String DUPLICATE_DETAILS = "Found duplicate key while validating index for UCVs";
    private static final int BATCH_ROWS = 500;
    private static final int MAX_RETRIES = 1_000;

    private final Database database;
    private final ExecutorService executor;
    private final Object finished = new Object();
    private volatile boolean closed;

    JobRunner(Database database) {
        this.database = database;
        this.executor = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon(true).name("jobs").factory());
    }

    /** Queues every job that is not finished (after a restart). */
    void resume() {
        try (Transaction txn = database.mvcc().begin(TransactionLimits.NONE)) {
            for (Job job : database.catalog().jobs().jobs(txn)) {
                if (!job.status().finished()) {
                    submit(job.id());
                }
            }
        }
    }

    void submit(String jobId) {
        if (!closed) {
            executor.execute(() -> run(jobId));
        }
    }

    /** Blocks until the job is completed or failed; true when completed. {@code 42704} for an unknown job. */
    boolean await(String jobId, Runnable checkCancel) {
        while (true) {
            Job job = job(jobId).orElseThrow(() -> DsqlException.of(SqlState.UNDEFINED_OBJECT,
                    "job \"%s\" does not exist", jobId));
            if (job.status().finished()) {
                return job.status() == Job.Status.COMPLETED;
            }
            checkCancel.run();
            synchronized (finished) {
                try {
                    finished.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw DsqlException.of(SqlState.QUERY_CANCELED, "canceling statement due to user request");
                }
            }
        }
    }

    private Optional<Job> job(String jobId) {
        try (Transaction txn = database.mvcc().begin(TransactionLimits.NONE)) {
            return database.catalog().jobs().job(txn, jobId);
        }
    }

    private void run(String jobId) {
        try {
            Job job = job(jobId).orElse(null);
            if (job == null || job.status().finished()) {
                return;
            }
            switch (job.type()) {
                case INDEX_BUILD -> build(job);
                default -> finish(job, Job.Status.COMPLETED, null);
            }
        } catch (RuntimeException e) {
            if (!closed) {
                log.error("job {} failed", jobId, e);
                job(jobId).ifPresent(job -> finish(job, Job.Status.FAILED, "internal error"));
            }
        } finally {
            synchronized (finished) {
                finished.notifyAll();
            }
        }
    }

    private void build(Job job) {
        Catalog catalog = database.catalog();
        update(job, Job.Status.PROCESSING, null);
        byte[] resumeFrom = null;
        boolean first = true;
        while (!closed) {
            int attempt = 0;
            while (true) {
                try (Transaction txn = database.mvcc().begin(TransactionLimits.NONE)) {
                    IndexDescriptor index = catalog.index(txn, job.objectId()).orElse(null);
                    TableDescriptor table = index == null ? null : catalog.table(txn, index.tableOid()).orElse(null);
                    if (index == null || table == null) {
                        finish(job, Job.Status.FAILED, "index was dropped");
                        return;
                    }
                    TableStore store = new TableStore(table, catalog.indexes(txn, table.oid()), database::nextRowId,
                            (type, value) -> TypeIo.format(type, value, TypeContext.DEFAULT));
                    BatchResult batch = backfill(txn, store, index, first ? store.prefix() : resumeFrom);
                    if (batch.duplicate()) {
                        finish(job, Job.Status.FAILED, DUPLICATE_DETAILS);
                        return;
                    }
                    if (batch.next() == null) {
                        catalog.markIndexValid(txn, index.oid());
                        catalog.jobs().update(txn, job.id(), Job.Status.COMPLETED, null);
                        txn.commit();
                        return;
                    }
                    txn.commit();
                    resumeFrom = batch.next();
                    first = false;
                    break;
                } catch (DsqlException e) {
                    if (!e.state().code().equals("40001") || ++attempt > MAX_RETRIES) {
                        throw e;
                    }
                }
            }
        }
    }

    private record BatchResult(byte[] next, boolean duplicate) {
    }

    /** Writes the index entries of up to a batch of rows from {@code start}; {@code next} is null at the end. */
    private BatchResult backfill(Transaction txn, TableStore store, IndexDescriptor index, byte[] start) {
        int rows = 0;
        try (TableStore.RowCursor cursor = store.scan(txn, start, store.prefixEnd(), true)) {
            while (cursor.hasNext()) {
                Object[] row = cursor.next();
                byte[] key = (byte[]) row[row.length - 1];
                if (rows == BATCH_ROWS) {
                    return new BatchResult(key, false);
                }
                Object[] values = Arrays.copyOf(row, row.length - 1);
                byte[] entry = store.indexKey(index, key, values);
                byte[] suffix = Arrays.copyOfRange(key, store.prefix().length, key.length);
                byte[] existing = txn.get(entry);
                if (existing != null && !Arrays.equals(existing, suffix)) {
                    return new BatchResult(null, true);
                }
                if (existing == null) {
                    txn.put(entry, suffix);
                }
                rows++;
            }
        }
        return new BatchResult(null, false);
    }

    private void update(Job job, Job.Status status, String details) {
        try (Transaction txn = database.mvcc().begin(TransactionLimits.NONE)) {
            database.catalog().jobs().update(txn, job.id(), status, details);
            txn.commit();
        }
    }

    private void finish(Job job, Job.Status status, String details) {
        for (int attempt = 0; ; attempt++) {
            try {
                update(job, status, details);
                return;
            } catch (DsqlException e) {
                if (!e.state().code().equals("40001") || attempt > 100) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
