package io.opendsql.wire;

/** Parse: creates a prepared statement, then ParseComplete. */
final class ParseHandler implements MessageHandler<FrontendMessage.Parse> {
    @Override
    public void handle(FrontendMessage.Parse message, ConnectionContext context) {
        context.session().parse(message.statementName(), message.sql(), message.parameterTypes());
        context.send(BackendMessage.Empty.PARSE_COMPLETE);
    }
}
