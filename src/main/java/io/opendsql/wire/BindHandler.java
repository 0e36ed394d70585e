package io.opendsql.wire;

/** Bind: checks the format codes, creates a portal, then BindComplete. */
final class BindHandler implements MessageHandler<FrontendMessage.Bind> {
    private static final short TEXT = 0;
    private static final short BINARY = 1;

    @Override
    public void handle(FrontendMessage.Bind message, ConnectionContext context) {
        int formats = message.parameterFormats().length;
        int values = message.parameterValues().length;
        if (formats > 1 && formats != values) {
            throw WireErrors.parameterFormatCount(formats, values);
        }
        checkFormats(message.parameterFormats());
        checkFormats(message.resultFormats());
        context.session().bind(message.portalName(), message.statementName(), message.parameterFormats(),
                message.parameterValues(), message.resultFormats());
        context.portalBound(message.portalName(), message.resultFormats());
        context.send(BackendMessage.Empty.BIND_COMPLETE);
    }

    private static void checkFormats(short[] formats) {
        for (short format : formats) {
            if (format != TEXT && format != BINARY) {
                throw WireErrors.unsupportedFormatCode(format);
            }
        }
    }
}
