package io.opendsql.catalog;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.opendsql.common.DsqlException;
import io.opendsql.storage.KeyValue;
import io.opendsql.storage.KvIterator;
import io.opendsql.txn.CommitCheck;
import io.opendsql.txn.Transaction;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes catalog rows through a caller's {@link Transaction}, and remembers per transaction which
 * schema rows it read and wrote, for OC001.
 *
 * <p><b>Encoding.</b> Values are JSON (Jackson, record components as fields): descriptors are small, written
 * rarely and read through caches above, so compactness matters less than being readable in a dump and
 * tolerant of added fields (unknown fields are ignored, missing ones take defaults), which a hand-written
 * binary format would have to version by hand.
 *
 * <p><b>Tracking.</b> Every tracked read records its key (or scanned range) in the transaction's use; a
 * read of a row that a catalog change committed after the snapshot fails at once with OC001 (the statement
 * touching a changed object). At COMMIT a {@link CommitCheck} fails with OC001 when any row read or written
 * changed after the snapshot; when a transaction that wrote schema rows commits, its rows are recorded in
 * {@link CatalogChanges} under its commit timestamp.
 */
final class CatalogStore {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .withConfigOverride(java.util.Set.class,
                    o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    private static final int DECODED_CACHE_SIZE = 10_000;

    private final CatalogChanges changes;
    private final CatalogOptions.ConflictScope scope;
    private final Map<DecodedKey, Object> decoded = new ConcurrentHashMap<>();
    private final Map<Transaction, Use> uses = Collections.synchronizedMap(new WeakHashMap<>());

    CatalogStore(CatalogChanges changes, CatalogOptions.ConflictScope scope) {
        this.changes = changes;
        this.scope = scope;
    }

    CatalogChanges changes() {
        return changes;
    }

    // ---- encoding

    static byte[] encode(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw DsqlException.internal(e);
        }
    }

    static <T> T decode(byte[] bytes, Class<T> type) {
        try {
            return JSON.readValue(bytes, type);
        } catch (IOException e) {
            throw DsqlException.internal(e);
        }
    }

    static <T> List<T> decodeList(byte[] bytes, Class<T> element) {
        try {
            JavaType type = JSON.getTypeFactory().constructCollectionType(List.class, element);
            return JSON.readValue(bytes, type);
        } catch (IOException e) {
            throw DsqlException.internal(e);
        }
    }

    // ---- reads

    /** A tracked point read. */
    byte[] get(Transaction txn, byte[] key) {
        byte[] value = txn.get(key);
        if (CatalogKeys.isSchemaRow(key)) {
            use(txn).read(key, value != null);
        }
        return value;
    }

    <T> Optional<T> get(Transaction txn, byte[] key, Class<T> type) {
        byte[] bytes = get(txn, key);
        return bytes == null ? Optional.empty() : Optional.of(decodeCached(bytes, type));
    }

    /**
     * {@link #decode} through a process-wide cache keyed by the row's bytes: descriptors are immutable and a
     * row's bytes determine its descriptor, so the cache is correct whatever the snapshot; it only saves the
     * JSON parse of rows read again and again (the tables of every statement). Emptied when full.
     */
    private <T> T decodeCached(byte[] bytes, Class<T> type) {
        DecodedKey cacheKey = new DecodedKey(type, ByteBuffer.wrap(bytes));
        Object cached = decoded.get(cacheKey);
        if (cached == null) {
            cached = decode(bytes, type);
            if (decoded.size() >= DECODED_CACHE_SIZE) {
                decoded.clear();
            }
            decoded.put(cacheKey, cached);
        }
        return type.cast(cached);
    }

    private record DecodedKey(Class<?> type, ByteBuffer bytes) {
    }

    /** A tracked scan of every row whose key starts with {@code prefix}. */
    List<KeyValue> scan(Transaction txn, byte[] prefix) {
        byte[] end = StorageIds.prefixEnd(prefix);
        if (CatalogKeys.isSchemaRow(prefix)) {
            use(txn).readRange(prefix, end);
        }
        return scanRaw(txn, prefix, end);
    }

    <T> List<T> scan(Transaction txn, byte[] prefix, Class<T> type) {
        List<T> values = new ArrayList<>();
        for (KeyValue row : scan(txn, prefix)) {
            values.add(decodeCached(row.value(), type));
        }
        return values;
    }

    /**
     * Rows under {@code prefix} without tracking: for limit counts and dependency sweeps that must not make
     * every concurrent DDL conflict. Their answer is as of the snapshot.
     */
    List<KeyValue> scanUntracked(Transaction txn, byte[] prefix) {
        return scanRaw(txn, prefix, StorageIds.prefixEnd(prefix));
    }

    private static List<KeyValue> scanRaw(Transaction txn, byte[] start, byte[] end) {
        List<KeyValue> rows = new ArrayList<>();
        try (KvIterator iterator = txn.scan(start, end)) {
            while (iterator.hasNext()) {
                rows.add(iterator.next());
            }
        }
        return rows;
    }

    // ---- writes

    void put(Transaction txn, byte[] key, Object value) {
        putRaw(txn, key, encode(value));
    }

    void putRaw(Transaction txn, byte[] key, byte[] value) {
        if (CatalogKeys.isSchemaRow(key)) {
            use(txn).write(key);
        }
        txn.put(key, value);
    }

    void delete(Transaction txn, byte[] key) {
        if (CatalogKeys.isSchemaRow(key)) {
            use(txn).write(key);
        }
        txn.delete(key);
    }

    // ---- conflicts

    /** Throws OC001 when a row {@code txn} read or wrote has changed since its snapshot. */
    void checkCurrent(Transaction txn) {
        Use use = uses.get(txn);
        if (use != null) {
            use.check(txn.snapshotTs());
        }
    }

    /** The per-transaction record of what it used; registers the commit check on first use. */
    private Use use(Transaction txn) {
        synchronized (uses) {
            Use use = uses.get(txn);
            if (use == null) {
                use = new Use(txn.snapshotTs());
                txn.addCommitCheck(use);
                uses.put(txn, use);
            }
            return use;
        }
    }

    /** Rows and ranges one transaction read, and rows it wrote. Its transaction's thread owns it. */
    private final class Use implements CommitCheck {
        private final long snapshotTs;
        private final TreeSet<byte[]> read = new TreeSet<>(Arrays::compareUnsigned);
        private final List<byte[][]> ranges = new ArrayList<>();
        private final TreeSet<byte[]> written = new TreeSet<>(Arrays::compareUnsigned);

        Use(long snapshotTs) {
            this.snapshotTs = snapshotTs;
        }

        /**
         * Records a point read. A row that existed at the snapshot and has changed since fails the read at
         * once (the statement touching a changed object); a row that did not exist simply reads as missing
         * (a table created after the snapshot is not there: 42P01), and only COMMIT fails on it.
         */
        void read(byte[] key, boolean existed) {
            read.add(key);
            if (existed && changes.changedAfter(key, snapshotTs)) {
                throw CatalogConflicts.schemaChanged();
            }
        }

        /** Records a scan of [start, end); checked at COMMIT and by {@link #checkCurrent}. */
        void readRange(byte[] start, byte[] end) {
            ranges.add(new byte[][] {start, end});
        }

        void write(byte[] key) {
            written.add(key);
        }

        @Override
        public void check(long snapshot) {
            if (changes.version() <= snapshot) {
                return;
            }
            if (scope == CatalogOptions.ConflictScope.CLUSTER) {
                throw CatalogConflicts.schemaChanged();
            }
            for (byte[] key : read) {
                if (changes.changedAfter(key, snapshot)) {
                    throw CatalogConflicts.schemaChanged();
                }
            }
            for (byte[] key : written) {
                if (changes.changedAfter(key, snapshot)) {
                    throw CatalogConflicts.schemaChanged();
                }
            }
            for (byte[][] range : ranges) {
                if (changes.changedAfter(range[0], range[1], snapshot)) {
                    throw CatalogConflicts.schemaChanged();
                }
            }
        }

        @Override
        public void committed(long commitTs) {
            if (!written.isEmpty()) {
                changes.record(written, commitTs);
            }
        }
    }
}
