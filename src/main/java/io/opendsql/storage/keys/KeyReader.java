package io.opendsql.storage.keys;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.UUID;

/** Decodes what {@link KeyWriter} wrote, column by column, from the front of a key. */
public final class KeyReader {
    private final byte[] key;
    private int position;
    /** 0xFF while reading a descending column, whose bytes were inverted. */
    private int mask;

    public KeyReader(byte[] key) {
        this(key, 0);
    }

    public KeyReader(byte[] key, int position) {
        this.key = key;
        this.position = position;
    }

    public int position() {
        return position;
    }

    public boolean hasRemaining() {
        return position < key.length;
    }

    /** Reads one column written by {@link KeyWriter#value}; null for a NULL. */
    public Object value(KeyType type, ColumnOrder order) {
        mask = order.descending() ? 0xFF : 0;
        try {
            if (order.nullable()) {
                int marker = next();
                if (marker != KeyWriter.PRESENT) {
                    if (marker != KeyWriter.NULL_LOW && marker != KeyWriter.NULL_HIGH) {
                        throw corrupt("null marker " + marker);
                    }
                    return null;
                }
            }
            return read(type);
        } finally {
            mask = 0;
        }
    }

    private Object read(KeyType type) {
        return switch (type) {
            case INT16 -> int16();
            case INT32, DATE -> int32();
            case INT64, TIME, TIMESTAMP, TIMESTAMPTZ -> int64();
            case FLOAT32 -> float32();
            case FLOAT64 -> float64();
            case NUMERIC -> numeric();
            case TEXT -> text();
            case BYTES -> bytes();
            case BOOLEAN -> bool();
            case UUID -> uuid();
        };
    }

    public short int16() {
        int high = next() ^ 0x80;
        return (short) ((high << 8) | next());
    }

    public int int32() {
        return fixed32() ^ Integer.MIN_VALUE;
    }

    public long int64() {
        return fixed64() ^ Long.MIN_VALUE;
    }

    public int date() {
        return int32();
    }

    public long micros() {
        return int64();
    }

    public float float32() {
        int bits = fixed32();
        return Float.intBitsToFloat(bits < 0 ? bits ^ Integer.MIN_VALUE : ~bits);
    }

    public double float64() {
        long bits = fixed64();
        return Double.longBitsToDouble(bits < 0 ? bits ^ Long.MIN_VALUE : ~bits);
    }

    public boolean bool() {
        int value = next();
        if (value > 1) {
            throw corrupt("boolean " + value);
        }
        return value == 1;
    }

    public UUID uuid() {
        long most = fixed64();
        return new UUID(most, fixed64());
    }

    public String text() {
        return new String(bytes(), UTF_8);
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            int b = next();
            if (b != KeyWriter.ESCAPE) {
                out.write(b);
                continue;
            }
            int escaped = next();
            if (escaped == KeyWriter.TERMINATOR) {
                return out.toByteArray();
            }
            if (escaped != KeyWriter.ESCAPED_ZERO) {
                throw corrupt("escape 00 " + Integer.toHexString(escaped));
            }
            out.write(0);
        }
    }

    public NumericValue numeric() {
        int marker = next();
        return switch (marker) {
            case KeyWriter.NUMERIC_NEGATIVE_INFINITY -> NumericValue.NEGATIVE_INFINITY;
            case KeyWriter.NUMERIC_POSITIVE_INFINITY -> NumericValue.POSITIVE_INFINITY;
            case KeyWriter.NUMERIC_NAN -> NumericValue.NAN;
            case KeyWriter.NUMERIC_ZERO -> NumericValue.of(BigDecimal.ZERO);
            case KeyWriter.NUMERIC_POSITIVE, KeyWriter.NUMERIC_NEGATIVE -> finiteNumeric(marker == KeyWriter.NUMERIC_NEGATIVE);
            default -> throw corrupt("numeric marker " + marker);
        };
    }

    private NumericValue finiteNumeric(boolean negative) {
        int invert = negative ? 0xFF : 0;
        int flipped = 0;
        for (int i = 0; i < 4; i++) {
            flipped = (flipped << 8) | (next() ^ invert);
        }
        int exponent = flipped ^ Integer.MIN_VALUE;
        StringBuilder digits = new StringBuilder();
        while (true) {
            int b = next() ^ invert;
            if (b == KeyWriter.DIGITS_END) {
                break;
            }
            int pair = b - 2;
            if (pair < 0 || pair > 99) {
                throw corrupt("numeric digit pair " + b);
            }
            digits.append((char) ('0' + pair / 10)).append((char) ('0' + pair % 10));
        }
        if (digits.charAt(digits.length() - 1) == '0') {
            digits.setLength(digits.length() - 1);
        }
        BigDecimal magnitude = new BigDecimal(new BigInteger(digits.toString()), digits.length() - exponent);
        return NumericValue.of(negative ? magnitude.negate() : magnitude);
    }

    int fixed32() {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | next();
        }
        return value;
    }

    /** Eight bytes, big-endian, as they are. */
    public long fixed64() {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | next();
        }
        return value;
    }

    private int next() {
        if (position >= key.length) {
            throw corrupt("key ends early");
        }
        return (key[position++] ^ mask) & 0xFF;
    }

    private IllegalArgumentException corrupt(String what) {
        return new IllegalArgumentException("malformed key at byte " + position + ": " + what);
    }
}
