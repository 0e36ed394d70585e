package io.opendsql.sql.types;

import static java.util.Objects.requireNonNull;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;

/**
 * A type with its modifier, as a column or expression has it: {@code varchar(20)} is
 * {@code (VARCHAR, 24)}. The modifier uses PostgreSQL's atttypmod encoding, -1 when absent:
 * <ul>
 * <li>varchar(n), char(n): n + 4</li>
 * <li>numeric(p, s): ((p << 16) | (s & 0x7ff)) + 4</li>
 * <li>time(p), timetz(p), timestamp(p), timestamptz(p): p</li>
 * <li>interval fields (p): (range mask << 16) | p, with 0x7fff for all fields and 0xffff for no precision</li>
 * </ul>
 * For an array type the modifier is the element's.
 */
public record SqlType(PgType type, int typmod) {
    public static final int MAX_NUMERIC_PRECISION = 1000;
    public static final int MAX_TIME_PRECISION = 6;
    public static final int MAX_CHAR_LENGTH = 10 * 1024 * 1024;

    /** Interval field bits (PostgreSQL's INTERVAL_MASK of MONTH, YEAR, DAY, HOUR, MINUTE, SECOND). */
    public static final int INTERVAL_MONTH = 1 << 1;
    public static final int INTERVAL_YEAR = 1 << 2;
    public static final int INTERVAL_DAY = 1 << 3;
    public static final int INTERVAL_HOUR = 1 << 10;
    public static final int INTERVAL_MINUTE = 1 << 11;
    public static final int INTERVAL_SECOND = 1 << 12;
    public static final int INTERVAL_FULL_RANGE = 0x7fff;
    public static final int INTERVAL_FULL_PRECISION = 0xffff;

    public SqlType {
        requireNonNull(type, "type");
    }

    public static SqlType of(PgType type) {
        return new SqlType(type, -1);
    }

    public static SqlType varchar(int length) {
        return new SqlType(PgType.VARCHAR, checkLength("varchar", length) + 4);
    }

    public static SqlType bpchar(int length) {
        return new SqlType(PgType.BPCHAR, checkLength("char", length) + 4);
    }

    public static SqlType numeric(int precision, int scale) {
        if (precision < 1 || precision > MAX_NUMERIC_PRECISION) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                    "NUMERIC precision %d must be between 1 and %d", precision, MAX_NUMERIC_PRECISION);
        }
        if (scale < -1000 || scale > 1000) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                    "NUMERIC scale %d must be between %d and %d", scale, -1000, 1000);
        }
        return new SqlType(PgType.NUMERIC, ((precision << 16) | (scale & 0x7ff)) + 4);
    }

    /** time(p), timetz(p), timestamp(p) or timestamptz(p); precisions above 6 become 6 as in PostgreSQL. */
    public static SqlType withPrecision(PgType type, int precision) {
        if (precision < 0) {
            String name = switch (type) {
                case TIME -> "TIME";
                case TIMETZ -> "TIME(%d) WITH TIME ZONE";
                case TIMESTAMP -> "TIMESTAMP";
                case TIMESTAMPTZ -> "TIMESTAMP(%d) WITH TIME ZONE";
                default -> throw new IllegalArgumentException(type + " takes no precision");
            };
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "%s(%d)%s precision must not be negative",
                    name.replace("(%d) WITH TIME ZONE", ""), precision,
                    name.contains("WITH") ? " WITH TIME ZONE" : "");
        }
        return new SqlType(type, Math.min(precision, MAX_TIME_PRECISION));
    }

    /** interval with a field range mask (INTERVAL_* bits or INTERVAL_FULL_RANGE) and precision (or -1). */
    public static SqlType interval(int range, int precision) {
        int p = precision < 0 ? INTERVAL_FULL_PRECISION : Math.min(precision, MAX_TIME_PRECISION);
        return new SqlType(PgType.INTERVAL, ((range & 0x7fff) << 16) | (p & 0xffff));
    }

    private static int checkLength(String name, int length) {
        if (length < 1) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "length for type %s must be at least 1", name);
        }
        if (length > MAX_CHAR_LENGTH) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "length for type %s cannot exceed %d", name,
                    MAX_CHAR_LENGTH);
        }
        return length;
    }

    /** The declared character length of varchar(n)/char(n), or -1. */
    public int characterLength() {
        return typmod < 4 ? -1 : typmod - 4;
    }

    /** numeric precision, or -1 when unconstrained. */
    public int numericPrecision() {
        return typmod < 4 ? -1 : ((typmod - 4) >> 16) & 0xffff;
    }

    /** numeric scale (may be negative), or -1 when unconstrained... check numericPrecision first. */
    public int numericScale() {
        return typmod < 4 ? -1 : ((((typmod - 4) & 0x7ff) ^ 1024) - 1024);
    }

    /** Fractional-second precision of a time, timestamp or interval type, or -1 for the default. */
    public int secondsPrecision() {
        if (type.isArray() ? type.elementType() == PgType.INTERVAL : type == PgType.INTERVAL) {
            int p = typmod < 0 ? INTERVAL_FULL_PRECISION : typmod & 0xffff;
            return p == INTERVAL_FULL_PRECISION ? -1 : p;
        }
        return typmod;
    }

    /** The interval field range mask, INTERVAL_FULL_RANGE when none was declared. */
    public int intervalRange() {
        return typmod < 0 ? INTERVAL_FULL_RANGE : (typmod >> 16) & 0x7fff;
    }

    /** The same modifier on the array type. */
    public SqlType arrayOf() {
        return new SqlType(type.arrayType().orElseThrow(), typmod);
    }

    /** The element of an array type with this modifier. */
    public SqlType element() {
        return new SqlType(type.elementType(), typmod);
    }

    /** What PostgreSQL's format_type(oid, typmod) prints, e.g. {@code numeric(10,2)} or {@code integer[]}. */
    public String formatType() {
        if (type.isArray() && !type.isVector()) {
            return element().formatType() + "[]";
        }
        return switch (type) {
            case BPCHAR -> typmod < 0 ? "bpchar" : "character(" + characterLength() + ")";
            case VARCHAR -> typmod < 0 ? "character varying" : "character varying(" + characterLength() + ")";
            case NUMERIC -> typmod < 4 ? "numeric" : "numeric(" + numericPrecision() + "," + numericScale() + ")";
            case TIME -> typmod < 0 ? "time without time zone" : "time(" + typmod + ") without time zone";
            case TIMETZ -> typmod < 0 ? "time with time zone" : "time(" + typmod + ") with time zone";
            case TIMESTAMP -> typmod < 0 ? "timestamp without time zone"
                    : "timestamp(" + typmod + ") without time zone";
            case TIMESTAMPTZ -> typmod < 0 ? "timestamp with time zone" : "timestamp(" + typmod + ") with time zone";
            case INTERVAL -> formatInterval();
            default -> type.sqlName();
        };
    }

    private String formatInterval() {
        if (typmod < 0) {
            return "interval";
        }
        String fields = switch (intervalRange()) {
            case INTERVAL_YEAR -> " year";
            case INTERVAL_MONTH -> " month";
            case INTERVAL_DAY -> " day";
            case INTERVAL_HOUR -> " hour";
            case INTERVAL_MINUTE -> " minute";
            case INTERVAL_SECOND -> " second";
            case INTERVAL_YEAR | INTERVAL_MONTH -> " year to month";
            case INTERVAL_DAY | INTERVAL_HOUR -> " day to hour";
            case INTERVAL_DAY | INTERVAL_HOUR | INTERVAL_MINUTE -> " day to minute";
            case INTERVAL_DAY | INTERVAL_HOUR | INTERVAL_MINUTE | INTERVAL_SECOND -> " day to second";
            case INTERVAL_HOUR | INTERVAL_MINUTE -> " hour to minute";
            case INTERVAL_HOUR | INTERVAL_MINUTE | INTERVAL_SECOND -> " hour to second";
            case INTERVAL_MINUTE | INTERVAL_SECOND -> " minute to second";
            default -> "";
        };
        int precision = secondsPrecision();
        return "interval" + fields + (precision < 0 ? "" : "(" + precision + ")");
    }

    @Override
    public String toString() {
        return formatType();
    }
}
