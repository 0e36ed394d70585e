package io.opendsql.catalog;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.storage.keys.KeyReader;
import io.opendsql.storage.keys.KeyWriter;
import io.opendsql.txn.MvccStore;
import io.opendsql.txn.Transaction;

/**
 * Hands out increasing ids (OIDs, storage ids) that are never reused, without making DDL transactions
 * conflict on a shared counter row.
 *
 * <p>The high-water mark is a {@link CatalogKeys#COUNTERS} row advanced in its own short transaction, a
 * block of ids at a time, and committed (durably) before any id of the block is handed out; the ids of the
 * block are then given out from memory. So ids are monotonic within a process, and after a restart resume
 * above the persisted mark: an id is never given twice even if the DDL that took it rolled back (the id is
 * simply skipped, as PostgreSQL skips OIDs). The DDL's own transaction never reads or writes the counter, so
 * two concurrent DDLs do not conflict through it. A concurrent advance by another allocator over the same
 * store (not done today: one process owns a store) would fail with OC000 and is retried.
 */
final class IdAllocator {
    private static final int MAX_ATTEMPTS = 100;

    private final MvccStore store;
    private final byte[] counterKey;
    private final long first;
    private final int blockSize;
    private long next;
    private long limit;

    IdAllocator(MvccStore store, String counterName, long first, int blockSize) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("block size must be positive: " + blockSize);
        }
        this.store = store;
        this.counterKey = CatalogKeys.counter(counterName);
        this.first = first;
        this.blockSize = blockSize;
    }

    synchronized long next() {
        if (next == limit) {
            next = reserve();
            limit = next + blockSize;
        }
        return next++;
    }

    /** Persists the high-water mark one block higher; returns the first id of the new block. */
    private long reserve() {
        for (int attempt = 1; ; attempt++) {
            try (Transaction txn = store.begin()) {
                byte[] stored = txn.get(counterKey);
                long start = stored == null ? first : new KeyReader(stored).int64();
                txn.put(counterKey, new KeyWriter(9).int64(start + blockSize).toByteArray());
                txn.commit();
                return start;
            } catch (DsqlException e) {
                if (e.state() != SqlState.SERIALIZATION_FAILURE || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
