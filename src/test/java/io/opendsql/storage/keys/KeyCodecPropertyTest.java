package io.opendsql.storage.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendsql.storage.Bytes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * For random values of every type, edge values included: the byte order of encodings equals PostgreSQL's
 * order of the values, and decoding gives the value back (in its canonical key form: -0.0 as 0.0, numerics
 * without trailing zeros).
 */
class KeyCodecPropertyTest {
    private static final long SEED = Long.getLong("keys.seed", System.nanoTime());
    private final Random random = new Random(SEED);

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void encodingOrderMatchesValueOrderAndDecodingRoundTrips(KeyType type) {
        List<Object> values = new ArrayList<>(edgeValues(type));
        for (int i = 0; i < 200; i++) {
            values.add(randomValue(type));
        }
        Comparator<Object> order = order(type);
        for (ColumnOrder columnOrder : List.of(ColumnOrder.NOT_NULL, ColumnOrder.NULLS_FIRST.reversed())) {
            List<byte[]> encoded = new ArrayList<>();
            for (Object value : values) {
                byte[] key = new KeyWriter().value(type, value, columnOrder).toByteArray();
                encoded.add(key);
                KeyReader reader = new KeyReader(key);
                Object decoded = reader.value(type, columnOrder);
                assertThat(order.compare(decoded, value)).as("round trip of %s (seed %s)", show(value), SEED).isZero();
                assertThat(reader.hasRemaining()).isFalse();
            }
            int sign = columnOrder.descending() ? -1 : 1;
            for (int i = 0; i < values.size(); i++) {
                for (int j = 0; j < values.size(); j += 1 + random.nextInt(4)) {
                    int expected = Integer.signum(order.compare(values.get(i), values.get(j))) * sign;
                    int actual = Integer.signum(Bytes.compare(encoded.get(i), encoded.get(j)));
                    assertThat(actual).as("%s vs %s %s (seed %s)", show(values.get(i)), show(values.get(j)),
                            columnOrder, SEED).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void compositeKeysCompareColumnByColumnWithNullOrders() {
        KeyType[] types = KeyType.values();
        for (int round = 0; round < 300; round++) {
            int columns = 1 + random.nextInt(4);
            KeyType[] columnTypes = new KeyType[columns];
            ColumnOrder[] orders = new ColumnOrder[columns];
            for (int c = 0; c < columns; c++) {
                columnTypes[c] = types[random.nextInt(types.length)];
                orders[c] = new ColumnOrder(true, random.nextBoolean() ? NullOrder.NULLS_FIRST : NullOrder.NULLS_LAST,
                        random.nextInt(4) == 0);
            }
            List<Object[]> rows = new ArrayList<>();
            for (int r = 0; r < 12; r++) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    // small domains so rows often share leading columns
                    row[c] = random.nextInt(5) == 0 ? null
                            : r > 0 && random.nextBoolean() ? rows.get(random.nextInt(r))[c] : randomValue(columnTypes[c]);
                }
                rows.add(row);
            }
            int tableId = random.nextInt();
            List<byte[]> keys = new ArrayList<>();
            for (Object[] row : rows) {
                KeyWriter writer = new KeyWriter().int32(tableId);
                for (int c = 0; c < columns; c++) {
                    writer.value(columnTypes[c], row[c], orders[c]);
                }
                byte[] key = writer.toByteArray();
                keys.add(key);
                KeyReader reader = new KeyReader(key);
                assertThat(reader.int32()).isEqualTo(tableId);
                for (int c = 0; c < columns; c++) {
                    Object decoded = reader.value(columnTypes[c], orders[c]);
                    assertThat(compareNullable(decoded, row[c], columnTypes[c], orders[c])).isZero();
                }
                assertThat(reader.hasRemaining()).isFalse();
            }
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < rows.size(); j++) {
                    int expected = 0;
                    for (int c = 0; c < columns && expected == 0; c++) {
                        expected = compareNullable(rows.get(i)[c], rows.get(j)[c], columnTypes[c], orders[c]);
                    }
                    assertThat(Integer.signum(Bytes.compare(keys.get(i), keys.get(j))))
                            .as("%s vs %s types %s orders %s (seed %s)", Arrays.deepToString(rows.get(i)),
                                    Arrays.deepToString(rows.get(j)), Arrays.toString(columnTypes),
                                    Arrays.toString(orders), SEED)
                            .isEqualTo(Integer.signum(expected));
                }
            }
        }
    }

    @Test
    void tableIdPrefixSeparatesTables() {
        byte[] lastOfTableOne = new KeyWriter().int32(1).text("\uFFFF\uFFFF").toByteArray();
        byte[] firstOfTableTwo = new KeyWriter().int32(2).value(KeyType.TEXT, null, ColumnOrder.NULLS_FIRST).toByteArray();
        assertThat(Bytes.compare(lastOfTableOne, firstOfTableTwo)).isNegative();
    }

    @Test
    void knownEncodings() {
        HexFormat hex = HexFormat.of();
        assertThat(hex.formatHex(new KeyWriter().int32(1).toByteArray())).isEqualTo("80000001");
        assertThat(hex.formatHex(new KeyWriter().int16((short) -1).toByteArray())).isEqualTo("7fff");
        assertThat(hex.formatHex(new KeyWriter().text("a\0b").toByteArray())).isEqualTo("6100ff620001");
        assertThat(hex.formatHex(new KeyWriter().numeric(new BigDecimal("12.50")).toByteArray()))
                .isEqualTo("04" + "80000002" + "0e" + "34" + "01");
        assertThat(hex.formatHex(new KeyWriter().value(KeyType.INT32, null, ColumnOrder.NULLS_LAST).toByteArray()))
                .isEqualTo("02");
        assertThat(new KeyWriter().float64(-0.0).toByteArray()).isEqualTo(new KeyWriter().float64(0.0).toByteArray());
    }

    @Test
    void nullInNotNullColumnAndTruncatedKeysAreRejected() {
        assertThatThrownBy(() -> new KeyWriter().value(KeyType.INT32, null, ColumnOrder.NOT_NULL))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] key = new KeyWriter().text("abc").toByteArray();
        assertThatThrownBy(() -> new KeyReader(Arrays.copyOf(key, 3)).text())
                .hasMessageContaining("key ends early");
    }

    private static int compareNullable(Object a, Object b, KeyType type, ColumnOrder order) {
        int result;
        if (a == null || b == null) {
            if (a == b) {
                return 0;
            }
            boolean nullsFirst = order.nulls() == NullOrder.NULLS_FIRST;
            // NULLS FIRST/LAST is about the final order, whatever the direction
            return a == null ? (nullsFirst ? -1 : 1) : (nullsFirst ? 1 : -1);
        }
        result = order(type).compare(a, b);
        return order.descending() ? -result : result;
    }

    private static String show(Object value) {
        return value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value);
    }

    /** PostgreSQL's order for each type. */
    @SuppressWarnings("unchecked")
    static Comparator<Object> order(KeyType type) {
        Comparator<?> comparator = switch (type) {
            case INT16 -> Comparator.<Short>naturalOrder();
            case INT32, DATE -> Comparator.<Integer>naturalOrder();
            case INT64, TIME, TIMESTAMP, TIMESTAMPTZ -> Comparator.<Long>naturalOrder();
            case FLOAT32 -> (Float a, Float b) -> Float.compare(a == 0.0f ? 0.0f : a, b == 0.0f ? 0.0f : b);
            case FLOAT64 -> (Double a, Double b) -> Double.compare(a == 0.0 ? 0.0 : a, b == 0.0 ? 0.0 : b);
            case NUMERIC -> Comparator.<NumericValue>naturalOrder();
            case TEXT -> (String a, String b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
            case BYTES -> (byte[] a, byte[] b) -> Arrays.compareUnsigned(a, b);
            case BOOLEAN -> Comparator.<Boolean>naturalOrder();
            case UUID -> (UUID a, UUID b) -> {
                int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
                return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
            };
        };
        return (Comparator<Object>) comparator;
    }

    private static List<Object> edgeValues(KeyType type) {
        return switch (type) {
            case INT16 -> List.of(Short.MIN_VALUE, (short) -1, (short) 0, (short) 1, Short.MAX_VALUE);
            case INT32, DATE -> List.of(Integer.MIN_VALUE, -1, 0, 1, 255, 256, Integer.MAX_VALUE);
            case INT64, TIME, TIMESTAMP, TIMESTAMPTZ -> List.of(Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE);
            case FLOAT32 -> List.of(Float.NEGATIVE_INFINITY, -Float.MAX_VALUE, -1.0f, -Float.MIN_VALUE, -0.0f, 0.0f,
                    Float.MIN_VALUE, Float.MIN_NORMAL, 1.0f, Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NaN,
                    Float.intBitsToFloat(0xFFC00001));
            case FLOAT64 -> List.of(Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1.0, -Double.MIN_VALUE, -0.0, 0.0,
                    Double.MIN_VALUE, 1.0, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN,
                    Double.longBitsToDouble(0xFFF8000000000001L));
            case NUMERIC -> List.of(NumericValue.NEGATIVE_INFINITY, NumericValue.POSITIVE_INFINITY, NumericValue.NAN,
                    NumericValue.of("0"), NumericValue.of("0.000"), NumericValue.of("-0.0"), NumericValue.of("1"),
                    NumericValue.of("1.00"), NumericValue.of("10"), NumericValue.of("0.1"), NumericValue.of("-1"),
                    NumericValue.of("-10"), NumericValue.of("-0.1"), NumericValue.of("99.99"), NumericValue.of("100"),
                    NumericValue.of("1E+1000"), NumericValue.of("-1E-1000"), NumericValue.of("123456789.987654321"),
                    NumericValue.of("0.5"), NumericValue.of("0.50001"), NumericValue.of("-0.5"), NumericValue.of("-0.51"));
            case TEXT -> List.of("", "a", "a\0", "a\0\0", "ab", "b", "\0", "\u00e9", "\uFFFF", "\uD83D\uDE00", "z");
            case BYTES -> List.of(new byte[0], new byte[] {0}, new byte[] {0, 0}, new byte[] {0, 1}, new byte[] {1},
                    new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFF, 0});
            case BOOLEAN -> List.of(false, true);
            case UUID -> List.of(new UUID(0, 0), new UUID(-1, -1), new UUID(Long.MIN_VALUE, 0), new UUID(1, -1));
        };
    }

    private Object randomValue(KeyType type) {
        return switch (type) {
            case INT16 -> (short) random.nextInt();
            case INT32, DATE -> random.nextBoolean() ? random.nextInt() : random.nextInt(200) - 100;
            case INT64, TIME, TIMESTAMP, TIMESTAMPTZ -> random.nextBoolean() ? random.nextLong() : (long) random.nextInt(200) - 100;
            case FLOAT32 -> random.nextBoolean() ? Float.intBitsToFloat(random.nextInt()) : (float) random.nextGaussian();
            case FLOAT64 -> random.nextBoolean() ? Double.longBitsToDouble(random.nextLong()) : random.nextGaussian() * 100;
            case NUMERIC -> randomNumeric();
            case TEXT -> randomText();
            case BYTES -> {
                byte[] bytes = new byte[random.nextInt(5)];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (random.nextInt(3) == 0 ? 0 : random.nextInt(4) == 0 ? 0xFF : random.nextInt());
                }
                yield bytes;
            }
            case BOOLEAN -> random.nextBoolean();
            case UUID -> random.nextBoolean() ? UUID.randomUUID() : new UUID(random.nextInt(3) - 1, random.nextInt(3) - 1);
        };
    }

    private NumericValue randomNumeric() {
        int pick = random.nextInt(20);
        if (pick == 0) {
            return NumericValue.NAN;
        }
        if (pick == 1) {
            return random.nextBoolean() ? NumericValue.POSITIVE_INFINITY : NumericValue.NEGATIVE_INFINITY;
        }
        BigInteger unscaled = new BigInteger(1 + random.nextInt(80), random);
        if (random.nextBoolean()) {
            unscaled = unscaled.negate();
        }
        return NumericValue.of(new BigDecimal(unscaled, random.nextInt(40) - 20));
    }

    private String randomText() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            int codePoint = switch (kind) {
                case 0 -> 0;
                case 1 -> 0x80 + random.nextInt(0x780);
                case 2 -> 0x800 + random.nextInt(0xD000);
                case 3 -> 0x10000 + random.nextInt(0x10000);
                default -> 'a' + random.nextInt(3);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }
}
