package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The casts between built-in types, with pg_cast's contexts: {@code find(INT4, INT8)} is implicit,
 * {@code find(INT8, INT4)} assignment, {@code find(INT4, BOOL)} explicit. Types without a pg_cast
 * entry convert through text (output then input): to a string type in assignment context, from a
 * string type only explicitly, as PostgreSQL does.
 */
public final class Casts {
    private record Key(PgType source, PgType target) {
    }

    private static final Map<Key, Cast> CASTS = new HashMap<>();

    static {
        CastContext i = CastContext.IMPLICIT;
        CastContext a = CastContext.ASSIGNMENT;
        CastContext e = CastContext.EXPLICIT;
        // integers
        add(PgType.INT2, PgType.INT4, i, (v, c) -> (int) (Short) v);
        add(PgType.INT2, PgType.INT8, i, (v, c) -> (long) (Short) v);
        add(PgType.INT4, PgType.INT8, i, (v, c) -> (long) (Integer) v);
        add(PgType.INT4, PgType.INT2, a, (v, c) -> toInt2((Integer) v));
        add(PgType.INT8, PgType.INT2, a, (v, c) -> toInt2((Long) v));
        add(PgType.INT8, PgType.INT4, a, (v, c) -> toInt4((Long) v));
        for (PgType integer : new PgType[] {PgType.INT2, PgType.INT4, PgType.INT8}) {
            add(integer, PgType.FLOAT4, i, (v, c) -> (float) ((Number) v).longValue());
            add(integer, PgType.FLOAT8, i, (v, c) -> (double) ((Number) v).longValue());
            add(integer, PgType.NUMERIC, i, (v, c) -> Numeric.of(((Number) v).longValue()));
        }
        add(PgType.FLOAT4, PgType.FLOAT8, i, (v, c) -> (double) (Float) v);
        add(PgType.FLOAT8, PgType.FLOAT4, a, (v, c) -> float8ToFloat4((Double) v));
        for (PgType real : new PgType[] {PgType.FLOAT4, PgType.FLOAT8}) {
            add(real, PgType.INT2, a, (v, c) -> toInt2(floatToLong(((Number) v).doubleValue(), "smallint")));
            add(real, PgType.INT4, a, (v, c) -> toInt4(floatToLong(((Number) v).doubleValue(), "integer")));
            add(real, PgType.INT8, a, (v, c) -> floatToLong(((Number) v).doubleValue(), "bigint"));
        }
        add(PgType.FLOAT4, PgType.NUMERIC, a, (v, c) -> floatToNumeric((Float) v, 6));
        add(PgType.FLOAT8, PgType.NUMERIC, a, (v, c) -> floatToNumeric((Double) v, 15));
        add(PgType.NUMERIC, PgType.INT2, a, (v, c) -> toInt2(numericToLong((Numeric) v, "smallint")));
        add(PgType.NUMERIC, PgType.INT4, a, (v, c) -> toInt4(numericToLong((Numeric) v, "integer")));
        add(PgType.NUMERIC, PgType.INT8, a, (v, c) -> numericToLong((Numeric) v, "bigint"));
        add(PgType.NUMERIC, PgType.FLOAT4, i, (v, c) -> FloatText.parseFloat4(v.toString()));
        add(PgType.NUMERIC, PgType.FLOAT8, i, (v, c) -> FloatText.parseFloat8(v.toString()));
        add(PgType.NUMERIC, PgType.NUMERIC, i, (v, c) -> v);
        // booleans
        add(PgType.INT4, PgType.BOOL, e, (v, c) -> (Integer) v != 0);
        add(PgType.BOOL, PgType.INT4, e, (v, c) -> (Boolean) v ? 1 : 0);
        add(PgType.BOOL, PgType.TEXT, a, (v, c) -> (Boolean) v ? "true" : "false");
        add(PgType.BOOL, PgType.VARCHAR, a, (v, c) -> (Boolean) v ? "true" : "false");
        add(PgType.BOOL, PgType.BPCHAR, a, (v, c) -> (Boolean) v ? "true" : "false");
        // oids
        PgType[] oidTypes = {PgType.OID, PgType.REGCLASS, PgType.REGTYPE, PgType.REGPROC, PgType.REGPROCEDURE,
            PgType.REGNAMESPACE, PgType.REGROLE};
        for (PgType oidType : oidTypes) {
            add(PgType.INT2, oidType, i, (v, c) -> (long) (Short) v & 0xffffffffL);
            add(PgType.INT4, oidType, i, (v, c) -> (long) (Integer) v & 0xffffffffL);
            add(PgType.INT8, oidType, i, (v, c) -> int8ToOid((Long) v));
            add(oidType, PgType.INT4, a, (v, c) -> (int) (long) (Long) v);
            add(oidType, PgType.INT8, a, (v, c) -> v);
            for (PgType other : oidTypes) {
                if (other != oidType && (other == PgType.OID || oidType == PgType.OID
                        || other.oid() < 4000 && oidType.oid() < 4000 && other != PgType.REGPROC
                        && oidType != PgType.REGPROC && other != PgType.REGPROCEDURE
                        && oidType != PgType.REGPROCEDURE)) {
                    add(oidType, other, i, (v, c) -> v);
                }
            }
        }
        add(PgType.REGPROC, PgType.REGPROCEDURE, i, (v, c) -> v);
        add(PgType.REGPROCEDURE, PgType.REGPROC, i, (v, c) -> v);
        // catalog vectors are arrays of their elements; stored expressions read as text
        add(PgType.INT2VECTOR, PgType.INT2_ARRAY, i, (v, c) -> v);
        add(PgType.OIDVECTOR, PgType.OID_ARRAY, i, (v, c) -> v);
        add(PgType.PG_NODE_TREE, PgType.TEXT, i, (v, c) -> v);
        // strings
        add(PgType.TEXT, PgType.VARCHAR, i, (v, c) -> v);
        add(PgType.VARCHAR, PgType.TEXT, i, (v, c) -> v);
        add(PgType.TEXT, PgType.BPCHAR, i, (v, c) -> v);
        add(PgType.VARCHAR, PgType.BPCHAR, i, (v, c) -> v);
        add(PgType.BPCHAR, PgType.TEXT, i, (v, c) -> CharacterText.stripTrailingSpaces((String) v));
        add(PgType.BPCHAR, PgType.VARCHAR, i, (v, c) -> CharacterText.stripTrailingSpaces((String) v));
        add(PgType.BPCHAR, PgType.BPCHAR, i, (v, c) -> v);
        add(PgType.VARCHAR, PgType.VARCHAR, i, (v, c) -> v);
        add(PgType.TEXT, PgType.NAME, i, (v, c) -> CharacterText.name((String) v));
        add(PgType.VARCHAR, PgType.NAME, i, (v, c) -> CharacterText.name((String) v));
        add(PgType.BPCHAR, PgType.NAME, i, (v, c) -> CharacterText.name(CharacterText.stripTrailingSpaces((String) v)));
        add(PgType.NAME, PgType.TEXT, i, (v, c) -> v);
        add(PgType.NAME, PgType.VARCHAR, a, (v, c) -> v);
        add(PgType.NAME, PgType.BPCHAR, a, (v, c) -> v);
        add(PgType.INET, PgType.TEXT, a, (v, c) -> inetText((Inet) v));
        add(PgType.INET, PgType.VARCHAR, a, (v, c) -> inetText((Inet) v));
        add(PgType.INET, PgType.BPCHAR, a, (v, c) -> inetText((Inet) v));
        // "char"
        add(PgType.CHAR, PgType.TEXT, i, (v, c) -> SimpleText.formatChar((Byte) v));
        add(PgType.CHAR, PgType.VARCHAR, a, (v, c) -> SimpleText.formatChar((Byte) v));
        add(PgType.CHAR, PgType.BPCHAR, a, (v, c) -> SimpleText.formatChar((Byte) v));
        add(PgType.CHAR, PgType.INT4, e, (v, c) -> (int) (Byte) v);
        add(PgType.INT4, PgType.CHAR, e, (v, c) -> int4ToChar((Integer) v));
        add(PgType.TEXT, PgType.CHAR, a, (v, c) -> firstByte((String) v));
        add(PgType.VARCHAR, PgType.CHAR, a, (v, c) -> firstByte((String) v));
        add(PgType.BPCHAR, PgType.CHAR, a, (v, c) -> firstByte((String) v));
        // json
        add(PgType.JSON, PgType.JSONB, a, (v, c) -> Jsonb.parse((String) v));
        add(PgType.JSONB, PgType.JSON, a, (v, c) -> v.toString());
        add(PgType.JSONB, PgType.BOOL, e, (v, c) -> jsonbScalar((Jsonb) v, Boolean.class, "boolean"));
        add(PgType.JSONB, PgType.NUMERIC, e, (v, c) -> jsonbScalar((Jsonb) v, Numeric.class, "numeric"));
        add(PgType.JSONB, PgType.INT2, e, (v, c) -> toInt2(numericToLong(jsonbScalar((Jsonb) v, Numeric.class,
                "smallint"), "smallint")));
        add(PgType.JSONB, PgType.INT4, e, (v, c) -> toInt4(numericToLong(jsonbScalar((Jsonb) v, Numeric.class,
                "integer"), "integer")));
        add(PgType.JSONB, PgType.INT8, e, (v, c) -> numericToLong(jsonbScalar((Jsonb) v, Numeric.class, "bigint"),
                "bigint"));
        add(PgType.JSONB, PgType.FLOAT4, e, (v, c) -> FloatText.parseFloat4(
                jsonbScalar((Jsonb) v, Numeric.class, "real").toString()));
        add(PgType.JSONB, PgType.FLOAT8, e, (v, c) -> FloatText.parseFloat8(
                jsonbScalar((Jsonb) v, Numeric.class, "double precision").toString()));
        // date and time
        add(PgType.DATE, PgType.TIMESTAMP, i, (v, c) -> new PgTimestamp(DateTimeCasts.dateToTimestamp((PgDate) v)));
        add(PgType.DATE, PgType.TIMESTAMPTZ, i, (v, c) -> DateTimeCasts.dateToTimestampTz((PgDate) v, c));
        add(PgType.TIMESTAMP, PgType.DATE, a, (v, c) -> DateTimeCasts.timestampToDate(((PgTimestamp) v).micros()));
        add(PgType.TIMESTAMP, PgType.TIME, a, (v, c) -> DateTimeCasts.timeOf(((PgTimestamp) v).micros()));
        add(PgType.TIMESTAMP, PgType.TIMESTAMP, i, (v, c) -> v);
        add(PgType.TIMESTAMP, PgType.TIMESTAMPTZ, i, (v, c) -> DateTimeCasts.timestampToTimestampTz((PgTimestamp) v, c));
        add(PgType.TIMESTAMPTZ, PgType.DATE, a, (v, c) -> DateTimeCasts.timestampToDate(
                DateTimeCasts.local((PgTimestampTz) v, c)));
        add(PgType.TIMESTAMPTZ, PgType.TIME, a, (v, c) -> DateTimeCasts.timeOf(DateTimeCasts.local((PgTimestampTz) v, c)));
        add(PgType.TIMESTAMPTZ, PgType.TIMESTAMP, a, (v, c) -> DateTimeCasts.timestampTzToTimestamp((PgTimestampTz) v, c));
        add(PgType.TIMESTAMPTZ, PgType.TIMESTAMPTZ, i, (v, c) -> v);
        add(PgType.TIMESTAMPTZ, PgType.TIMETZ, a, (v, c) -> DateTimeCasts.timestampTzToTimeTz((PgTimestampTz) v, c));
        add(PgType.TIME, PgType.INTERVAL, i, (v, c) -> new Interval(0, 0, ((PgTime) v).micros()));
        add(PgType.TIME, PgType.TIME, i, (v, c) -> v);
        add(PgType.TIME, PgType.TIMETZ, i, (v, c) -> DateTimeCasts.timeToTimeTz((PgTime) v, c));
        add(PgType.TIMETZ, PgType.TIME, a, (v, c) -> new PgTime(((PgTimeTz) v).micros()));
        add(PgType.TIMETZ, PgType.TIMETZ, i, (v, c) -> v);
        add(PgType.INTERVAL, PgType.INTERVAL, i, (v, c) -> v);
        add(PgType.INTERVAL, PgType.TIME, a, (v, c) -> new PgTime(Math.floorMod(((Interval) v).micros(),
                Interval.MICROS_PER_DAY)));
    }

    private static void add(PgType source, PgType target, CastContext context, Cast.Conversion function) {
        CASTS.put(new Key(source, target), new Cast(source, target, context, function));
    }

    private Casts() {
    }

    /** The cast from one type to another, if there is one (arrays cast element by element). */
    public static Optional<Cast> find(PgType source, PgType target) {
        Cast cast = CASTS.get(new Key(source, target));
        if (cast != null) {
            return Optional.of(cast);
        }
        if (source == target) {
            return Optional.of(new Cast(source, target, CastContext.IMPLICIT, (v, c) -> v));
        }
        if (source == PgType.UNKNOWN) {
            return Optional.of(new Cast(source, target, CastContext.IMPLICIT,
                    (v, c) -> TypeIo.parse(SqlType.of(target), (String) v, c)));
        }
        if (source.isArray() && target.isArray()) {
            return find(source.elementType(), target.elementType()).map(element -> new Cast(source, target,
                    element.context(), (v, c) -> mapArray((PgArray) v, element, c)));
        }
        boolean targetString = target == PgType.TEXT || target == PgType.VARCHAR || target == PgType.BPCHAR
                || target == PgType.NAME;
        boolean sourceString = source == PgType.TEXT || source == PgType.VARCHAR || source == PgType.BPCHAR
                || source == PgType.NAME;
        if (targetString) {
            return Optional.of(new Cast(source, target, CastContext.ASSIGNMENT,
                    (v, c) -> TypeIo.format(source, v, c)));
        }
        if (sourceString) {
            return Optional.of(new Cast(source, target, CastContext.EXPLICIT,
                    (v, c) -> TypeIo.parse(SqlType.of(target), (String) v, c)));
        }
        return Optional.empty();
    }

    /**
     * Casts a value (null stays null) to a type with its modifier, as {@code CAST(value AS target)} does
     * when explicit, or as storing into a column does otherwise.
     *
     * @throws DsqlException 42846 when there is no such cast
     */
    public static Object cast(Object value, PgType source, SqlType target, TypeContext context, boolean explicit) {
        if (value == null) {
            return null;
        }
        Cast cast = find(source, target.type()).orElseThrow(() -> DsqlException.of(SqlState.CANNOT_COERCE,
                "cannot cast type %s to %s", SqlType.of(source).formatType(), target.formatType()));
        Object converted = cast.function().apply(value, context);
        return TypeIo.applyTypmod(target, converted, explicit);
    }

    private static PgArray mapArray(PgArray array, Cast element, TypeContext context) {
        List<Object> out = new ArrayList<>(array.elements().size());
        for (Object item : array.elements()) {
            out.add(item == null ? null : element.function().apply(item, context));
        }
        return new PgArray(array.dimensions(), array.lowerBounds(), out);
    }

    static short toInt2(long value) {
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw Errors.outOfRange("smallint out of range");
        }
        return (short) value;
    }

    static int toInt4(long value) {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw Errors.outOfRange("integer out of range");
        }
        return (int) value;
    }

    private static long int8ToOid(long value) {
        if (value < Integer.MIN_VALUE || value > 4294967295L) {
            throw Errors.outOfRange("OID out of range");
        }
        return value & 0xffffffffL;
    }

    /** rint, then the range check of the target integer type. */
    static long floatToLong(double value, String typeName) {
        double rounded = Math.rint(value);
        if (Double.isNaN(rounded) || rounded < -9.223372036854775808E18 || rounded >= 9.223372036854775808E18) {
            throw Errors.outOfRange(typeName + " out of range");
        }
        return (long) rounded;
    }

    private static float float8ToFloat4(double value) {
        float result = (float) value;
        if (Float.isInfinite(result) && !Double.isInfinite(value)) {
            throw Errors.outOfRange("value out of range: overflow");
        }
        if (result == 0 && value != 0) {
            throw Errors.outOfRange("value out of range: underflow");
        }
        return result;
    }

    /** float8_numeric: the value printed with 15 (real: 6) significant digits, then read as numeric. */
    private static Numeric floatToNumeric(double value, int digits) {
        if (Double.isNaN(value)) {
            return Numeric.NAN;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? Numeric.POSITIVE_INFINITY : Numeric.NEGATIVE_INFINITY;
        }
        BigDecimal rounded = new BigDecimal(value).round(new java.math.MathContext(digits, RoundingMode.HALF_EVEN));
        BigDecimal stripped = rounded.stripTrailingZeros();
        return Numeric.of(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    /** Rounds half away from zero, as numeric to integer casts do. */
    static long numericToLong(Numeric value, String typeName) {
        switch (value.kind()) {
            case NAN -> throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "cannot convert NaN to %s", typeName);
            case POSITIVE_INFINITY, NEGATIVE_INFINITY -> throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "cannot convert infinity to %s", typeName);
            default -> { }
        }
        BigDecimal rounded = value.decimal().setScale(0, RoundingMode.HALF_UP);
        if (rounded.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0
                || rounded.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw Errors.outOfRange(typeName + " out of range");
        }
        return rounded.longValueExact();
    }

    private static byte int4ToChar(int value) {
        if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
            throw Errors.outOfRange("\"char\" out of range");
        }
        return (byte) value;
    }

    private static byte firstByte(String value) {
        byte[] bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return bytes.length == 0 ? 0 : bytes[0];
    }

    private static String inetText(Inet inet) {
        String text = inet.toString();
        return text.indexOf('/') >= 0 ? text : text + "/" + inet.bits();
    }

    private static <T> T jsonbScalar(Jsonb value, Class<T> expected, String typeName) {
        Object root = value.root();
        if (expected.isInstance(root)) {
            return expected.cast(root);
        }
        String kind = root == Jsonb.JSON_NULL ? "null" : root instanceof Boolean ? "boolean"
                : root instanceof Numeric ? "numeric" : root instanceof String ? "string"
                : root instanceof List ? "array" : "object";
        throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "cannot cast jsonb %s to type %s", kind, typeName);
    }
}
