package io.opendsql.storage;

import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An in-memory {@link KvStore} for tests and throwaway databases. Batches are applied under a write lock so a
 * point read never sees half a batch; iterators are weakly consistent (they may see a batch applied while
 * they run), which the MVCC layer above never relies on. {@code sync} has no meaning here.
 */
public final class MemoryKvStore implements KvStore {
    private final ConcurrentSkipListMap<byte[], byte[]> map = new ConcurrentSkipListMap<>(Bytes.COMPARATOR);
    private final ReadWriteLock batchLock = new ReentrantReadWriteLock();
    private final String name;
    private volatile boolean open = true;

    public MemoryKvStore() {
        this("memory");
    }

    public MemoryKvStore(String name) {
        this.name = name;
    }

    @Override
    public byte[] get(byte[] key) {
        validateOpen();
        batchLock.readLock().lock();
        try {
            return map.get(key);
        } finally {
            batchLock.readLock().unlock();
        }
    }

    @Override
    public KvIterator scan(byte[] start, byte[] end) {
        validateOpen();
        return new MapIterator(range(start, end), start, end, false);
    }

    @Override
    public KvIterator scanReverse(byte[] start, byte[] end) {
        validateOpen();
        return new MapIterator(range(start, end), start, end, true);
    }

    private NavigableMap<byte[], byte[]> range(byte[] start, byte[] end) {
        if (start != null && end != null) {
            if (Bytes.compare(start, end) >= 0) {
                return new ConcurrentSkipListMap<>(Bytes.COMPARATOR);
            }
            return map.subMap(start, true, end, false);
        }
        if (start != null) {
            return map.tailMap(start, true);
        }
        if (end != null) {
            return map.headMap(end, false);
        }
        return map;
    }

    @Override
    public void write(WriteBatch batch, boolean sync) {
        validateOpen();
        batchLock.writeLock().lock();
        try {
            for (WriteBatch.Operation operation : batch.operations()) {
                switch (operation) {
                    case WriteBatch.Put put -> map.put(put.key(), put.value());
                    case WriteBatch.Delete delete -> map.remove(delete.key());
                    case WriteBatch.DeleteRange range -> {
                        if (Bytes.compare(range.key(), range.end()) < 0) {
                            map.subMap(range.key(), true, range.end(), false).clear();
                        }
                    }
                }
            }
        } finally {
            batchLock.writeLock().unlock();
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** Number of entries; for tests. */
    public int size() {
        return map.size();
    }

    @Override
    public void close() {
        open = false;
    }

    private void validateOpen() {
        if (!open) {
            throw new StorageException("store " + name + " is closed");
        }
    }

    private final class MapIterator implements KvIterator {
        private final NavigableMap<byte[], byte[]> range;
        private final byte[] start;
        private final byte[] end;
        private final boolean reverse;
        private Iterator<Map.Entry<byte[], byte[]>> entries;
        private boolean closed;

        MapIterator(NavigableMap<byte[], byte[]> range, byte[] start, byte[] end, boolean reverse) {
            this.range = range;
            this.start = start;
            this.end = end;
            this.reverse = reverse;
            this.entries = (reverse ? range.descendingMap() : range).entrySet().iterator();
        }

        @Override
        public void seek(byte[] target) {
            // sub-maps reject keys outside their bounds, so clamp first
            if (reverse) {
                if (start != null && Bytes.compare(target, start) <= 0) {
                    entries = java.util.Collections.emptyIterator();
                } else if (end != null && Bytes.compare(target, end) > 0) {
                    entries = range.descendingMap().entrySet().iterator();
                } else {
                    entries = range.headMap(target, false).descendingMap().entrySet().iterator();
                }
            } else if (end != null && Bytes.compare(target, end) >= 0) {
                entries = java.util.Collections.emptyIterator();
            } else if (start != null && Bytes.compare(target, start) < 0) {
                entries = range.entrySet().iterator();
            } else {
                entries = range.tailMap(target, true).entrySet().iterator();
            }
        }

        @Override
        public boolean hasNext() {
            if (closed) {
                return false;
            }
            validateOpen();
            return entries.hasNext();
        }

        @Override
        public KeyValue next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Map.Entry<byte[], byte[]> entry = entries.next();
            return new KeyValue(entry.getKey(), entry.getValue());
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
