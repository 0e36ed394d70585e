package io.opendsql.txn;

import java.util.Arrays;

/**
 * The stored value of one version: a header byte, then the user value. Header bit 0 marks a tombstone (a
 * delete); bits 1-2 hold the {@link WriteKind} that wrote it, so storage alone can tell how a version
 * conflicts.
 */
public record VersionValue(boolean tombstone, WriteKind kind, byte[] value) {
    private static final int TOMBSTONE = 1;

    public static byte[] encode(WriteSet.Intent intent) {
        boolean delete = intent.action() == WriteSet.Action.DELETE;
        byte[] value = delete ? new byte[0] : intent.value();
        byte[] encoded = new byte[value.length + 1];
        encoded[0] = (byte) ((delete ? TOMBSTONE : 0) | intent.kind().ordinal() << 1);
        System.arraycopy(value, 0, encoded, 1, value.length);
        return encoded;
    }

    public static VersionValue decode(byte[] encoded) {
        int header = encoded[0];
        return new VersionValue((header & TOMBSTONE) != 0, WriteKind.values()[(header >> 1) & 3],
                Arrays.copyOfRange(encoded, 1, encoded.length));
    }

    static boolean isTombstone(byte[] encoded) {
        return (encoded[0] & TOMBSTONE) != 0;
    }
}
