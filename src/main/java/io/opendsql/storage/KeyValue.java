package io.opendsql.storage;

import java.util.Arrays;
import java.util.HexFormat;

/** One entry of a key-value store. The arrays are owned by the receiver; nobody mutates them. */
public record KeyValue(byte[] key, byte[] value) {
    @Override
    public boolean equals(Object other) {
        return other instanceof KeyValue that && Arrays.equals(key, that.key) && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(key) + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(key) + "=" + HexFormat.of().formatHex(value);
    }
}
