package io.opendsql.wire;

/** Close of a statement or portal (closing one that does not exist is not an error), then CloseComplete. */
final class CloseHandler implements MessageHandler<FrontendMessage.Close> {
    @Override
    public void handle(FrontendMessage.Close message, ConnectionContext context) {
        switch (message.target()) {
            case MessageType.TARGET_STATEMENT -> context.session().closeStatement(message.name());
            case MessageType.TARGET_PORTAL -> {
                context.session().closePortal(message.name());
                context.portalClosed(message.name());
            }
            default -> throw WireErrors.invalidCloseTarget(message.target());
        }
        context.send(BackendMessage.Empty.CLOSE_COMPLETE);
    }
}
