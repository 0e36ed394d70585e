package io.opendsql.txn;

import io.opendsql.storage.KvIterator;

/**
 * The seam between query processing and storage (design.md, "beyond one machine"): a store of versioned keys
 * that answers reads at a snapshot and adjudicates commits. Today one {@link MvccStore} in the process; later
 * one per key-range shard behind a transport. Keys and values are opaque bytes.
 */
public interface VersionedStore {
    /** The newest value of {@code key} committed at or before {@code snapshotTs}, or null. */
    byte[] read(byte[] key, long snapshotTs);

    /** Live keys in [start, end) (null = unbounded) as of {@code snapshotTs}, ascending, one entry per key. */
    KvIterator read(byte[] start, byte[] end, long snapshotTs);

    /** The same entries as {@link #read(byte[], byte[], long)}, in descending key order. */
    KvIterator readReverse(byte[] start, byte[] end, long snapshotTs);

    /**
     * Adjudicates and durably applies {@code writes} made by a transaction that read at {@code snapshotTs}.
     * Returns the commit timestamp once the writes are durable and visible to every later snapshot; throws
     * {@code 40001 ... (OC000)} when a key conflicts with a commit after the snapshot. A set with no intents
     * commits at its snapshot without adjudication (read-only transactions never conflict).
     */
    long commit(WriteSet writes, long snapshotTs);

    /** The snapshot a transaction starting now reads at: every acknowledged commit is at or below it. */
    long latestTimestamp();
}
