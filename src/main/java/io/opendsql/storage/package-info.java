/**
 * Ordered byte-array key-value storage, with no notion of versions, transactions or SQL.
 *
 * <ul>
 *   <li>{@link io.opendsql.storage.KvStore}: get, ordered forward and reverse range scans returning a closeable
 *       {@link io.opendsql.storage.KvIterator}, atomic {@link io.opendsql.storage.WriteBatch} writes with a
 *       {@code sync} flag.</li>
 *   <li>{@link io.opendsql.storage.MemoryKvStore}: a concurrent skip list, for tests and throwaway
 *       databases.</li>
 *   <li>{@link io.opendsql.storage.RocksKvStore}: RocksDB with the write-ahead log always on; iterators are
 *       registered and closed with the store; {@link io.opendsql.storage.NativeResources} is the leak check
 *       tests call.</li>
 *   <li>{@code keys}: the order-preserving encoding of SQL values into key bytes.</li>
 * </ul>
 *
 * Keys compare as unsigned bytes ({@link io.opendsql.storage.Bytes#COMPARATOR}), RocksDB's default order.
 */
package io.opendsql.storage;
