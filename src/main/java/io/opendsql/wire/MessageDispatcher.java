package io.opendsql.wire;

/** Routes each decoded message to its handler; the switch has no default, so a new kind must be routed. */
final class MessageDispatcher {
    private final QueryHandler query = new QueryHandler();
    private final ParseHandler parse = new ParseHandler();
    private final BindHandler bind = new BindHandler();
    private final DescribeHandler describe = new DescribeHandler();
    private final ExecuteHandler execute = new ExecuteHandler();
    private final CloseHandler close = new CloseHandler();
    private final SyncHandler sync = new SyncHandler();
    private final FlushHandler flush = new FlushHandler();
    private final FunctionCallHandler functionCall = new FunctionCallHandler();

    void dispatch(FrontendMessage message, ConnectionContext context) {
        switch (message) {
            case FrontendMessage.Query m -> query.handle(m, context);
            case FrontendMessage.Parse m -> parse.handle(m, context);
            case FrontendMessage.Bind m -> bind.handle(m, context);
            case FrontendMessage.Describe m -> describe.handle(m, context);
            case FrontendMessage.Execute m -> execute.handle(m, context);
            case FrontendMessage.Close m -> close.handle(m, context);
            case FrontendMessage.Sync m -> sync.handle(m, context);
            case FrontendMessage.Flush m -> flush.handle(m, context);
            case FrontendMessage.FunctionCall m -> functionCall.handle(m, context);
            // PostgreSQL ignores copy messages outside COPY: the client may still be sending after a failed COPY
            case FrontendMessage.CopyOutsideCopy m -> { }
            // the loop ends the connection before dispatching Terminate
            case FrontendMessage.Terminate m -> { }
        }
    }
}
