package io.opendsql.storage;

/**
 * An ordered map of byte-array keys to byte-array values, compared as unsigned bytes. No versions and no
 * transactions: MVCC lives one layer up ({@code io.opendsql.txn}). Implementations are thread-safe.
 *
 * <p>Ranges are [start, end): {@code start} inclusive, {@code end} exclusive, null meaning unbounded.
 */
public interface KvStore extends AutoCloseable {
    /** The value stored under {@code key}, or null. */
    byte[] get(byte[] key);

    /** Entries with keys in [start, end), in ascending key order. */
    KvIterator scan(byte[] start, byte[] end);

    /** Entries with keys in [start, end), in descending key order. */
    KvIterator scanReverse(byte[] start, byte[] end);

    /**
     * Applies every operation of {@code batch} or none. With {@code sync}, returns only once the batch is on
     * stable storage (it survives kill -9 and power loss); without it, it survives kill -9 of the process.
     */
    void write(WriteBatch batch, boolean sync);

    default void put(byte[] key, byte[] value, boolean sync) {
        write(new WriteBatch().put(key, value), sync);
    }

    default void delete(byte[] key, boolean sync) {
        write(new WriteBatch().delete(key), sync);
    }

    /** A name for messages and logs, such as the directory of the store. */
    String name();

    /** Closes open iterators and releases the store. Idempotent. */
    @Override
    void close();
}
