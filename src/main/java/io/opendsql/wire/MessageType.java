package io.opendsql.wire;

/**
 * Every type byte of the PostgreSQL v3 protocol that OpenDSQL reads or writes, plus the request codes of
 * the untyped startup packets.
 */
public final class MessageType {
    private MessageType() {
    }

    // frontend (client to server)
    public static final byte BIND = 'B';
    public static final byte CLOSE = 'C';
    public static final byte COPY_DATA = 'd';
    public static final byte COPY_DONE = 'c';
    public static final byte COPY_FAIL = 'f';
    public static final byte DESCRIBE = 'D';
    public static final byte EXECUTE = 'E';
    public static final byte FLUSH = 'H';
    public static final byte FUNCTION_CALL = 'F';
    public static final byte PARSE = 'P';
    public static final byte PASSWORD = 'p';
    public static final byte QUERY = 'Q';
    public static final byte SYNC = 'S';
    public static final byte TERMINATE = 'X';

    // backend (server to client)
    public static final byte AUTHENTICATION = 'R';
    public static final byte BACKEND_KEY_DATA = 'K';
    public static final byte BIND_COMPLETE = '2';
    public static final byte CLOSE_COMPLETE = '3';
    public static final byte COMMAND_COMPLETE = 'C';
    public static final byte DATA_ROW = 'D';
    public static final byte EMPTY_QUERY_RESPONSE = 'I';
    public static final byte ERROR_RESPONSE = 'E';
    public static final byte NEGOTIATE_PROTOCOL_VERSION = 'v';
    public static final byte NO_DATA = 'n';
    public static final byte NOTICE_RESPONSE = 'N';
    public static final byte PARAMETER_DESCRIPTION = 't';
    public static final byte PARAMETER_STATUS = 'S';
    public static final byte PARSE_COMPLETE = '1';
    public static final byte PORTAL_SUSPENDED = 's';
    public static final byte READY_FOR_QUERY = 'Z';
    public static final byte ROW_DESCRIPTION = 'T';

    // single-byte answers to SSLRequest / GSSENCRequest
    public static final byte NEGOTIATION_ACCEPTED = 'S';
    public static final byte NEGOTIATION_REFUSED = 'N';
    /** First byte of a TLS record carrying a handshake: a direct-TLS ClientHello. */
    public static final int TLS_HANDSHAKE_RECORD = 0x16;

    // Describe / Close targets
    public static final byte TARGET_STATEMENT = 'S';
    public static final byte TARGET_PORTAL = 'P';

    // Authentication request codes
    public static final int AUTHENTICATION_OK = 0;
    public static final int AUTHENTICATION_CLEARTEXT_PASSWORD = 3;

    // startup packet codes (the int32 after the length)
    public static final int PROTOCOL_3_0 = 3 << 16;
    public static final int CANCEL_REQUEST_CODE = 80877102;
    public static final int SSL_REQUEST_CODE = 80877103;
    public static final int GSSENC_REQUEST_CODE = 80877104;
}
