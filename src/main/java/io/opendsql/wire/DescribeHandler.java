package io.opendsql.wire;

import io.opendsql.session.StatementDescription;
import io.opendsql.sql.Column;
import java.util.List;

/**
 * Describe: of a statement, ParameterDescription then RowDescription (text formats) or NoData; of a
 * portal, RowDescription in the portal's result formats or NoData.
 */
final class DescribeHandler implements MessageHandler<FrontendMessage.Describe> {
    @Override
    public void handle(FrontendMessage.Describe message, ConnectionContext context) {
        switch (message.target()) {
            case MessageType.TARGET_STATEMENT -> {
                StatementDescription description = context.session().describeStatement(message.name());
                context.send(new BackendMessage.ParameterDescription(description.parameterTypes()));
                sendColumns(context, description.columns(), null);
            }
            case MessageType.TARGET_PORTAL -> sendColumns(context, context.session().describePortal(message.name()),
                    context.portalResultFormats(message.name()));
            default -> throw WireErrors.invalidDescribeTarget(message.target());
        }
    }

    private static void sendColumns(ConnectionContext context, List<Column> columns, short[] formats) {
        if (columns == null) {
            context.send(BackendMessage.Empty.NO_DATA);
        } else {
            context.send(new BackendMessage.RowDescription(columns, formats));
        }
    }
}
