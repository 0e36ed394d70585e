package io.opendsql.wire;

/** A message the client sends after startup, decoded and checked by {@link FrontendMessageDecoder}. */
sealed interface FrontendMessage {
    record Query(String sql) implements FrontendMessage {
    }

    record Parse(String statementName, String sql, int[] parameterTypes) implements FrontendMessage {
    }

    record Bind(String portalName, String statementName, short[] parameterFormats, byte[][] parameterValues,
                short[] resultFormats) implements FrontendMessage {
    }

    /** Describe of a statement ({@code target} 'S') or a portal ('P'). */
    record Describe(byte target, String name) implements FrontendMessage {
    }

    record Execute(String portalName, int maxRows) implements FrontendMessage {
    }

    /** Close of a statement ({@code target} 'S') or a portal ('P'). */
    record Close(byte target, String name) implements FrontendMessage {
    }

    record Sync() implements FrontendMessage {
    }

    record Flush() implements FrontendMessage {
    }

    record Terminate() implements FrontendMessage {
    }

    /** FunctionCall (fastpath); only its type matters, as OpenDSQL refuses it. */
    record FunctionCall() implements FrontendMessage {
    }

    /** CopyData, CopyDone or CopyFail outside COPY: ignored, as PostgreSQL does. */
    record CopyOutsideCopy(byte type) implements FrontendMessage {
    }
}
