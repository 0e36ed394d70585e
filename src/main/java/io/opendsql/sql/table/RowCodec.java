package io.opendsql.sql.table;

import io.opendsql.sql.types.BinaryIo;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.io.ByteArrayOutputStream;

/**
 * A row's stored value: a format byte, then for each non-NULL column its attnum and its PostgreSQL binary
 * form, length-prefixed. NULL columns are absent, which is also how a column added after the row was written
 * reads; attnums the table no longer has (dropped columns) are skipped on read.
 */
public final class RowCodec {
    private static final int FORMAT = 1;

    private RowCodec() {
    }

    /** Encodes {@code values[i]} of the column with attnum {@code attnums[i]} and type {@code types[i]}. */
    public static byte[] encode(int[] attnums, PgType[] types, Object[] values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 + values.length * 8);
        out.write(FORMAT);
        for (int i = 0; i < attnums.length; i++) {
            if (values[i] == null) {
                continue;
            }
            byte[] bytes = BinaryIo.send(types[i], values[i]);
            writeVarint(out, attnums[i]);
            writeVarint(out, bytes.length);
            out.write(bytes, 0, bytes.length);
        }
        return out.toByteArray();
    }

    /**
     * Decodes into {@code out}: the column with attnum {@code a} goes to {@code out[slotOfAttnum[a]]} when
     * {@code a} is in range and its slot is not negative; other columns are skipped.
     */
    public static void decode(byte[] row, int[] slotOfAttnum, SqlType[] typeOfAttnum, Object[] out) {
        if (row.length == 0 || row[0] != FORMAT) {
            throw new IllegalStateException("unknown row format " + (row.length == 0 ? "(empty)" : row[0]));
        }
        int[] position = {1};
        while (position[0] < row.length) {
            int attnum = readVarint(row, position);
            int length = readVarint(row, position);
            int start = position[0];
            position[0] += length;
            if (attnum < slotOfAttnum.length && slotOfAttnum[attnum] >= 0) {
                byte[] bytes = new byte[length];
                System.arraycopy(row, start, bytes, 0, length);
                out[slotOfAttnum[attnum]] = BinaryIo.receive(typeOfAttnum[attnum], bytes);
            }
        }
    }

    private static void writeVarint(ByteArrayOutputStream out, int value) {
        while ((value & ~0x7f) != 0) {
            out.write((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    private static int readVarint(byte[] bytes, int[] position) {
        int value = 0;
        int shift = 0;
        while (true) {
            byte b = bytes[position[0]++];
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }
}
