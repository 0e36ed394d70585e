package io.opendsql.wire;

/** Query: runs the statements of the simple query protocol, then ReadyForQuery. */
final class QueryHandler implements MessageHandler<FrontendMessage.Query> {
    @Override
    public void handle(FrontendMessage.Query message, ConnectionContext context) {
        context.session().simpleQuery(message.sql(), new WireResultSink(context.writer(), true));
        context.readyForQuery();
    }
}
