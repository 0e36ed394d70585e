package io.opendsql.wire;

import io.opendsql.common.DsqlException;
import io.opendsql.session.TransactionStatus;
import io.opendsql.sql.Column;
import java.util.List;

/** A message the server sends; each knows its own encoding. */
sealed interface BackendMessage {
    void writeTo(MessageWriter writer);

    /** AuthenticationOk or AuthenticationCleartextPassword (or another request code). */
    record Authentication(int code) implements BackendMessage {
        static final Authentication OK = new Authentication(MessageType.AUTHENTICATION_OK);
        static final Authentication CLEARTEXT_PASSWORD = new Authentication(MessageType.AUTHENTICATION_CLEARTEXT_PASSWORD);

        @Override
        public void writeTo(MessageWriter writer) {
            writer.begin(MessageType.AUTHENTICATION).int32(code).end();
        }
    }

    record ParameterStatus(String name, String value) implements BackendMessage {
        @Override
        public void writeTo(MessageWriter writer) {
            writer.begin(MessageType.PARAMETER_STATUS).string(name).string(value).end();
        }
    }

    record BackendKeyData(int processId, int secretKey) implements BackendMessage {
        @Override
        public void writeTo(MessageWriter writer) {
            writer.begin(MessageType.BACKEND_KEY_DATA).int32(processId).int32(secretKey).end();
        }
    }

    record ReadyForQuery(TransactionStatus status) implements BackendMessage {
        @Override
        public void writeTo(MessageWriter writer) {
            writer.begin(MessageType.READY_FOR_QUERY).int8(status.indicator()).end();
        }
    }

    /** The newest minor version of 3 the server speaks, and the startup options it did not recognize. */
    record NegotiateProtocolVersion(int newestMinorVersion, List<String> unrecognizedOptions)
            implements BackendMessage {
        public NegotiateProtocolVersion {
            unrecognizedOptions = List.copyOf(unrecognizedOptions);
        }

        @Override
        public void writeTo(MessageWriter writer) {
            writer.begin(MessageType.NEGOTIATE_PROTOCOL_VERSION).int32(newestMinorVersion)
                    .int32(unrecognizedOptions.size());
            unrecognizedOptions.forEach(writer::string);
            writer.end();
        }
    }

    /** RowDescription; {@code formats} follows Bind's result-format rule (none, one for all, one each). */
    record RowDescription(List<Column> columns, short[] formats) implements BackendMessage {
        @Override
        public void writeTo(MessageWriter writer) {
            writer.begin(MessageType.ROW_DESCRIPTION).int16(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                writer.string(column.name())          // field name
                        .int32(column.tableOid())         // table oid or 0
                        .int16(column.columnNumber())     // attribute number or 0
                        .int32(column.typeOid())          // type oid
                        .int16(column.typeSize())         // typlen
                        .int32(column.typeModifier())     // atttypmod
                        .int16(formatOf(formats, i));     // 0 text, 1 binary
            }
            writer.end();
        }

        static int formatOf(short[] formats, int column) {
            if (formats == null || formats.length == 0) {
                return 0;
            }
            if (formats.length == 1) {
                return formats[0];
            }
            return column < formats.length ? formats[column] : 0;
        }
    }

    /** DataRow: values already encoded; a null entry is SQL NULL (length -1). */
    record DataRow(byte[][] values) implements BackendMessage {
        @Override
        public void writeTo(MessageWriter writer) {
            writer.begin(MessageType.DATA_ROW).int16(values.length);
            for (byte[] value : values) {
                if (value == null) {
                    writer.int32(-1);
                } else {
                    writer.int32(value.length).bytes(value);
                }
            }
            writer.end();
        }
    }

    record CommandComplete(String tag) implements BackendMessage {
        @Override
        public void writeTo(MessageWriter writer) {
            writer.begin(MessageType.COMMAND_COMPLETE).string(tag).end();
        }
    }

    record ParameterDescription(int[] typeOids) implements BackendMessage {
        @Override
        public void writeTo(MessageWriter writer) {
            int[] oids = typeOids == null ? new int[0] : typeOids;
            writer.begin(MessageType.PARAMETER_DESCRIPTION).int16(oids.length);
            for (int oid : oids) {
                writer.int32(oid);
            }
            writer.end();
        }
    }

    /** ErrorResponse, or NoticeResponse when {@code notice} is true. */
    record ErrorResponse(DsqlException error, boolean notice) implements BackendMessage {
        @Override
        public void writeTo(MessageWriter writer) {
            writer.begin(notice ? MessageType.NOTICE_RESPONSE : MessageType.ERROR_RESPONSE);
            ErrorFields.write(error, writer);
            writer.end();
        }
    }

    /** A message with no body: ParseComplete, BindComplete, CloseComplete, NoData, PortalSuspended, EmptyQueryResponse. */
    enum Empty implements BackendMessage {
        PARSE_COMPLETE(MessageType.PARSE_COMPLETE),
        BIND_COMPLETE(MessageType.BIND_COMPLETE),
        CLOSE_COMPLETE(MessageType.CLOSE_COMPLETE),
        NO_DATA(MessageType.NO_DATA),
        PORTAL_SUSPENDED(MessageType.PORTAL_SUSPENDED),
        EMPTY_QUERY_RESPONSE(MessageType.EMPTY_QUERY_RESPONSE);

        private final byte type;

        Empty(byte type) {
            this.type = type;
        }

        @Override
        public void writeTo(MessageWriter writer) {
            writer.begin(type).end();
        }
    }
}
