package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.util.UUID;

/**
 * Text input and output of values, as PostgreSQL's typinput and typoutput functions do them.
 *
 * <p>Java representation of each type's values (null is SQL NULL):
 * <ul>
 * <li>bool: Boolean; int2: Short; int4: Integer; int8: Long; oid, xid and the OID alias types (regclass,
 * regtype, regproc, regprocedure, regnamespace, regrole): Long (0..2^32-1)</li>
 * <li>int2vector, oidvector: {@link PgArray} of Short / Long subscripted from 0; aclitem, pg_node_tree: String</li>
 * <li>float4: Float; float8: Double; numeric: {@link Numeric}</li>
 * <li>text, varchar, bpchar (padded), name, unknown: String; "char": Byte</li>
 * <li>bytea: byte[]; uuid: {@link UUID}; json: String (the text as given); jsonb: {@link Jsonb}</li>
 * <li>date: {@link PgDate}; time: {@link PgTime}; timetz: {@link PgTimeTz}; timestamp: {@link PgTimestamp};
 * timestamptz: {@link PgTimestampTz}; interval: {@link Interval}</li>
 * <li>inet: {@link Inet}; arrays: {@link PgArray}</li>
 * </ul>
 */
public final class TypeIo {
    private TypeIo() {
    }

    /**
     * The type's input function applied to text, then the type modifier as PostgreSQL applies it
     * to a literal assigned to a column of that type (too-long strings fail, numerics round).
     */
    public static Object parse(SqlType type, String text, TypeContext context) {
        PgType pgType = type.type();
        if (pgType.isVector()) {
            return CatalogText.parseVector(pgType, text);
        }
        if (pgType.isObjectReference()) {
            return CatalogText.parseObjectReference(pgType, text, context.names());
        }
        if (pgType.isArray()) {
            return ArrayText.parse(type, text, context);
        }
        int typmod = type.typmod();
        return switch (pgType) {
            case BOOL -> SimpleText.parseBool(text);
            case BYTEA -> SimpleText.parseBytea(text);
            case CHAR -> SimpleText.parseChar(text);
            case NAME -> CharacterText.name(text);
            case INT2 -> IntegerText.parseInt2(text);
            case INT4 -> IntegerText.parseInt4(text);
            case INT8 -> IntegerText.parseInt8(text);
            case OID, XID -> IntegerText.parseOid(text);
            case TEXT, UNKNOWN, PG_NODE_TREE, ACLITEM -> text;
            case VARCHAR -> CharacterText.varchar(text, typmod, false);
            case BPCHAR -> CharacterText.bpchar(text, typmod, false);
            case FLOAT4 -> FloatText.parseFloat4(text);
            case FLOAT8 -> FloatText.parseFloat8(text);
            case NUMERIC -> Numeric.parse(text).applyTypmod(typmod);
            case UUID -> SimpleText.parseUuid(text);
            case JSON -> JsonText.validate(text);
            case JSONB -> Jsonb.parse(text);
            case INET -> Inet.parse(text);
            case DATE -> DateTimeText.parseDate(text, context);
            case TIME -> DateTimeText.parseTime(text, context, typmod);
            case TIMETZ -> DateTimeText.parseTimeTz(text, context, typmod);
            case TIMESTAMP -> DateTimeText.parseTimestamp(text, context, typmod);
            case TIMESTAMPTZ -> DateTimeText.parseTimestampTz(text, context, typmod);
            case INTERVAL -> IntervalText.parse(text, context, typmod);
            default -> throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "no input function for type %s",
                    pgType.typeName());
        };
    }

    /**
     * Coerces a value of the same base type to the type's modifier: varchar(n)/char(n) length
     * (an explicit cast cuts, otherwise only trailing spaces may be cut), numeric(p,s) rounding and
     * overflow, fractional-second precision, interval fields.
     */
    public static Object applyTypmod(SqlType type, Object value, boolean explicit) {
        if (value == null || type.typmod() < 0) {
            return value;
        }
        if (type.type().isArray()) {
            PgArray array = (PgArray) value;
            java.util.List<Object> elements = new java.util.ArrayList<>(array.elements().size());
            for (Object element : array.elements()) {
                elements.add(applyTypmod(type.element(), element, explicit));
            }
            return new PgArray(array.dimensions(), array.lowerBounds(), elements);
        }
        int typmod = type.typmod();
        return switch (type.type()) {
            case VARCHAR -> CharacterText.varchar((String) value, typmod, explicit);
            case BPCHAR -> CharacterText.bpchar((String) value, typmod, explicit);
            case NUMERIC -> ((Numeric) value).applyTypmod(typmod);
            case TIME -> new PgTime(DateTimeText.roundTime(((PgTime) value).micros(), typmod));
            case TIMETZ -> new PgTimeTz(DateTimeText.roundTime(((PgTimeTz) value).micros(), typmod),
                    ((PgTimeTz) value).offsetSeconds());
            case TIMESTAMP -> new PgTimestamp(DateTimeText.roundTimestamp(((PgTimestamp) value).micros(), typmod, null));
            case TIMESTAMPTZ -> new PgTimestampTz(
                    DateTimeText.roundTimestamp(((PgTimestampTz) value).micros(), typmod, null));
            case INTERVAL -> IntervalText.applyTypmod((Interval) value, typmod);
            default -> value;
        };
    }

    /** The type's output function. */
    public static String format(PgType type, Object value, TypeContext context) {
        if (type.isVector()) {
            return CatalogText.formatVector((PgArray) value);
        }
        if (type.isObjectReference()) {
            return CatalogText.formatObjectReference(type, (Long) value, context.names());
        }
        if (type.isArray()) {
            return ArrayText.format(type, (PgArray) value, context);
        }
        return switch (type) {
            case BOOL -> SimpleText.formatBool((Boolean) value);
            case BYTEA -> SimpleText.formatBytea((byte[]) value);
            case CHAR -> SimpleText.formatChar((Byte) value);
            case INT2, INT4, INT8, OID, XID -> value.toString();
            case TEXT, UNKNOWN, NAME, VARCHAR, BPCHAR, JSON, PG_NODE_TREE, ACLITEM -> (String) value;
            case FLOAT4 -> FloatText.formatFloat4((Float) value, context.extraFloatDigits());
            case FLOAT8 -> FloatText.formatFloat8((Double) value, context.extraFloatDigits());
            case NUMERIC -> value.toString();
            case UUID -> value.toString();
            case JSONB -> value.toString();
            case INET -> value.toString();
            case DATE -> DateTimeText.formatDate((PgDate) value, context.dateStyle());
            case TIME -> DateTimeText.formatTime((PgTime) value);
            case TIMETZ -> DateTimeText.formatTimeTz((PgTimeTz) value);
            case TIMESTAMP -> DateTimeText.formatTimestamp((PgTimestamp) value, context.dateStyle());
            case TIMESTAMPTZ -> DateTimeText.formatTimestampTz((PgTimestampTz) value, context);
            case INTERVAL -> IntervalFormat.format((Interval) value, context.intervalStyle());
            default -> throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "no output function for type %s",
                    type.typeName());
        };
    }
}
