package io.opendsql.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Buffers backend messages and writes them to the socket when flushed or when the buffer fills.
 * A write failure surfaces as {@link ConnectionLostException}: the client is gone.
 */
final class MessageWriter {
    private static final int FLUSH_THRESHOLD = 64 * 1024;
    private final OutputStream out;
    private byte[] buffer = new byte[8192];
    private int size;
    private int lengthAt = -1;

    MessageWriter(OutputStream out) {
        this.out = out;
    }

    void send(BackendMessage message) {
        message.writeTo(this);
    }

    /** Starts a message: the type byte and a length field filled in by {@link #end}. */
    MessageWriter begin(byte type) {
        ensure(5);
        buffer[size++] = type;
        lengthAt = size;
        size += 4;
        return this;
    }

    /** Ends the message started by {@link #begin}; writes to the socket when the buffer is full. */
    void end() {
        int length = size - lengthAt;
        putInt(lengthAt, length);
        lengthAt = -1;
        if (size >= FLUSH_THRESHOLD) {
            flush();
        }
    }

    MessageWriter int8(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
        return this;
    }

    MessageWriter int16(int value) {
        ensure(2);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
        return this;
    }

    MessageWriter int32(int value) {
        ensure(4);
        putInt(size, value);
        size += 4;
        return this;
    }

    MessageWriter bytes(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, buffer, size, value.length);
        size += value.length;
        return this;
    }

    /** A NUL-terminated UTF-8 string (a NUL inside the text would end it early, so it is dropped). */
    MessageWriter string(String value) {
        String text = value.indexOf('\0') >= 0 ? value.replace("\0", "") : value;
        bytes(text.getBytes(StandardCharsets.UTF_8));
        return int8(0);
    }

    /** One raw byte outside any message (the answer to SSLRequest or GSSENCRequest), written at once. */
    void single(byte value) {
        int8(value);
        flush();
    }

    void flush() {
        try {
            if (size > 0) {
                out.write(buffer, 0, size);
                size = 0;
            }
            if (buffer.length > FLUSH_THRESHOLD * 16) {
                buffer = new byte[8192];
            }
            out.flush();
        } catch (IOException e) {
            size = 0;
            throw new ConnectionLostException(e);
        }
    }

    private void putInt(int at, int value) {
        buffer[at] = (byte) (value >>> 24);
        buffer[at + 1] = (byte) (value >>> 16);
        buffer[at + 2] = (byte) (value >>> 8);
        buffer[at + 3] = (byte) value;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
