package io.opendsql.wire;

/**
 * Handles one kind of frontend message. Errors are thrown as {@link io.opendsql.common.DsqlException};
 * the {@link MessageLoop} reports them and, in the extended protocol, skips to the next Sync.
 */
@FunctionalInterface
interface MessageHandler<M extends FrontendMessage> {
    void handle(M message, ConnectionContext context);
}
