package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;

/** The data exceptions the type code raises, worded as PostgreSQL words them. */
final class Errors {
    private Errors() {
    }

    static DsqlException invalidSyntax(String typeName, String input) {
        return DsqlException.of(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type %s: \"%s\"",
                typeName, input);
    }

    static DsqlException valueOutOfRange(String typeName, String input) {
        return DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value \"%s\" is out of range for type %s",
                input, typeName);
    }

    static DsqlException outOfRange(String message) {
        return DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, message);
    }

    static DsqlException binary(String message) {
        return DsqlException.of(SqlState.INVALID_BINARY_REPRESENTATION, message);
    }

    /** PostgreSQL's isspace for the C locale. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }
}
