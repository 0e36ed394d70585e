package io.opendsql.sql.types;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Comparison and hashing of non-null values of one type, consistent with PostgreSQL's btree and
 * hash operator classes: NaN sorts above every other float or numeric and equals itself; text
 * compares in the C collation (UTF-8 bytes); bpchar ignores trailing spaces; interval compares its
 * 30-day-month, 24-hour-day total; timestamptz and timetz compare instants; uuid compares bytes.
 * Equal values hash equally.
 */
public final class ValueOrder {
    private ValueOrder() {
    }

    public static int compare(PgType type, Object left, Object right) {
        if (type.isArray()) {
            return compareArrays(type.elementType(), (PgArray) left, (PgArray) right);
        }
        return switch (type) {
            case BOOL -> Boolean.compare((Boolean) left, (Boolean) right);
            case INT2 -> Short.compare((Short) left, (Short) right);
            case INT4 -> Integer.compare((Integer) left, (Integer) right);
            case INT8, OID, REGCLASS, REGTYPE, REGPROC, REGPROCEDURE, REGNAMESPACE, REGROLE, XID ->
                    Long.compare((Long) left, (Long) right);
            case CHAR -> Integer.compare((Byte) left & 0xff, (Byte) right & 0xff);
            case FLOAT4 -> compareFloat((Float) left, (Float) right);
            case FLOAT8 -> compareFloat((Double) left, (Double) right);
            case NUMERIC -> ((Numeric) left).compareTo((Numeric) right);
            case TEXT, VARCHAR, NAME, UNKNOWN, JSON, PG_NODE_TREE, ACLITEM -> compareText((String) left, (String) right);
            case BPCHAR -> compareText(CharacterText.stripTrailingSpaces((String) left),
                    CharacterText.stripTrailingSpaces((String) right));
            case BYTEA -> compareBytes((byte[]) left, (byte[]) right);
            case UUID -> compareUuid((UUID) left, (UUID) right);
            case DATE -> ((PgDate) left).compareTo((PgDate) right);
            case TIME -> ((PgTime) left).compareTo((PgTime) right);
            case TIMETZ -> ((PgTimeTz) left).compareTo((PgTimeTz) right);
            case TIMESTAMP -> ((PgTimestamp) left).compareTo((PgTimestamp) right);
            case TIMESTAMPTZ -> ((PgTimestampTz) left).compareTo((PgTimestampTz) right);
            case INTERVAL -> ((Interval) left).compareTo((Interval) right);
            case INET -> ((Inet) left).compareTo((Inet) right);
            case JSONB -> ((Jsonb) left).compareTo((Jsonb) right);
            default -> throw new IllegalArgumentException("no ordering for " + type.typeName());
        };
    }

    /** float comparison: -0 equals 0, NaN equals NaN and is greater than everything else. */
    static int compareFloat(double left, double right) {
        boolean leftNan = Double.isNaN(left);
        boolean rightNan = Double.isNaN(right);
        if (leftNan || rightNan) {
            return leftNan == rightNan ? 0 : leftNan ? 1 : -1;
        }
        return left < right ? -1 : left > right ? 1 : 0;
    }

    /**
     * Text in the C collation: UTF-8 byte order, which is code point order. UTF-16 order differs
     * only where a supplementary character (a surrogate pair) meets U+E000..U+FFFF.
     */
    public static int compareText(String left, String right) {
        int n = Math.min(left.length(), right.length());
        for (int i = 0; i < n; i++) {
            char a = left.charAt(i);
            char b = right.charAt(i);
            if (a != b) {
                boolean surrogateA = Character.isSurrogate(a);
                boolean surrogateB = Character.isSurrogate(b);
                if (surrogateA == surrogateB) {
                    return a < b ? -1 : 1;
                }
                return surrogateA ? 1 : -1;
            }
        }
        return Integer.compare(left.length(), right.length());
    }

    private static int compareUuid(UUID left, UUID right) {
        int high = Long.compareUnsigned(left.getMostSignificantBits(), right.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(left.getLeastSignificantBits(), right.getLeastSignificantBits());
    }

    private static int compareBytes(byte[] left, byte[] right) {
        return Arrays.compareUnsigned(left, right);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** array_cmp: element by element (NULL greater than any value), then element count, dimensions, bounds. */
    private static int compareArrays(PgType elementType, PgArray left, PgArray right) {
        List<Object> a = left.elements();
        List<Object> b = right.elements();
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x == null || y == null) {
                if (x == null && y == null) {
                    continue;
                }
                return x == null ? 1 : -1;
            }
            int c = compare(elementType, x, y);
            if (c != 0) {
                return c;
            }
        }
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        int dims = Integer.compare(left.dimensionCount(), right.dimensionCount());
        if (dims != 0) {
            return dims;
        }
        int[] ld = left.dimensions();
        int[] rd = right.dimensions();
        for (int d = 0; d < ld.length; d++) {
            if (ld[d] != rd[d]) {
                return Integer.compare(ld[d], rd[d]);
            }
        }
        int[] ll = left.lowerBounds();
        int[] rl = right.lowerBounds();
        for (int d = 0; d < ll.length; d++) {
            if (ll[d] != rl[d]) {
                return Integer.compare(ll[d], rl[d]);
            }
        }
        return 0;
    }

    /** A hash consistent with {@link #compare}: values comparing equal hash equally. */
    public static int hash(PgType type, Object value) {
        if (type.isArray()) {
            int h = 1;
            for (Object element : ((PgArray) value).elements()) {
                h = 31 * h + (element == null ? 0 : hash(type.elementType(), element));
            }
            return h;
        }
        return switch (type) {
            case FLOAT4, FLOAT8 -> {
                double d = ((Number) value).doubleValue();
                yield Double.isNaN(d) ? 0x7ff8 : d == 0 ? 0 : Double.hashCode(d);
            }
            case NUMERIC -> {
                Numeric n = (Numeric) value;
                yield n.isFinite() ? (n.decimal().signum() == 0 ? 0 : n.decimal().stripTrailingZeros().hashCode())
                        : n.kind().hashCode();
            }
            case BPCHAR -> CharacterText.stripTrailingSpaces((String) value).hashCode();
            case BYTEA -> Arrays.hashCode((byte[]) value);
            case INTERVAL -> ((Interval) value).normalizedHash();
            case TIMETZ -> Long.hashCode(((PgTimeTz) value).micros()) * 31 + ((PgTimeTz) value).offsetSeconds();
            case JSONB -> value.hashCode();
            default -> value.hashCode();
        };
    }
}
