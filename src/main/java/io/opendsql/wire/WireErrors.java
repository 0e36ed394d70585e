package io.opendsql.wire;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;

/** The errors the wire layer itself raises, with PostgreSQL's texts where PostgreSQL has one. */
final class WireErrors {
    private WireErrors() {
    }

    static DsqlException invalidMessageLength() {
        return DsqlException.of(SqlState.PROTOCOL_VIOLATION, "invalid message length").fatal();
    }

    static DsqlException invalidMessageFormat() {
        return DsqlException.of(SqlState.PROTOCOL_VIOLATION, "invalid message format").fatal();
    }

    static DsqlException invalidMessageType(int type) {
        return DsqlException.of(SqlState.PROTOCOL_VIOLATION, "invalid frontend message type %d", type).fatal();
    }

    static DsqlException invalidStartupPacketLength() {
        return DsqlException.of(SqlState.PROTOCOL_VIOLATION, "invalid length of startup packet").fatal();
    }

    static DsqlException invalidStartupPacketLayout() {
        return DsqlException.of(SqlState.PROTOCOL_VIOLATION,
                "invalid startup packet layout: expected terminator as last byte").fatal();
    }

    static DsqlException sslRequired() {
        return DsqlException.of(SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                "unable to accept connection, SSL is required").fatal();
    }

    static DsqlException unsupportedProtocol(int version) {
        return DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                "unsupported frontend protocol %d.%d: server supports 3.0 to 3.0", version >>> 16, version & 0xFFFF)
                .fatal();
    }

    static DsqlException noUser() {
        return DsqlException.of(SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                "no PostgreSQL user name specified in startup packet").fatal();
    }

    static DsqlException expectedPassword(int type) {
        return DsqlException.of(SqlState.PROTOCOL_VIOLATION, "expected password response, got message type %d", type)
                .fatal();
    }

    static DsqlException functionCallNotSupported() {
        return DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "fastpath function calls are not supported");
    }

    static DsqlException invalidUtf8(int firstBadByte) {
        return DsqlException.of(SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                "invalid byte sequence for encoding \"UTF8\": 0x%02x", firstBadByte & 0xFF);
    }

    static DsqlException invalidDescribeTarget(int target) {
        return DsqlException.of(SqlState.PROTOCOL_VIOLATION, "invalid DESCRIBE message subtype %d", target);
    }

    static DsqlException invalidCloseTarget(int target) {
        return DsqlException.of(SqlState.PROTOCOL_VIOLATION, "invalid CLOSE message subtype %d", target);
    }

    static DsqlException unsupportedFormatCode(int code) {
        return DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "unsupported format code: %d", code);
    }

    static DsqlException parameterFormatCount(int formats, int parameters) {
        return DsqlException.of(SqlState.PROTOCOL_VIOLATION, "bind message has %d parameter formats but %d parameters",
                formats, parameters);
    }
}
