package io.opendsql.wire;

/**
 * Execute: rows up to the limit (0 or negative: all), then CommandComplete from the session, or
 * PortalSuspended when rows remain. Nothing is flushed here: the client's Flush or Sync does that.
 */
final class ExecuteHandler implements MessageHandler<FrontendMessage.Execute> {
    @Override
    public void handle(FrontendMessage.Execute message, ConnectionContext context) {
        int maxRows = Math.max(message.maxRows(), 0);
        boolean completed = context.session().execute(message.portalName(), maxRows,
                new WireResultSink(context.writer(), false));
        if (!completed) {
            context.send(BackendMessage.Empty.PORTAL_SUSPENDED);
        }
    }
}
