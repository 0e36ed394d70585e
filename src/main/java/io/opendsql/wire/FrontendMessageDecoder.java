package io.opendsql.wire;

/** Turns a framed message (type byte and body) into a {@link FrontendMessage}, checking every field. */
final class FrontendMessageDecoder {
    private FrontendMessageDecoder() {
    }

    /** True for the type bytes a client may send after startup. */
    static boolean known(int type) {
        return switch (type) {
            case MessageType.QUERY, MessageType.PARSE, MessageType.BIND, MessageType.DESCRIBE, MessageType.EXECUTE,
                 MessageType.CLOSE, MessageType.SYNC, MessageType.FLUSH, MessageType.TERMINATE,
                 MessageType.FUNCTION_CALL, MessageType.COPY_DATA, MessageType.COPY_DONE, MessageType.COPY_FAIL -> true;
            default -> false;
        };
    }

    static FrontendMessage decode(byte type, byte[] bytes) {
        MessageBody body = new MessageBody(bytes);
        FrontendMessage message = switch (type) {
            case MessageType.QUERY -> new FrontendMessage.Query(body.string());
            case MessageType.PARSE -> parse(body);
            case MessageType.BIND -> bind(body);
            case MessageType.DESCRIBE -> new FrontendMessage.Describe(body.int8(), body.string());
            case MessageType.EXECUTE -> new FrontendMessage.Execute(body.string(), body.int32());
            case MessageType.CLOSE -> new FrontendMessage.Close(body.int8(), body.string());
            case MessageType.SYNC -> new FrontendMessage.Sync();
            case MessageType.FLUSH -> new FrontendMessage.Flush();
            case MessageType.TERMINATE -> new FrontendMessage.Terminate();
            case MessageType.FUNCTION_CALL -> {
                body.bytes(body.remaining());
                yield new FrontendMessage.FunctionCall();
            }
            case MessageType.COPY_DATA, MessageType.COPY_DONE, MessageType.COPY_FAIL -> {
                body.bytes(body.remaining());
                yield new FrontendMessage.CopyOutsideCopy(type);
            }
            default -> throw WireErrors.invalidMessageType(type);
        };
        body.end();
        return message;
    }

    private static FrontendMessage.Parse parse(MessageBody body) {
        String name = body.string();
        String sql = body.string();
        int count = body.count(4);
        int[] types = new int[count];
        for (int i = 0; i < count; i++) {
            types[i] = body.int32();
        }
        return new FrontendMessage.Parse(name, sql, types);
    }

    private static FrontendMessage.Bind bind(MessageBody body) {
        String portal = body.string();
        String statement = body.string();
        short[] parameterFormats = formats(body);
        int valueCount = body.count(4);
        byte[][] values = new byte[valueCount][];
        for (int i = 0; i < valueCount; i++) {
            int length = body.int32();
            values[i] = length == -1 ? null : body.bytes(length);
        }
        short[] resultFormats = formats(body);
        return new FrontendMessage.Bind(portal, statement, parameterFormats, values, resultFormats);
    }

    private static short[] formats(MessageBody body) {
        int count = body.count(2);
        short[] formats = new short[count];
        for (int i = 0; i < count; i++) {
            formats[i] = body.int16();
        }
        return formats;
    }
}
