package io.opendsql.sql.func;

import io.opendsql.sql.types.DateStyle;
import io.opendsql.sql.types.Jsonb;
import io.opendsql.sql.types.Numeric;
import io.opendsql.sql.types.PgArray;
import io.opendsql.sql.types.PgDate;
import io.opendsql.sql.types.PgTimestamp;
import io.opendsql.sql.types.PgTimestampTz;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.TypeContext;
import io.opendsql.sql.types.TypeIo;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SQL values as JSON, as to_json/to_jsonb and the json building functions convert them
 * (json.c's datum_to_json and jsonb.c's datum_to_jsonb): booleans and numbers stay JSON literals
 * (a number whose text is not a JSON number, like NaN, becomes a string), dates and timestamps use
 * ISO 8601 with a {@code T}, json and jsonb are embedded, arrays become JSON arrays, and everything
 * else is its output text as a JSON string.
 */
public final class JsonValues {
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private JsonValues() {
    }

    /** The json text of a value of the given type; null is {@code null}. */
    public static String toJsonText(Object value, PgType type, TypeContext context) {
        StringBuilder out = new StringBuilder();
        appendJson(out, value, type, context);
        return out.toString();
    }

    static void appendJson(StringBuilder out, Object value, PgType type, TypeContext context) {
        if (value == null) {
            out.append("null");
            return;
        }
        if (type.isArray()) {
            PgArray array = (PgArray) value;
            if (array.dimensions().length == 0) {
                out.append("[]");
                return;
            }
            appendArray(out, array, 0, new int[] {0}, type.elementType(), context);
            return;
        }
        switch (type) {
            case BOOL -> out.append((Boolean) value ? "true" : "false");
            case INT2, INT4, INT8, FLOAT4, FLOAT8, NUMERIC, OID -> {
                String text = TypeIo.format(type, value, context);
                if (JSON_NUMBER.matcher(text).matches()) {
                    out.append(text);
                } else {
                    Jsonb.appendString(out, text);
                }
            }
            case JSON -> out.append((String) value);
            case JSONB -> out.append(value);
            case DATE, TIMESTAMP, TIMESTAMPTZ -> Jsonb.appendString(out, dateTimeText(value, context));
            default -> Jsonb.appendString(out, TypeIo.format(type, value, context));
        }
    }

    private static void appendArray(StringBuilder out, PgArray array, int dimension, int[] next, PgType element,
                                    TypeContext context) {
        out.append('[');
        for (int i = 0; i < array.dimensions()[dimension]; i++) {
            if (i > 0) {
                out.append(',');
            }
            if (dimension + 1 < array.dimensions().length) {
                appendArray(out, array, dimension + 1, next, element, context);
            } else {
                appendJson(out, array.elements().get(next[0]++), element, context);
            }
        }
        out.append(']');
    }

    /** A value as a jsonb tree node; SQL null is JSON null. */
    public static Object toJsonbNode(Object value, PgType type, TypeContext context) {
        if (value == null) {
            return Jsonb.JSON_NULL;
        }
        if (type.isArray()) {
            PgArray array = (PgArray) value;
            if (array.dimensions().length == 0) {
                return List.of();
            }
            return arrayNode(array, 0, new int[] {0}, type.elementType(), context);
        }
        return switch (type) {
            case BOOL -> value;
            case INT2, INT4, INT8, FLOAT4, FLOAT8, NUMERIC, OID -> {
                String text = TypeIo.format(type, value, context);
                if (type == PgType.NUMERIC && ((Numeric) value).isFinite()) {
                    yield value;
                }
                yield JSON_NUMBER.matcher(text).matches() ? Numeric.parse(text) : text;
            }
            case JSON -> JsonTextTree.parse((String) value).toJsonbTree();
            case JSONB -> ((Jsonb) value).root();
            case DATE, TIMESTAMP, TIMESTAMPTZ -> dateTimeText(value, context);
            default -> TypeIo.format(type, value, context);
        };
    }

    private static List<Object> arrayNode(PgArray array, int dimension, int[] next, PgType element,
                                          TypeContext context) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < array.dimensions()[dimension]; i++) {
            if (dimension + 1 < array.dimensions().length) {
                out.add(arrayNode(array, dimension + 1, next, element, context));
            } else {
                out.add(toJsonbNode(array.elements().get(next[0]++), element, context));
            }
        }
        return out;
    }

    /** JsonEncodeDateTime: ISO 8601 with a T between date and time, the offset as +hh:mm. */
    static String dateTimeText(Object value, TypeContext context) {
        TypeContext iso = new TypeContext(context.timeZone(), DateStyle.parse("ISO", context.dateStyle()),
                context.intervalStyle(), context.extraFloatDigits(), context.transactionStart());
        return switch (value) {
            case PgDate d -> TypeIo.format(PgType.DATE, d, iso);
            case PgTimestamp t -> t.isFinite() ? TypeIo.format(PgType.TIMESTAMP, t, iso).replaceFirst(" ", "T")
                    : TypeIo.format(PgType.TIMESTAMP, t, iso);
            case PgTimestampTz t -> {
                String text = TypeIo.format(PgType.TIMESTAMPTZ, t, iso);
                if (!t.isFinite()) {
                    yield text;
                }
                text = text.replaceFirst(" ", "T");
                yield xsdOffset(text);
            }
            default -> throw new IllegalStateException("not a date or timestamp: " + value);
        };
    }

    /** ISO output ends in +hh, +hh:mm or +hh:mm:ss (before any " BC"); XSD wants at least +hh:mm. */
    private static String xsdOffset(String text) {
        String suffix = text.endsWith(" BC") ? " BC" : "";
        String body = suffix.isEmpty() ? text : text.substring(0, text.length() - 3);
        int sign = Math.max(body.lastIndexOf('+'), body.lastIndexOf('-'));
        String offset = body.substring(sign);
        if (offset.length() == 3) {
            body = body + ":00";
        }
        return body + suffix;
    }
}
