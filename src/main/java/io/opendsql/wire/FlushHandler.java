package io.opendsql.wire;

/** Flush: sends what is buffered. */
final class FlushHandler implements MessageHandler<FrontendMessage.Flush> {
    @Override
    public void handle(FrontendMessage.Flush message, ConnectionContext context) {
        context.writer().flush();
    }
}
