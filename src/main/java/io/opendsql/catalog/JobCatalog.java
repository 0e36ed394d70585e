package io.opendsql.catalog;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.storage.KeyValue;
import io.opendsql.txn.Transaction;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * sys.jobs: asynchronous index builds, drops and validations. Job rows are state, not schema: writing one is
 * not a catalog change and causes no OC001. A job created by a DDL commits (or not) with it.
 */
public final class JobCatalog {
    /** Finished jobs are purged this long after their last update, when a new job starts (spec §5.5). */
    public static final long RETENTION_MICROS = 30L * 60 * 1_000_000;
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final CatalogStore store;
    private final LongSupplier nowMicros;
    private final SecureRandom random = new SecureRandom();

    JobCatalog(CatalogStore store, LongSupplier nowMicros) {
        this.store = store;
        this.nowMicros = nowMicros;
    }

    /** Submits a job; its id is a random 128-bit value in 26 lower-case base32 characters. */
    public Job create(Transaction txn, Job.Type type, long classId, long objectId, String objectName) {
        long now = nowMicros.getAsLong();
        purgeFinished(txn, now);
        Job job = new Job(newId(), type, Job.Status.SUBMITTED, null, classId, objectId, objectName, now, null);
        store.put(txn, CatalogKeys.job(job.id()), job);
        return job;
    }

    public Optional<Job> job(Transaction txn, String id) {
        return store.get(txn, CatalogKeys.job(id), Job.class);
    }

    /** All jobs in id order. */
    public List<Job> jobs(Transaction txn) {
        return store.scan(txn, CatalogKeys.prefix(CatalogKeys.JOBS), Job.class);
    }

    /** Moves a job to {@code status} with {@code details} (the failure reason, or null). */
    public Job update(Transaction txn, String id, Job.Status status, String details) {
        Job job = job(txn, id).orElseThrow(() -> DsqlException.of(SqlState.UNDEFINED_OBJECT,
                "job \"%s\" does not exist", id));
        Job updated = job.withStatus(status, details, nowMicros.getAsLong());
        store.put(txn, CatalogKeys.job(id), updated);
        return updated;
    }

    public void delete(Transaction txn, String id) {
        store.delete(txn, CatalogKeys.job(id));
    }

    private void purgeFinished(Transaction txn, long now) {
        for (KeyValue row : store.scanUntracked(txn, CatalogKeys.prefix(CatalogKeys.JOBS))) {
            Job job = CatalogStore.decode(row.value(), Job.class);
            long last = job.updateTime() == null ? job.startTime() : job.updateTime();
            if (job.status().finished() && now - last > RETENTION_MICROS) {
                store.delete(txn, row.key());
            }
        }
    }

    private String newId() {
        byte[] bytes = new byte[17]; // 128 random bits, padded to 130 for 26 five-bit digits
        random.nextBytes(bytes);
        bytes[16] = 0;
        StringBuilder id = new StringBuilder(26);
        int bit = 0;
        for (int i = 0; i < 26; i++, bit += 5) {
            int index = bit / 8;
            int value = ((bytes[index] & 0xFF) << 8 | (bytes[index + 1] & 0xFF)) >>> (11 - bit % 8) & 0x1F;
            id.append(BASE32[value]);
        }
        return id.toString();
    }
}
