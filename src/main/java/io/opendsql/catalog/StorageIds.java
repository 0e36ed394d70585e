package io.opendsql.catalog;

import io.opendsql.storage.keys.KeyWriter;

/**
 * Storage ids name the key ranges of tables and indexes: every key of a table or index starts with its
 * storage id, encoded by {@link #prefix}. Ids below {@link #FIRST_USER_ID} are system tables (the catalog's
 * own, {@link CatalogKeys}); user tables and indexes get ids from {@link #FIRST_USER_ID} up, never reused.
 */
public final class StorageIds {
    public static final long FIRST_USER_ID = 1024;

    private StorageIds() {
    }

    /** The key prefix of every row of storage {@code id}. */
    public static byte[] prefix(long id) {
        return new KeyWriter(9).int64(id).toByteArray();
    }

    /** A writer positioned after the prefix of storage {@code id}, for the rest of a key. */
    public static KeyWriter keyWriter(long id) {
        return new KeyWriter(32).int64(id);
    }

    /** The exclusive end of the range of keys starting with {@code prefix}. */
    public static byte[] prefixEnd(byte[] prefix) {
        byte[] end = prefix.clone();
        for (int i = end.length - 1; i >= 0; i--) {
            if (end[i] != (byte) 0xFF) {
                end[i]++;
                return java.util.Arrays.copyOf(end, i + 1);
            }
        }
        return null; // all 0xFF: unbounded
    }
}
