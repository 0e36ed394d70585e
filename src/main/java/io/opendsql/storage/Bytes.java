package io.opendsql.storage;

import java.util.Arrays;
import java.util.Comparator;

/** Helpers for byte-array keys, which always compare as unsigned bytes, left to right. */
public final class Bytes {
    /** Unsigned lexicographic order; a proper prefix sorts first. The order RocksDB's bytewise comparator uses. */
    public static final Comparator<byte[]> COMPARATOR = Arrays::compareUnsigned;

    private Bytes() {
    }

    public static int compare(byte[] left, byte[] right) {
        return Arrays.compareUnsigned(left, right);
    }

    /** The smallest key greater than every key that starts with {@code prefix}, or null if there is none. */
    public static byte[] prefixEnd(byte[] prefix) {
        byte[] end = Arrays.copyOf(prefix, prefix.length);
        for (int i = end.length - 1; i >= 0; i--) {
            if (end[i] != (byte) 0xFF) {
                end[i]++;
                return Arrays.copyOf(end, i + 1);
            }
        }
        return null;
    }

    public static byte[] concat(byte[] first, byte[] second) {
        byte[] result = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }

    /** True when {@code key} lies in [start, end); a null bound is unbounded. */
    public static boolean inRange(byte[] key, byte[] start, byte[] end) {
        return (start == null || compare(key, start) >= 0) && (end == null || compare(key, end) < 0);
    }
}
