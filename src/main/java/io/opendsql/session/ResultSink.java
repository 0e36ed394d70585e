package io.opendsql.session;

import io.opendsql.common.DsqlException;
import io.opendsql.sql.Column;
import io.opendsql.sql.RowSink;
import java.util.List;

/** Where a session sends what a statement produces; the wire layer turns each call into a message. */
public interface ResultSink extends RowSink {
    /** RowDescription (simple query protocol only; the extended protocol describes on Describe). */
    void rowDescription(List<Column> columns);

    /** CommandComplete with its tag. */
    void commandComplete(String tag);

    /** EmptyQueryResponse. */
    void emptyQuery();

    /** NoticeResponse. */
    void notice(DsqlException notice);

    /** ParameterStatus, when a reported setting changes. */
    void parameterStatus(String name, String value);
}
