package io.opendsql.wire;

/** FunctionCall (the fastpath interface): refused with 0A000; the loop then sends ReadyForQuery. */
final class FunctionCallHandler implements MessageHandler<FrontendMessage.FunctionCall> {
    @Override
    public void handle(FrontendMessage.FunctionCall message, ConnectionContext context) {
        throw WireErrors.functionCallNotSupported();
    }
}
