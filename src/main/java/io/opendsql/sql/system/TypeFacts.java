package io.opendsql.sql.system;

import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;

/** What information_schema.columns says about a column's type, as PostgreSQL's _pg_ functions compute it. */
final class TypeFacts {
    private TypeFacts() {
    }

    static String dataType(SqlType type) {
        PgType pg = type.type();
        if (pg.isArray() && !pg.isVector()) {
            return "ARRAY";
        }
        return switch (pg) {
            case BPCHAR -> "character";
            case VARCHAR -> "character varying";
            case TIME -> "time without time zone";
            case TIMETZ -> "time with time zone";
            case TIMESTAMP -> "timestamp without time zone";
            case TIMESTAMPTZ -> "timestamp with time zone";
            default -> pg.sqlName().startsWith("\"") ? "\"char\"" : pg == PgType.NAME ? "name"
                    : SqlType.of(pg).formatType();
        };
    }

    static Integer characterMaximumLength(SqlType type) {
        return (type.type() == PgType.VARCHAR || type.type() == PgType.BPCHAR) && type.typmod() >= 0
                ? type.characterLength() : null;
    }

    static Integer characterOctetLength(SqlType type) {
        return switch (type.type()) {
            case VARCHAR, BPCHAR, TEXT -> type.typmod() >= 0 ? type.characterLength() * 4 : 1073741824;
            default -> null;
        };
    }

    static Integer numericPrecision(SqlType type) {
        return switch (type.type()) {
            case INT2 -> 16;
            case INT4 -> 32;
            case INT8 -> 64;
            case FLOAT4 -> 24;
            case FLOAT8 -> 53;
            case NUMERIC -> type.typmod() >= 4 ? type.numericPrecision() : null;
            default -> null;
        };
    }

    static Integer numericRadix(SqlType type) {
        return switch (type.type()) {
            case INT2, INT4, INT8, FLOAT4, FLOAT8 -> 2;
            case NUMERIC -> 10;
            default -> null;
        };
    }

    static Integer numericScale(SqlType type) {
        return switch (type.type()) {
            case INT2, INT4, INT8 -> 0;
            case NUMERIC -> type.typmod() >= 4 ? type.numericScale() : null;
            default -> null;
        };
    }

    static Integer datetimePrecision(SqlType type) {
        return switch (type.type()) {
            case DATE -> 0;
            case TIME, TIMETZ, TIMESTAMP, TIMESTAMPTZ, INTERVAL -> type.typmod() >= 0 ? type.typmod() & 0xffff : 6;
            default -> null;
        };
    }
}
