/**
 * Multi-version concurrency control over a {@link io.opendsql.storage.KvStore}: snapshot isolation with
 * optimistic, lock-free commits, as Aurora DSQL does it.
 *
 * <ul>
 *   <li>{@link io.opendsql.txn.MvccStore} (the single-node {@link io.opendsql.txn.VersionedStore}): begin
 *       transactions, read at a snapshot, commit with adjudication, group commit and garbage collection.</li>
 *   <li>{@link io.opendsql.txn.Transaction}: a snapshot timestamp plus a buffer of writes and locks, each with
 *       a {@link io.opendsql.txn.WriteKind} deciding its conflicts at COMMIT.</li>
 *   <li>{@link io.opendsql.txn.HybridClock}: 64-bit timestamps, milliseconds in the high 48 bits and a
 *       logical counter in the low 16, monotonic across restarts.</li>
 *   <li>{@link io.opendsql.txn.TransactionLimits}: DSQL's row, size and age limits.</li>
 * </ul>
 *
 * Storage layout: {@link io.opendsql.txn.MvccKeys}; stored value: {@link io.opendsql.txn.VersionValue}.
 */
package io.opendsql.txn;
