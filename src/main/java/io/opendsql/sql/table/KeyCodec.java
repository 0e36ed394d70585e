package io.opendsql.sql.table;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.BinaryIo;
import io.opendsql.sql.types.Numeric;
import io.opendsql.sql.types.PgDate;
import io.opendsql.sql.types.PgTime;
import io.opendsql.sql.types.PgTimestamp;
import io.opendsql.sql.types.PgTimestampTz;
import io.opendsql.sql.types.PgType;
import io.opendsql.storage.keys.ColumnOrder;
import io.opendsql.storage.keys.KeyType;
import io.opendsql.storage.keys.KeyWriter;
import io.opendsql.storage.keys.NumericValue;
import java.util.UUID;

/**
 * Order-preserving key encoding of SQL values: byte order of the encoding is the type's sort order
 * (text in C collation), so primary-key and index range scans read rows in key order. Types without an
 * order-preserving codec are encoded by their binary wire form: equality still holds, order does not, and
 * the planner never range-scans them.
 */
public final class KeyCodec {
    private KeyCodec() {
    }

    /** Appends one key column. */
    public static void write(KeyWriter writer, PgType type, Object value, ColumnOrder order) {
        KeyType keyType = keyType(type);
        writer.value(keyType, value == null ? null : keyValue(type, keyType, value), order);
    }

    /** True when byte order of the encoding is the type's order (range scans are possible). */
    public static boolean ordered(PgType type) {
        return keyType(type) != KeyType.BYTES || type == PgType.BYTEA;
    }

    static KeyType keyType(PgType type) {
        return switch (type) {
            case INT2 -> KeyType.INT16;
            case INT4 -> KeyType.INT32;
            case INT8, OID -> KeyType.INT64;
            case FLOAT4 -> KeyType.FLOAT32;
            case FLOAT8 -> KeyType.FLOAT64;
            case NUMERIC -> KeyType.NUMERIC;
            case TEXT, VARCHAR, BPCHAR, NAME -> KeyType.TEXT;
            case BOOL -> KeyType.BOOLEAN;
            case UUID -> KeyType.UUID;
            case DATE -> KeyType.DATE;
            case TIME -> KeyType.TIME;
            case TIMESTAMP -> KeyType.TIMESTAMP;
            case TIMESTAMPTZ -> KeyType.TIMESTAMPTZ;
            default -> KeyType.BYTES;
        };
    }

    private static Object keyValue(PgType type, KeyType keyType, Object value) {
        return switch (keyType) {
            case INT16, INT32, FLOAT32, FLOAT64, BOOLEAN -> value;
            case INT64 -> ((Number) value).longValue();
            case NUMERIC -> numeric((Numeric) value);
            case TEXT -> type == PgType.BPCHAR ? stripTrailingSpaces((String) value) : value;
            case UUID -> (UUID) value;
            case DATE -> ((PgDate) value).days();
            case TIME -> ((PgTime) value).micros();
            case TIMESTAMP -> ((PgTimestamp) value).micros();
            case TIMESTAMPTZ -> ((PgTimestampTz) value).micros();
            case BYTES -> type == PgType.BYTEA ? value : BinaryIo.send(type, value);
        };
    }

    private static NumericValue numeric(Numeric value) {
        return switch (value.kind()) {
            case NAN -> NumericValue.NAN;
            case POSITIVE_INFINITY -> NumericValue.POSITIVE_INFINITY;
            case NEGATIVE_INFINITY -> NumericValue.NEGATIVE_INFINITY;
            case FINITE -> NumericValue.of(value.decimal());
        };
    }

    /** bpchar compares without trailing spaces, so its keys do too. */
    private static String stripTrailingSpaces(String value) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == ' ') {
            end--;
        }
        return value.substring(0, end);
    }

    /** {@code 54000} when a key is longer than DSQL allows. */
    static void checkKeySize(int bytes, int limit, String what) {
        if (limit > 0 && bytes > limit) {
            throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED, "%s size %d exceeds the maximum of %d bytes",
                    what, bytes, limit);
        }
    }
}
