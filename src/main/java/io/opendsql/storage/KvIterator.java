package io.opendsql.storage;

import java.util.Iterator;

/**
 * An ordered cursor over a key range. It holds native or snapshot resources until closed, so always use
 * it in try-with-resources. Closing twice is harmless; using it after its store closed throws.
 */
public interface KvIterator extends Iterator<KeyValue>, AutoCloseable {
    /**
     * Repositions a forward iterator at the first key at or after {@code target}, a reverse one at the last key
     * before {@code target}; the range bounds still apply. Much cheaper than stepping over many entries (and
     * over RocksDB's deletion markers), a little dearer than one step.
     */
    void seek(byte[] target);

    @Override
    void close();
}
