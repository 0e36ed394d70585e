package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** PostgreSQL's binary wire format of values: the typsend and typreceive functions. */
public final class BinaryIo {
    private static final int NUMERIC_POS = 0x0000;
    private static final int NUMERIC_NEG = 0x4000;
    private static final int NUMERIC_NAN = 0xC000;
    private static final int NUMERIC_PINF = 0xD000;
    private static final int NUMERIC_NINF = 0xF000;
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10000);

    private BinaryIo() {
    }

    /** typsend: the bytes of a non-null value. */
    public static byte[] send(PgType type, Object value) {
        if (type.isArray()) {
            return sendArray(type, (PgArray) value);
        }
        return switch (type) {
            case BOOL -> new byte[] {(byte) ((Boolean) value ? 1 : 0)};
            case BYTEA -> ((byte[]) value).clone();
            case CHAR -> new byte[] {(Byte) value};
            case NAME, TEXT, VARCHAR, BPCHAR, UNKNOWN, JSON, PG_NODE_TREE -> ((String) value).getBytes(StandardCharsets.UTF_8);
            case INT2 -> ByteBuffer.allocate(2).putShort((Short) value).array();
            case INT4 -> ByteBuffer.allocate(4).putInt((Integer) value).array();
            case INT8 -> ByteBuffer.allocate(8).putLong((Long) value).array();
            case OID, REGCLASS, REGTYPE, REGPROC, REGPROCEDURE, REGNAMESPACE, REGROLE, XID ->
                    ByteBuffer.allocate(4).putInt((int) (long) (Long) value).array();
            case FLOAT4 -> ByteBuffer.allocate(4).putFloat((Float) value).array();
            case FLOAT8 -> ByteBuffer.allocate(8).putDouble((Double) value).array();
            case NUMERIC -> sendNumeric((Numeric) value);
            case UUID -> {
                UUID uuid = (UUID) value;
                yield ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                        .putLong(uuid.getLeastSignificantBits()).array();
            }
            case JSONB -> {
                byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
                yield ByteBuffer.allocate(1 + text.length).put((byte) 1).put(text).array();
            }
            case INET -> {
                Inet inet = (Inet) value;
                byte[] address = inet.address();
                yield ByteBuffer.allocate(4 + address.length).put((byte) (inet.isIpv4() ? 2 : 3))
                        .put((byte) inet.bits()).put((byte) 0).put((byte) address.length).put(address).array();
            }
            case DATE -> ByteBuffer.allocate(4).putInt(((PgDate) value).days()).array();
            case TIME -> ByteBuffer.allocate(8).putLong(((PgTime) value).micros()).array();
            case TIMETZ -> ByteBuffer.allocate(12).putLong(((PgTimeTz) value).micros())
                    .putInt(((PgTimeTz) value).zoneWest()).array();
            case TIMESTAMP -> ByteBuffer.allocate(8).putLong(((PgTimestamp) value).micros()).array();
            case TIMESTAMPTZ -> ByteBuffer.allocate(8).putLong(((PgTimestampTz) value).micros()).array();
            case INTERVAL -> {
                Interval interval = (Interval) value;
                yield ByteBuffer.allocate(16).putLong(interval.micros()).putInt(interval.days())
                        .putInt(interval.months()).array();
            }
            default -> throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "no binary output function for type %s",
                    type.typeName());
        };
    }

    /** typreceive: a value from its bytes. */
    public static Object receive(SqlType sqlType, byte[] bytes) {
        PgType type = sqlType.type();
        if (type.isArray()) {
            return receiveArray(sqlType, bytes);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        Object value = switch (type) {
            case BOOL -> {
                expect(bytes, 1);
                yield bytes[0] != 0;
            }
            case BYTEA -> bytes.clone();
            case CHAR -> bytes.length == 0 ? (byte) 0 : bytes[0];
            case NAME -> CharacterText.name(utf8(bytes));
            case TEXT, UNKNOWN -> utf8(bytes);
            case VARCHAR -> CharacterText.varchar(utf8(bytes), sqlType.typmod(), false);
            case BPCHAR -> CharacterText.bpchar(utf8(bytes), sqlType.typmod(), false);
            case JSON -> JsonText.validate(utf8(bytes));
            case INT2 -> {
                expect(bytes, 2);
                yield in.getShort();
            }
            case INT4 -> {
                expect(bytes, 4);
                yield in.getInt();
            }
            case INT8 -> {
                expect(bytes, 8);
                yield in.getLong();
            }
            case OID, REGCLASS, REGTYPE, REGPROC, REGPROCEDURE, REGNAMESPACE, REGROLE, XID -> {
                expect(bytes, 4);
                yield Integer.toUnsignedLong(in.getInt());
            }
            case FLOAT4 -> {
                expect(bytes, 4);
                yield in.getFloat();
            }
            case FLOAT8 -> {
                expect(bytes, 8);
                yield in.getDouble();
            }
            case NUMERIC -> receiveNumeric(in).applyTypmod(sqlType.typmod());
            case UUID -> {
                expect(bytes, 16);
                yield new UUID(in.getLong(), in.getLong());
            }
            case JSONB -> {
                if (bytes.length == 0 || bytes[0] != 1) {
                    throw Errors.binary("unsupported jsonb version number " + (bytes.length == 0 ? 0 : bytes[0]));
                }
                yield Jsonb.parse(new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8));
            }
            case INET -> {
                int family = in.get();
                int bits = in.get() & 0xff;
                in.get();
                int length = in.get();
                if ((family != 2 && family != 3) || length != (family == 2 ? 4 : 16)
                        || bits > length * 8 || in.remaining() != length) {
                    throw Errors.binary("invalid external \"inet\" value");
                }
                byte[] address = new byte[length];
                in.get(address);
                yield new Inet(address, bits);
            }
            case DATE -> {
                expect(bytes, 4);
                yield new PgDate(in.getInt());
            }
            case TIME -> {
                expect(bytes, 8);
                long micros = in.getLong();
                if (micros < 0 || micros > PgTime.MAX_MICROS) {
                    throw DsqlException.of(SqlState.INVALID_BINARY_REPRESENTATION, "time out of range");
                }
                yield new PgTime(DateTimeText.roundTime(micros, sqlType.typmod()));
            }
            case TIMETZ -> {
                expect(bytes, 12);
                long micros = in.getLong();
                int zone = in.getInt();
                if (micros < 0 || micros > PgTime.MAX_MICROS) {
                    throw DsqlException.of(SqlState.INVALID_BINARY_REPRESENTATION, "time out of range");
                }
                if (Math.abs(zone) > PgTimeTz.MAX_OFFSET_SECONDS) {
                    throw DsqlException.of(SqlState.INVALID_BINARY_REPRESENTATION, "time zone displacement out of range");
                }
                yield new PgTimeTz(DateTimeText.roundTime(micros, sqlType.typmod()), -zone);
            }
            case TIMESTAMP -> {
                expect(bytes, 8);
                yield new PgTimestamp(checkTimestamp(in.getLong(), sqlType.typmod()));
            }
            case TIMESTAMPTZ -> {
                expect(bytes, 8);
                yield new PgTimestampTz(checkTimestamp(in.getLong(), sqlType.typmod()));
            }
            case INTERVAL -> {
                expect(bytes, 16);
                long micros = in.getLong();
                int days = in.getInt();
                int months = in.getInt();
                yield IntervalText.applyTypmod(new Interval(months, days, micros), sqlType.typmod());
            }
            default -> throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "no binary input function for type %s",
                    type.typeName());
        };
        return value;
    }

    private static long checkTimestamp(long micros, int typmod) {
        if (micros == Long.MIN_VALUE || micros == Long.MAX_VALUE) {
            return micros;
        }
        if (!Julian.isValidTimestamp(micros)) {
            throw DsqlException.of(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
        }
        return DateTimeText.roundTimestamp(micros, typmod, null);
    }

    private static void expect(byte[] bytes, int length) {
        if (bytes.length < length) {
            throw Errors.binary("insufficient data left in message");
        }
        if (bytes.length > length) {
            throw Errors.binary("incorrect binary data format");
        }
    }

    /** pq_getmsgtext's check: valid UTF-8 without NUL, else 22021 as PostgreSQL reports it. */
    static String utf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xff;
            int length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
            boolean valid = lead != 0 && (lead < 0x80 || (lead >= 0xc2 && lead <= 0xf4)) && i + length <= bytes.length;
            for (int k = 1; valid && k < length; k++) {
                valid = (bytes[i + k] & 0xc0) == 0x80;
            }
            if (valid && length == 3) {
                int second = bytes[i + 1] & 0xff;
                valid = !(lead == 0xe0 && second < 0xa0) && !(lead == 0xed && second >= 0xa0);
            } else if (valid && length == 4) {
                int second = bytes[i + 1] & 0xff;
                valid = !(lead == 0xf0 && second < 0x90) && !(lead == 0xf4 && second >= 0x90);
            }
            if (!valid) {
                StringBuilder shown = new StringBuilder();
                for (int k = i; k < Math.min(bytes.length, i + length); k++) {
                    shown.append(k == i ? "" : " ").append(String.format("0x%02x", bytes[k] & 0xff));
                }
                throw DsqlException.of(SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                        "invalid byte sequence for encoding \"UTF8\": %s", shown);
            }
            i += length;
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static byte[] sendNumeric(Numeric value) {
        switch (value.kind()) {
            case NAN -> {
                return numericHeader(0, 0, NUMERIC_NAN, 0).array();
            }
            case POSITIVE_INFINITY -> {
                return numericHeader(0, 0, NUMERIC_PINF, 0x20).array();
            }
            case NEGATIVE_INFINITY -> {
                return numericHeader(0, 0, NUMERIC_NINF, 0x20).array();
            }
            default -> { }
        }
        BigDecimal decimal = value.decimal();
        int dscale = decimal.scale();
        String plain = decimal.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        integer = "0".repeat((4 - integer.length() % 4) % 4) + integer;
        fraction = fraction + "0".repeat((4 - fraction.length() % 4) % 4);
        List<Integer> digits = new ArrayList<>();
        for (int i = 0; i < integer.length(); i += 4) {
            digits.add(Integer.parseInt(integer.substring(i, i + 4)));
        }
        for (int i = 0; i < fraction.length(); i += 4) {
            digits.add(Integer.parseInt(fraction.substring(i, i + 4)));
        }
        int weight = integer.length() / 4 - 1;
        int start = 0;
        while (start < digits.size() && digits.get(start) == 0) {
            start++;
            weight--;
        }
        int end = digits.size();
        while (end > start && digits.get(end - 1) == 0) {
            end--;
        }
        if (start == end) {
            weight = 0;
        }
        int sign = decimal.signum() < 0 ? NUMERIC_NEG : NUMERIC_POS;
        ByteBuffer out = ByteBuffer.allocate(8 + 2 * (end - start));
        out.putShort((short) (end - start)).putShort((short) weight).putShort((short) sign).putShort((short) dscale);
        for (int i = start; i < end; i++) {
            out.putShort((short) (int) digits.get(i));
        }
        return out.array();
    }

    private static ByteBuffer numericHeader(int ndigits, int weight, int sign, int dscale) {
        return ByteBuffer.allocate(8).putShort((short) ndigits).putShort((short) weight).putShort((short) sign)
                .putShort((short) dscale);
    }

    static Numeric receiveNumeric(ByteBuffer in) {
        if (in.remaining() < 8) {
            throw Errors.binary("insufficient data left in message");
        }
        int ndigits = in.getShort() & 0xffff;
        int weight = in.getShort();
        int sign = in.getShort() & 0xffff;
        int dscale = in.getShort() & 0xffff;
        if (sign == NUMERIC_NAN) {
            return Numeric.NAN;
        }
        if (sign == NUMERIC_PINF) {
            return Numeric.POSITIVE_INFINITY;
        }
        if (sign == NUMERIC_NINF) {
            return Numeric.NEGATIVE_INFINITY;
        }
        if (sign != NUMERIC_POS && sign != NUMERIC_NEG) {
            throw Errors.binary("invalid sign in external \"numeric\" value");
        }
        if ((dscale & 0x3fff) != dscale) {
            throw Errors.binary("invalid scale in external \"numeric\" value");
        }
        if (in.remaining() != 2 * ndigits) {
            throw Errors.binary("insufficient data left in message");
        }
        BigInteger unscaled = BigInteger.ZERO;
        for (int i = 0; i < ndigits; i++) {
            int digit = in.getShort();
            if (digit < 0 || digit >= 10000) {
                throw Errors.binary("invalid digit in external \"numeric\" value");
            }
            unscaled = unscaled.multiply(TEN_THOUSAND).add(BigInteger.valueOf(digit));
        }
        // the last digit has weight (weight - ndigits + 1): value = unscaled * 10000^(weight - ndigits + 1)
        int exponent = 4 * (weight - ndigits + 1);
        BigDecimal value = new BigDecimal(unscaled, -exponent);
        if (sign == NUMERIC_NEG) {
            value = value.negate();
        }
        return Numeric.of(value.setScale(dscale, java.math.RoundingMode.HALF_UP));
    }

    private static byte[] sendArray(PgType type, PgArray array) {
        PgType elementType = type.elementType();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] dims = array.dimensions();
        int[] lower = array.lowerBounds();
        boolean hasNull = array.elements().contains(null);
        writeInt(out, dims.length);
        writeInt(out, hasNull ? 1 : 0);
        writeInt(out, elementType.oid());
        for (int d = 0; d < dims.length; d++) {
            writeInt(out, dims[d]);
            writeInt(out, lower[d]);
        }
        for (Object element : array.elements()) {
            if (element == null) {
                writeInt(out, -1);
            } else {
                byte[] bytes = send(elementType, element);
                writeInt(out, bytes.length);
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static PgArray receiveArray(SqlType arrayType, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.remaining() < 12) {
            throw Errors.binary("insufficient data left in message");
        }
        int ndim = in.getInt();
        int flags = in.getInt();
        int elementOid = in.getInt();
        if (ndim < 0) {
            throw Errors.binary("invalid number of dimensions: " + ndim);
        }
        if (ndim > 6) {
            throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "number of array dimensions (%d) exceeds the maximum allowed (%d)", ndim, 6);
        }
        if (flags != 0 && flags != 1) {
            throw Errors.binary("invalid array flags");
        }
        SqlType elementType = arrayType.element();
        if (elementOid != elementType.type().oid()) {
            throw DsqlException.of(SqlState.DATATYPE_MISMATCH, "binary data has array element type %d (%s) instead of expected %d (%s)",
                    elementOid, PgType.byOid(elementOid).map(t -> SqlType.of(t).formatType()).orElse("???"),
                    elementType.type().oid(), SqlType.of(elementType.type()).formatType());
        }
        int[] dims = new int[ndim];
        int[] lower = new int[ndim];
        long count = ndim == 0 ? 0 : 1;
        for (int d = 0; d < ndim; d++) {
            dims[d] = in.getInt();
            lower[d] = in.getInt();
            count *= dims[d];
        }
        if (count == 0) {
            return PgArray.empty();
        }
        List<Object> elements = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            int length = in.getInt();
            if (length == -1) {
                elements.add(null);
                continue;
            }
            if (length < 0 || length > in.remaining()) {
                throw Errors.binary("insufficient data left in message");
            }
            byte[] element = new byte[length];
            in.get(element);
            elements.add(receive(elementType, element));
        }
        return new PgArray(dims, lower, elements);
    }
}
