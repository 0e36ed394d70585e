package io.opendsql.storage;

import java.util.Iterator;

/**
 * An ordered cursor over a key range. It holds native or snapshot resources until closed, so always use
 * it in try-with-resources. Closing twice is harmless; using it after its store closed throws.
 */
public interface KvIterator extends Iterator<KeyValue>, AutoCloseable {
    @Override
    void close();
}
