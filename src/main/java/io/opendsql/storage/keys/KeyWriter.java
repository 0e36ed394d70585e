package io.opendsql.storage.keys;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.UUID;

/**
 * Builds an order-preserving key: for any two values {@code a < b} of one column type, the encoding of
 * {@code a} sorts before that of {@code b} as unsigned bytes, and every encoding is self-delimiting (no value's
 * encoding is a proper prefix of another's), so concatenated columns compare column by column.
 *
 * <pre>
 * byte[] key = new KeyWriter().int32(tableId).value(KeyType.TEXT, name, ColumnOrder.NULLS_LAST).toByteArray();
 * </pre>
 *
 * Layouts: integers are big-endian with the sign bit flipped; floats are IEEE bits with the sign bit flipped
 * (negative: all bits inverted), -0.0 written as 0.0 and every NaN as the canonical NaN, which sorts above
 * +Infinity as in PostgreSQL; text (UTF-8, so C collation) and bytes escape 0x00 as 00 FF and end with 00 01;
 * numerics are described at {@link #numeric}.
 */
public final class KeyWriter {
    static final int NULL_LOW = 0x00;
    static final int PRESENT = 0x01;
    static final int NULL_HIGH = 0x02;

    static final int ESCAPE = 0x00;
    static final int ESCAPED_ZERO = 0xFF;
    static final int TERMINATOR = 0x01;

    static final int NUMERIC_NEGATIVE_INFINITY = 0x01;
    static final int NUMERIC_NEGATIVE = 0x02;
    static final int NUMERIC_ZERO = 0x03;
    static final int NUMERIC_POSITIVE = 0x04;
    static final int NUMERIC_POSITIVE_INFINITY = 0x05;
    static final int NUMERIC_NAN = 0x06;
    static final int DIGITS_END = 0x01;

    private byte[] buffer;
    private int length;

    public KeyWriter() {
        this(32);
    }

    public KeyWriter(int capacity) {
        buffer = new byte[Math.max(capacity, 8)];
    }

    /** A writer that continues after {@code prefix}, such as a table prefix. */
    public static KeyWriter startingWith(byte[] prefix) {
        KeyWriter writer = new KeyWriter(prefix.length + 32);
        writer.raw(prefix);
        return writer;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, length);
    }

    public int length() {
        return length;
    }

    /**
     * Writes one column: the null marker if the column is nullable, then the value, all bytes inverted when
     * the column is descending. {@code value} must be of {@code type.javaType()} or null.
     */
    public KeyWriter value(KeyType type, Object value, ColumnOrder order) {
        int start = length;
        if (value == null) {
            if (!order.nullable()) {
                throw new IllegalArgumentException("NULL in a NOT NULL key column");
            }
            boolean nullsLow = (order.nulls() == NullOrder.NULLS_FIRST) != order.descending();
            writeByte(nullsLow ? NULL_LOW : NULL_HIGH);
        } else {
            if (order.nullable()) {
                writeByte(PRESENT);
            }
            write(type, value);
        }
        if (order.descending()) {
            for (int i = start; i < length; i++) {
                buffer[i] = (byte) ~buffer[i];
            }
        }
        return this;
    }

    private void write(KeyType type, Object value) {
        switch (type) {
            case INT16 -> int16((Short) value);
            case INT32, DATE -> int32((Integer) value);
            case INT64, TIME, TIMESTAMP, TIMESTAMPTZ -> int64((Long) value);
            case FLOAT32 -> float32((Float) value);
            case FLOAT64 -> float64((Double) value);
            case NUMERIC -> numeric((NumericValue) value);
            case TEXT -> text((String) value);
            case BYTES -> bytes((byte[]) value);
            case BOOLEAN -> bool((Boolean) value);
            case UUID -> uuid((UUID) value);
        }
    }

    public KeyWriter int16(short value) {
        writeByte((value >>> 8) ^ 0x80);
        writeByte(value);
        return this;
    }

    public KeyWriter int32(int value) {
        return fixed32(value ^ Integer.MIN_VALUE);
    }

    public KeyWriter int64(long value) {
        return fixed64(value ^ Long.MIN_VALUE);
    }

    /** Days since 1970-01-01. */
    public KeyWriter date(int epochDays) {
        return int32(epochDays);
    }

    /** Microseconds: since midnight for time, since the epoch for timestamp and timestamptz. */
    public KeyWriter micros(long micros) {
        return int64(micros);
    }

    public KeyWriter float32(float value) {
        int bits = Float.floatToIntBits(value == 0.0f ? 0.0f : value);
        return fixed32(bits < 0 ? ~bits : bits ^ Integer.MIN_VALUE);
    }

    public KeyWriter float64(double value) {
        long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
        return fixed64(bits < 0 ? ~bits : bits ^ Long.MIN_VALUE);
    }

    public KeyWriter bool(boolean value) {
        return writeByte(value ? 1 : 0);
    }

    /** 16 bytes, most significant first: PostgreSQL compares uuids as unsigned bytes. */
    public KeyWriter uuid(UUID value) {
        fixed64(value.getMostSignificantBits());
        return fixed64(value.getLeastSignificantBits());
    }

    /** UTF-8 bytes, escaped and terminated: byte order is code point order, PostgreSQL's C collation. */
    public KeyWriter text(String value) {
        return bytes(value.getBytes(UTF_8));
    }

    /** 0x00 becomes 00 FF and the value ends with 00 01, so a prefix sorts before its extensions. */
    public KeyWriter bytes(byte[] value) {
        ensure(value.length + 2);
        for (byte b : value) {
            if (b == 0) {
                writeByte(ESCAPE);
                writeByte(ESCAPED_ZERO);
            } else {
                writeByte(b);
            }
        }
        writeByte(ESCAPE);
        return writeByte(TERMINATOR);
    }

    public KeyWriter numeric(BigDecimal value) {
        return numeric(NumericValue.of(value));
    }

    /**
     * A marker byte orders the classes (-Infinity, negative, zero, positive, Infinity, NaN). A nonzero value is
     * written as 0.d1d2d3... x 10^E with d1 != 0 and no trailing zeros, so it has one spelling: E as a
     * sign-flipped int32, then the digits in pairs, one byte per pair (pair + 2), then 0x01. Negative values
     * invert E and the digit bytes so larger magnitudes sort first.
     */
    public KeyWriter numeric(NumericValue value) {
        switch (value.kind()) {
            case NEGATIVE_INFINITY -> writeByte(NUMERIC_NEGATIVE_INFINITY);
            case POSITIVE_INFINITY -> writeByte(NUMERIC_POSITIVE_INFINITY);
            case NAN -> writeByte(NUMERIC_NAN);
            case FINITE -> finiteNumeric(value.value());
        }
        return this;
    }

    private void finiteNumeric(BigDecimal value) {
        int sign = value.signum();
        if (sign == 0) {
            writeByte(NUMERIC_ZERO);
            return;
        }
        BigDecimal magnitude = value.abs().stripTrailingZeros();
        String digits = magnitude.unscaledValue().toString();
        long exponent = (long) digits.length() - magnitude.scale();
        if (exponent != (int) exponent) {
            throw new IllegalArgumentException("numeric exponent out of range: " + value);
        }
        int invert = sign < 0 ? 0xFF : 0;
        writeByte(sign < 0 ? NUMERIC_NEGATIVE : NUMERIC_POSITIVE);
        int flipped = (int) exponent ^ Integer.MIN_VALUE;
        writeByte((flipped >>> 24) ^ invert);
        writeByte((flipped >>> 16) ^ invert);
        writeByte((flipped >>> 8) ^ invert);
        writeByte(flipped ^ invert);
        ensure(digits.length() / 2 + 2);
        for (int i = 0; i < digits.length(); i += 2) {
            int high = digits.charAt(i) - '0';
            int low = i + 1 < digits.length() ? digits.charAt(i + 1) - '0' : 0;
            writeByte((high * 10 + low + 2) ^ invert);
        }
        writeByte(DIGITS_END ^ invert);
    }

    /** Appends bytes as they are, such as an already encoded prefix. */
    public KeyWriter raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
        return this;
    }

    KeyWriter fixed32(int value) {
        ensure(4);
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
        return this;
    }

    /** Eight bytes, big-endian, as they are (no sign flip). */
    public KeyWriter fixed64(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (value >>> shift);
        }
        return this;
    }

    private KeyWriter writeByte(int value) {
        ensure(1);
        buffer[length++] = (byte) value;
        return this;
    }

    private void ensure(int extra) {
        if (length + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
        }
    }
}
