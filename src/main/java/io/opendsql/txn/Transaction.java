package io.opendsql.txn;

import io.opendsql.storage.Bytes;
import io.opendsql.storage.KvIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.LongSupplier;

/**
 * One transaction: reads at a fixed snapshot merged with its own buffered writes; writes reach storage only
 * at {@link #commit}, where they are adjudicated. Nothing ever waits for a lock. Belongs to one session
 * thread; not thread-safe. Always end it: commit, rollback, or close (which rolls back an open transaction).
 */
public final class Transaction implements AutoCloseable {
    /** Where a transaction is in its life. */
    public enum State {
        ACTIVE,
        COMMITTED,
        ROLLED_BACK,
        /** COMMIT failed (conflict, limit, fault); nothing was written. */
        FAILED
    }

    private final MvccStore store;
    private final long snapshotTs;
    private final TransactionLimits limits;
    private final LongSupplier nanoTime;
    private final long startNanos;
    private final WriteSet writes = new WriteSet();
    private long mutatedRows;
    private long commitTs;
    private State state = State.ACTIVE;

    Transaction(MvccStore store, long snapshotTs, TransactionLimits limits, LongSupplier nanoTime) {
        this.store = store;
        this.snapshotTs = snapshotTs;
        this.limits = limits;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
    }

    public long snapshotTs() {
        return snapshotTs;
    }

    public State state() {
        return state;
    }

    /** The commit timestamp once committed (the snapshot for a transaction that wrote nothing), else 0. */
    public long commitTs() {
        return commitTs;
    }

    /** The value of {@code key} as this transaction sees it, or null. */
    public byte[] get(byte[] key) {
        requireActive();
        WriteSet.Intent intent = writes.intent(key);
        if (intent != null && intent.action() != WriteSet.Action.LOCK) {
            return intent.action() == WriteSet.Action.PUT ? intent.value() : null;
        }
        return store.read(key, snapshotTs);
    }

    /**
     * Live keys in [start, end) (null = unbounded) as this transaction sees them, ascending. Writes this
     * transaction makes while the scan runs are not seen by it.
     */
    public KvIterator scan(byte[] start, byte[] end) {
        requireActive();
        return new BufferMergingIterator(store.read(start, end, snapshotTs), bufferedRange(start, end, false), false);
    }

    /** {@link #scan} in descending key order, for {@code ORDER BY key DESC} and max(). */
    public KvIterator scanReverse(byte[] start, byte[] end) {
        requireActive();
        return new BufferMergingIterator(store.readReverse(start, end, snapshotTs), bufferedRange(start, end, true),
                true);
    }

    /** A copy of the buffered intents in [start, end), so the scan does not see writes made while it runs. */
    private List<Map.Entry<byte[], WriteSet.Intent>> bufferedRange(byte[] start, byte[] end, boolean descending) {
        NavigableMap<byte[], WriteSet.Intent> buffered = writes.intents();
        if (start != null && end != null) {
            buffered = Bytes.compare(start, end) < 0
                    ? buffered.subMap(start, true, end, false) : Collections.emptyNavigableMap();
        } else if (start != null) {
            buffered = buffered.tailMap(start, true);
        } else if (end != null) {
            buffered = buffered.headMap(end, false);
        }
        List<Map.Entry<byte[], WriteSet.Intent>> copy = new ArrayList<>(buffered.size());
        // copy each entry: a TreeMap entry changes in place when its key is written again
        for (Map.Entry<byte[], WriteSet.Intent> entry : (descending ? buffered.descendingMap() : buffered).entrySet()) {
            copy.add(Map.entry(entry.getKey(), entry.getValue()));
        }
        return copy;
    }

    /** Buffers a write of {@code key}; {@code kind} says how it conflicts (INSERT: FULL; UPDATE: by columns). */
    public void put(byte[] key, byte[] value, WriteKind kind) {
        requireActive();
        writes.put(key, value, kind);
    }

    /** A put that conflicts with everything: inserts and key-column updates. */
    public void put(byte[] key, byte[] value) {
        put(key, value, WriteKind.FULL);
    }

    /** Buffers a delete; deletes conflict with everything. */
    public void delete(byte[] key) {
        requireActive();
        writes.delete(key, WriteKind.FULL);
    }

    /** {@code SELECT ... FOR UPDATE}: adjudicate {@code key} at commit as if written; writes nothing. */
    public void lockForUpdate(byte[] key) {
        requireActive();
        writes.lock(key, WriteKind.FULL);
    }

    /** {@code SELECT ... FOR KEY SHARE}: conflicts only with deletes and key changes of {@code key}. */
    public void lockForKeyShare(byte[] key) {
        requireActive();
        writes.lock(key, WriteKind.KEY_SHARE);
    }

    /** Adds a check run at commit inside the adjudication critical section (the catalog's OC001 check). */
    public void addCommitCheck(CommitCheck check) {
        requireActive();
        writes.addCheck(check);
    }

    /**
     * Counts rows mutated by a statement; throws {@code 54000 transaction row limit exceeded} when the
     * transaction's total passes the limit. The SQL layer calls this once per statement (or per row).
     */
    public void countMutatedRows(long rows) {
        requireActive();
        limits.checkRows(mutatedRows + rows);
        mutatedRows += rows;
    }

    public long mutatedRows() {
        return mutatedRows;
    }

    /** Bytes of keys and values this transaction would write, as counted for the size limit. */
    public long writeBytes() {
        return writes.byteSize();
    }

    /** Throws {@code 54000 transaction age limit of 300s exceeded} when the transaction is too old. */
    public void checkAge() {
        limits.checkAge(nanoTime.getAsLong() - startNanos);
    }

    /** The buffered intents; for tests in this package. */
    WriteSet writeSet() {
        return writes;
    }

    /** True when the transaction has buffered no write and no lock. */
    public boolean isReadOnly() {
        return writes.isEmpty();
    }

    /**
     * Checks the age and size limits, adjudicates, and returns the commit timestamp once the writes are
     * durable. On any error the transaction is over and nothing of it was written.
     */
    public long commit() {
        requireActive();
        try {
            checkAge();
            limits.checkWriteBytes(writes.byteSize());
            commitTs = store.commit(writes, snapshotTs);
            state = State.COMMITTED;
            return commitTs;
        } catch (RuntimeException e) {
            state = State.FAILED;
            throw e;
        } finally {
            store.release(snapshotTs);
        }
    }

    /** Discards the buffered writes. Idempotent; does nothing after commit. */
    public void rollback() {
        if (state == State.ACTIVE) {
            state = State.ROLLED_BACK;
            store.release(snapshotTs);
        }
    }

    @Override
    public void close() {
        rollback();
    }

    private void requireActive() {
        if (state != State.ACTIVE) {
            throw new IllegalStateException("transaction is " + state.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
