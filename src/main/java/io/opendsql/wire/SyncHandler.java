package io.opendsql.wire;

import io.opendsql.session.TransactionStatus;

/**
 * Sync: ends the implicit transaction of the extended protocol (ParameterStatus for settings it restored),
 * then ReadyForQuery.
 */
final class SyncHandler implements MessageHandler<FrontendMessage.Sync> {
    @Override
    public void handle(FrontendMessage.Sync message, ConnectionContext context) {
        context.session().sync(new WireResultSink(context.writer(), false));
        if (context.session().transactionStatus() == TransactionStatus.IDLE) {
            context.transactionEnded();
        }
        context.readyForQuery();
    }
}
