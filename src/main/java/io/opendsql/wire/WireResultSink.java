package io.opendsql.wire;

import io.opendsql.common.DsqlException;
import io.opendsql.session.ResultSink;
import io.opendsql.sql.Column;
import java.util.List;

/**
 * Turns what a session produces into backend messages. RowDescription is sent only for the simple query
 * protocol; in the extended protocol Describe reports the columns, so a stray description is dropped.
 */
final class WireResultSink implements ResultSink {
    private final MessageWriter writer;
    private final boolean simpleQuery;

    WireResultSink(MessageWriter writer, boolean simpleQuery) {
        this.writer = writer;
        this.simpleQuery = simpleQuery;
    }

    @Override
    public void rowDescription(List<Column> columns) {
        if (simpleQuery) {
            writer.send(new BackendMessage.RowDescription(columns, null));
        }
    }

    @Override
    public void row(byte[][] values) {
        writer.send(new BackendMessage.DataRow(values));
    }

    @Override
    public void commandComplete(String tag) {
        writer.send(new BackendMessage.CommandComplete(tag));
    }

    @Override
    public void emptyQuery() {
        writer.send(BackendMessage.Empty.EMPTY_QUERY_RESPONSE);
    }

    @Override
    public void notice(DsqlException notice) {
        writer.send(new BackendMessage.ErrorResponse(notice, true));
        writer.flush(); // as PostgreSQL, which flushes every notice when it is raised
    }

    @Override
    public void parameterStatus(String name, String value) {
        writer.send(new BackendMessage.ParameterStatus(name, value));
    }
}
