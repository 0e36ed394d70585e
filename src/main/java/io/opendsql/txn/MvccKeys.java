package io.opendsql.txn;

import io.opendsql.storage.keys.KeyReader;
import io.opendsql.storage.keys.KeyWriter;
import java.util.Arrays;

/**
 * Layout of the raw key space under MVCC.
 *
 * <pre>
 * 0x00 name                               system entries (the clock's high-water mark)
 * 0x01 escaped(userKey) 00 01 ~commitTs   one version of a user key
 * </pre>
 *
 * The user key is escaped (00 becomes 00 FF) and terminated (00 01) so that every version of a key sorts
 * before any longer key it prefixes, and any user range [a, b) is the raw range [0x01 esc(a), 0x01 esc(b)).
 * The commit timestamp is inverted (bitwise not, big-endian), so the newest version of a key comes first.
 */
public final class MvccKeys {
    static final byte SYSTEM_PREFIX = 0x00;
    static final byte DATA_PREFIX = 0x01;
    private static final byte[] DATA_START = {DATA_PREFIX};
    private static final byte[] DATA_END = {DATA_PREFIX + 1};

    private MvccKeys() {
    }

    /** A decoded version key. */
    public record Version(byte[] userKey, long commitTs) {
    }

    public static byte[] system(String name) {
        byte[] bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] key = new byte[bytes.length + 1];
        key[0] = SYSTEM_PREFIX;
        System.arraycopy(bytes, 0, key, 1, bytes.length);
        return key;
    }

    public static byte[] version(byte[] userKey, long commitTs) {
        return new KeyWriter(userKey.length + 12).raw(DATA_START).bytes(userKey).fixed64(~commitTs).toByteArray();
    }

    /** The version key of {@code userKey} without its timestamp, for {@link #appendTimestamp}. */
    static byte[] versionPrefix(byte[] userKey) {
        return new KeyWriter(userKey.length + 12).raw(DATA_START).bytes(userKey).toByteArray();
    }

    /** {@code prefix} from {@link #versionPrefix} completed with the inverted {@code commitTs}. */
    static byte[] appendTimestamp(byte[] prefix, long commitTs) {
        byte[] key = Arrays.copyOf(prefix, prefix.length + Long.BYTES);
        long inverted = ~commitTs;
        for (int i = 0; i < Long.BYTES; i++) {
            key[prefix.length + i] = (byte) (inverted >>> (56 - 8 * i));
        }
        return key;
    }

    public static Version decode(byte[] rawKey) {
        if (rawKey.length < 11 || rawKey[0] != DATA_PREFIX) {
            throw new IllegalArgumentException("not a version key");
        }
        KeyReader reader = new KeyReader(rawKey, 1);
        byte[] userKey = reader.bytes();
        return new Version(userKey, ~reader.fixed64());
    }

    /** The raw key range bound at which user key {@code bound} starts; null means the whole data range. */
    public static byte[] rangeStart(byte[] bound) {
        return bound == null ? DATA_START.clone() : withoutTerminator(bound);
    }

    public static byte[] rangeEnd(byte[] bound) {
        return bound == null ? DATA_END.clone() : withoutTerminator(bound);
    }

    /** The raw range holding every version of {@code userKey}: [versions start, this). */
    public static byte[] versionsEnd(byte[] userKey) {
        byte[] prefix = new KeyWriter(userKey.length + 4).raw(DATA_START).bytes(userKey).toByteArray();
        prefix[prefix.length - 1]++;
        return prefix;
    }

    /** Given any version key, the end of the raw range holding all versions of its user key. */
    static byte[] versionsEndOf(byte[] rawKey) {
        byte[] end = Arrays.copyOf(rawKey, userPartLength(rawKey));
        end[end.length - 1]++; // terminator 00 01 becomes 00 02
        return end;
    }

    /** Given any version key, the key of the same user key at {@code commitTs}. */
    static byte[] withTimestamp(byte[] rawKey, long commitTs) {
        byte[] key = Arrays.copyOf(rawKey, rawKey.length);
        long inverted = ~commitTs;
        for (int i = 0; i < Long.BYTES; i++) {
            key[userPartLength(rawKey) + i] = (byte) (inverted >>> (56 - 8 * i));
        }
        return key;
    }

    /** Length of the part of a version key that names the user key (all but the timestamp). */
    static int userPartLength(byte[] rawKey) {
        return rawKey.length - Long.BYTES;
    }

    static boolean sameUserKey(byte[] rawA, byte[] rawB) {
        return rawA != null && rawB != null
                && Arrays.equals(rawA, 0, userPartLength(rawA), rawB, 0, userPartLength(rawB));
    }

    private static byte[] withoutTerminator(byte[] bound) {
        byte[] escaped = new KeyWriter(bound.length + 4).raw(DATA_START).bytes(bound).toByteArray();
        return Arrays.copyOf(escaped, escaped.length - 2);
    }
}
