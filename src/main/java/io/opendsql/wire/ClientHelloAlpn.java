package io.opendsql.wire;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads the ALPN protocol names a TLS ClientHello offers, before the TLS engine sees it, so that a direct
 * TLS connection without ALPN {@code postgresql} fails its handshake with a {@code no_application_protocol}
 * alert (the TLS engine only consults the protocol selector when the client sends ALPN at all).
 */
final class ClientHelloAlpn {
    /** What the first handshake record says about the ALPN protocol. */
    enum Offer { OFFERED, NOT_OFFERED, UNKNOWN }

    /** TLS record header: content type, legacy version, length. */
    static final int RECORD_HEADER_LENGTH = 5;
    /** Largest TLS plaintext record a ClientHello may use (2^14) plus the slack TLS allows. */
    static final int MAX_RECORD_LENGTH = (1 << 14) + 2048;
    private static final int HANDSHAKE_CLIENT_HELLO = 1;
    private static final int EXTENSION_ALPN = 16;
    private static final int ALERT = 0x15;
    private static final int ALERT_LEVEL_FATAL = 2;
    private static final int ALERT_NO_APPLICATION_PROTOCOL = 120;

    private ClientHelloAlpn() {
    }

    /**
     * Looks for {@code protocol} in the ALPN extension of a ClientHello carried by one TLS record body.
     * UNKNOWN when the record does not hold a whole ClientHello (it may be fragmented).
     */
    static Offer inspect(byte[] recordBody, String protocol) {
        ByteBuffer hello = ByteBuffer.wrap(recordBody);
        try {
            if ((hello.get() & 0xFF) != HANDSHAKE_CLIENT_HELLO) {
                return Offer.UNKNOWN;
            }
            int length = uint24(hello);
            if (length > hello.remaining()) {
                return Offer.UNKNOWN;
            }
            hello.limit(hello.position() + length);
            skip(hello, 2 + 32);                       // legacy_version, random
            skip(hello, hello.get() & 0xFF);           // legacy_session_id
            skip(hello, hello.getShort() & 0xFFFF);    // cipher_suites
            skip(hello, hello.get() & 0xFF);           // legacy_compression_methods
            if (!hello.hasRemaining()) {
                return Offer.NOT_OFFERED;              // no extensions at all
            }
            int extensionsEnd = (hello.getShort() & 0xFFFF) + hello.position();
            while (hello.position() < extensionsEnd) {
                int type = hello.getShort() & 0xFFFF;
                int extensionLength = hello.getShort() & 0xFFFF;
                if (type != EXTENSION_ALPN) {
                    skip(hello, extensionLength);
                    continue;
                }
                int listEnd = (hello.getShort() & 0xFFFF) + hello.position();
                while (hello.position() < listEnd) {
                    byte[] name = new byte[hello.get() & 0xFF];
                    hello.get(name);
                    if (protocol.equals(new String(name, StandardCharsets.US_ASCII))) {
                        return Offer.OFFERED;
                    }
                }
                return Offer.NOT_OFFERED;
            }
            return Offer.NOT_OFFERED;
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return Offer.UNKNOWN;
        }
    }

    /** A fatal {@code no_application_protocol} alert record, sent in place of a ServerHello. */
    static byte[] noApplicationProtocolAlert() {
        return new byte[] {ALERT, 0x03, 0x03, 0x00, 0x02, ALERT_LEVEL_FATAL, (byte) ALERT_NO_APPLICATION_PROTOCOL};
    }

    private static int uint24(ByteBuffer buffer) {
        return ((buffer.get() & 0xFF) << 16) | ((buffer.get() & 0xFF) << 8) | (buffer.get() & 0xFF);
    }

    private static void skip(ByteBuffer buffer, int length) {
        buffer.position(buffer.position() + length);
    }
}
