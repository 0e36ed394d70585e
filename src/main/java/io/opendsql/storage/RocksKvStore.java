package io.opendsql.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.WriteOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable {@link KvStore} on RocksDB. The write-ahead log is always on: an unsynced write survives kill -9
 * of the process, a synced one also survives power loss. Iterators read a consistent view (RocksDB pins an
 * implicit snapshot per iterator), register themselves, and are closed by {@link #close()} if their owner
 * forgot, which is logged as a leak.
 */
public final class RocksKvStore implements KvStore {
    private static final Logger LOG = LoggerFactory.getLogger(RocksKvStore.class);

    static {
        RocksDB.loadLibrary();
    }

    private final Path directory;
    private final Options options;
    private final WriteOptions syncWrite;
    private final WriteOptions asyncWrite;
    private final RocksDB db;
    private final Set<RocksKvIterator> openIterators = ConcurrentHashMap.newKeySet();
    /** Operations hold the read lock; close holds the write lock, so no native call races a close. */
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean open = true;

    private RocksKvStore(Path directory, Options options, WriteOptions syncWrite, WriteOptions asyncWrite, RocksDB db) {
        this.directory = directory;
        this.options = options;
        this.syncWrite = syncWrite;
        this.asyncWrite = asyncWrite;
        this.db = db;
    }

    /** Opens the store in {@code directory}, creating it if missing. */
    public static RocksKvStore open(Path directory) {
        Options options = null;
        WriteOptions syncWrite = null;
        WriteOptions asyncWrite = null;
        try {
            Files.createDirectories(directory);
            options = new Options().setCreateIfMissing(true);
            syncWrite = new WriteOptions().setSync(true);
            asyncWrite = new WriteOptions().setSync(false);
            RocksDB db = RocksDB.open(options, directory.toString());
            RocksKvStore store = new RocksKvStore(directory, options, syncWrite, asyncWrite, db);
            NativeResources.opened(store, "RocksKvStore " + directory);
            return store;
        } catch (RocksDBException | java.io.IOException e) {
            closeQuietly(asyncWrite);
            closeQuietly(syncWrite);
            closeQuietly(options);
            throw new StorageException("cannot open RocksDB store " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] get(byte[] key) {
        lifecycle.readLock().lock();
        try {
            validateOpen();
            return db.get(key);
        } catch (RocksDBException e) {
            throw failure("get", e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public KvIterator scan(byte[] start, byte[] end) {
        return newIterator(start, end, false);
    }

    @Override
    public KvIterator scanReverse(byte[] start, byte[] end) {
        return newIterator(start, end, true);
    }

    private KvIterator newIterator(byte[] start, byte[] end, boolean reverse) {
        lifecycle.readLock().lock();
        try {
            validateOpen();
            RocksKvIterator iterator = new RocksKvIterator(start, end, reverse);
            openIterators.add(iterator);
            NativeResources.opened(iterator, "iterator of " + directory);
            return iterator;
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public void write(WriteBatch batch, boolean sync) {
        lifecycle.readLock().lock();
        try (org.rocksdb.WriteBatch nativeBatch = new org.rocksdb.WriteBatch()) {
            validateOpen();
            for (WriteBatch.Operation operation : batch.operations()) {
                switch (operation) {
                    case WriteBatch.Put put -> nativeBatch.put(put.key(), put.value());
                    case WriteBatch.Delete delete -> nativeBatch.delete(delete.key());
                    case WriteBatch.DeleteRange range -> {
                        if (Bytes.compare(range.key(), range.end()) < 0) {
                            nativeBatch.deleteRange(range.key(), range.end());
                        }
                    }
                }
            }
            db.write(sync ? syncWrite : asyncWrite, nativeBatch);
        } catch (RocksDBException e) {
            throw failure("write", e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public String name() {
        return directory.toString();
    }

    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (!open) {
                return;
            }
            open = false;
            // Order matters; do not rearrange: iterators pin the database, the database uses the options.
            for (RocksKvIterator iterator : openIterators) {
                LOG.warn("iterator of {} is not closed properly; closing it with its store", directory,
                        NativeResources.creationSite(iterator));
                iterator.release();
            }
            openIterators.clear();
            db.close();
            asyncWrite.close();
            syncWrite.close();
            options.close();
            NativeResources.closed(this);
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private void validateOpen() {
        if (!open) {
            throw new StorageException("RocksDB store " + directory + " is closed");
        }
    }

    private StorageException failure(String operation, RocksDBException e) {
        return new StorageException("RocksDB " + operation + " failed in " + directory + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // already failing; the original error matters
            }
        }
    }

    private final class RocksKvIterator implements KvIterator {
        private final ReadOptions readOptions;
        private final Slice lowerBound;
        private final Slice upperBound;
        private final RocksIterator iterator;
        private final boolean reverse;
        private final byte[] start;
        private final byte[] end;
        private boolean closed;

        RocksKvIterator(byte[] start, byte[] end, boolean reverse) {
            this.reverse = reverse;
            this.start = start;
            this.end = end;
            this.readOptions = new ReadOptions();
            this.lowerBound = start == null ? null : new Slice(start);
            this.upperBound = end == null ? null : new Slice(end);
            if (lowerBound != null) {
                readOptions.setIterateLowerBound(lowerBound);
            }
            if (upperBound != null) {
                readOptions.setIterateUpperBound(upperBound);
            }
            this.iterator = db.newIterator(readOptions);
            if (reverse) {
                iterator.seekToLast();
            } else if (start != null) {
                iterator.seek(start);
            } else {
                iterator.seekToFirst();
            }
        }

        @Override
        public void seek(byte[] target) {
            lifecycle.readLock().lock();
            try {
                if (closed) {
                    return;
                }
                validateOpen();
                if (!reverse) {
                    iterator.seek(start != null && Bytes.compare(target, start) < 0 ? start : target);
                } else if (end != null && Bytes.compare(target, end) >= 0) {
                    iterator.seekToLast();
                } else {
                    iterator.seekForPrev(target);
                    if (iterator.isValid() && Bytes.compare(iterator.key(), target) == 0) {
                        iterator.prev();
                    }
                }
            } finally {
                lifecycle.readLock().unlock();
            }
        }

        @Override
        public boolean hasNext() {
            lifecycle.readLock().lock();
            try {
                if (closed) {
                    return false;
                }
                validateOpen();
                if (iterator.isValid()) {
                    return true;
                }
                iterator.status();
                return false;
            } catch (RocksDBException e) {
                throw failure("scan", e);
            } finally {
                lifecycle.readLock().unlock();
            }
        }

        @Override
        public KeyValue next() {
            lifecycle.readLock().lock();
            try {
                if (closed || !open || !iterator.isValid()) {
                    throw new NoSuchElementException();
                }
                KeyValue entry = new KeyValue(iterator.key(), iterator.value());
                if (reverse) {
                    iterator.prev();
                } else {
                    iterator.next();
                }
                return entry;
            } finally {
                lifecycle.readLock().unlock();
            }
        }

        @Override
        public void close() {
            lifecycle.readLock().lock();
            try {
                if (closed) {
                    return;
                }
                openIterators.remove(this);
                release();
            } finally {
                lifecycle.readLock().unlock();
            }
        }

        /** Frees the native objects, iterator first (it uses the options and bounds). */
        void release() {
            if (closed) {
                return;
            }
            closed = true;
            iterator.close();
            readOptions.close();
            if (lowerBound != null) {
                lowerBound.close();
            }
            if (upperBound != null) {
                upperBound.close();
            }
            NativeResources.closed(this);
        }
    }
}
