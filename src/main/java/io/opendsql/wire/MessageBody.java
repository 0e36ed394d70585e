package io.opendsql.wire;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * A cursor over one message body that distrusts every count and length: running past the end, a
 * missing NUL terminator, a negative count or bytes left over all fail with 08P01 "invalid message format".
 */
final class MessageBody {
    private final byte[] bytes;
    private int position;

    MessageBody(byte[] bytes) {
        this.bytes = bytes;
    }

    int remaining() {
        return bytes.length - position;
    }

    byte int8() {
        need(1);
        return bytes[position++];
    }

    short int16() {
        need(2);
        int value = ((bytes[position] & 0xFF) << 8) | (bytes[position + 1] & 0xFF);
        position += 2;
        return (short) value;
    }

    int int32() {
        need(4);
        int value = ((bytes[position] & 0xFF) << 24) | ((bytes[position + 1] & 0xFF) << 16)
                | ((bytes[position + 2] & 0xFF) << 8) | (bytes[position + 3] & 0xFF);
        position += 4;
        return value;
    }

    /** A count field (int16) that must not be negative and must fit in the rest of the body. */
    int count(int bytesPerItem) {
        int count = int16();
        if (count < 0 || (long) count * bytesPerItem > remaining()) {
            throw WireErrors.invalidMessageFormat();
        }
        return count;
    }

    byte[] bytes(int length) {
        if (length < 0) {
            throw WireErrors.invalidMessageFormat();
        }
        need(length);
        byte[] value = new byte[length];
        System.arraycopy(bytes, position, value, 0, length);
        position += length;
        return value;
    }

    /** A NUL-terminated string, decoded as strict UTF-8 (invalid bytes are 22021, not a protocol violation). */
    String string() {
        int end = position;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        if (end == bytes.length) {
            throw WireErrors.invalidMessageFormat();
        }
        String value = decode(bytes, position, end - position);
        position = end + 1;
        return value;
    }

    /** Fails unless the whole body was read. */
    void end() {
        if (position != bytes.length) {
            throw WireErrors.invalidMessageFormat();
        }
    }

    static String decode(byte[] source, int offset, int length) {
        boolean ascii = true;
        for (int i = offset; i < offset + length; i++) {
            if (source[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(source, offset, length, StandardCharsets.US_ASCII);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(source, offset, length);
        try {
            CharBuffer chars = decoder.decode(input);
            return chars.toString();
        } catch (MalformedInputException e) {
            int at = input.position() < input.limit() ? input.position() : offset;
            throw WireErrors.invalidUtf8(source[at]);
        } catch (CharacterCodingException e) {
            throw WireErrors.invalidUtf8(source[offset]);
        }
    }

    private void need(int length) {
        if (length > remaining()) {
            throw WireErrors.invalidMessageFormat();
        }
    }
}
