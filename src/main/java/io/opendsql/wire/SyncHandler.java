package io.opendsql.wire;

import io.opendsql.session.TransactionStatus;

/**
 * Sync: ends the implicit transaction of the extended protocol (ParameterStatus for settings it restored),
 * then ReadyForQuery.
 */
final class SyncHandler implements MessageHandler<FrontendMessage.Sync> {
    @Override
    public void handle(FrontendMessage.Sync message, ConnectionContext context) {
        try {
            context.session().sync(new WireResultSink(context.writer(), false));
        } finally {
            // a failed commit still ends the transaction; the message loop then reports the error
            if (context.session().transactionStatus() == TransactionStatus.IDLE) {
                context.transactionEnded();
            }
        }
        context.readyForQuery();
    }
}
