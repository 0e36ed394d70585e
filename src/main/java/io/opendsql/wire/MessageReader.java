package io.opendsql.wire;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads framed messages (type byte, int32 length including itself, body) and startup packets (int32
 * length, body). Lengths are checked before anything is allocated.
 */
final class MessageReader {
    /** A framed message: its type byte and body. */
    record Frame(byte type, byte[] body) {
    }

    private final DataInputStream in;
    private final int maxMessageSize;

    MessageReader(InputStream in, int maxMessageSize) {
        this.in = new DataInputStream(in);
        this.maxMessageSize = maxMessageSize;
    }

    /** Reads one byte, or returns -1 at end of stream. */
    int firstByte() throws IOException {
        return in.read();
    }

    /**
     * Reads the next message after startup. Unknown types and bad lengths are FATAL 08P01; returns null at a
     * clean end of stream (the client went away between messages).
     */
    Frame next() throws IOException {
        int type = in.read();
        if (type < 0) {
            return null;
        }
        if (!FrontendMessageDecoder.known(type)) {
            throw WireErrors.invalidMessageType(type);
        }
        return new Frame((byte) type, body(in.readInt()));
    }

    /** Reads the password message of the authentication exchange; any other type is FATAL 08P01. */
    Frame password() throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new EOFException();
        }
        if (type != MessageType.PASSWORD) {
            throw WireErrors.expectedPassword(type);
        }
        return new Frame((byte) type, body(in.readInt()));
    }

    /** The body of a startup packet whose int32 length is {@code length}; length limits are the caller's. */
    byte[] startupBody(int length) throws IOException {
        return readBody(length - 4);
    }

    /** Exactly {@code size} bytes; EOFException when the stream ends first. */
    byte[] exactly(int size) throws IOException {
        return readBody(size);
    }

    int int32() throws IOException {
        return in.readInt();
    }

    private byte[] body(int length) throws IOException {
        if (length < 4 || length - 4 > maxMessageSize) {
            throw WireErrors.invalidMessageLength();
        }
        return readBody(length - 4);
    }

    /** Reads in chunks, so a client announcing a large message must send it before memory is committed. */
    private byte[] readBody(int size) throws IOException {
        byte[] body = in.readNBytes(size);
        if (body.length != size) {
            throw new EOFException("message truncated by end of stream");
        }
        return body;
    }
}
