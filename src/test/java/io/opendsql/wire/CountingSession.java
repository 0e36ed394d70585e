package io.opendsql.wire;

import io.opendsql.session.ResultSink;
import io.opendsql.session.Session;
import io.opendsql.session.StatementDescription;
import io.opendsql.session.TransactionStatus;
import io.opendsql.sql.Column;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Passes every call to a session and counts {@link #close()} calls, to prove each session closes once. */
final class CountingSession implements Session {
    private final Session delegate;
    private final AtomicInteger closes = new AtomicInteger();

    CountingSession(Session delegate) {
        this.delegate = delegate;
    }

    int closeCount() {
        return closes.get();
    }

    @Override
    public Map<String, String> reportedParameters() {
        return delegate.reportedParameters();
    }

    @Override
    public TransactionStatus transactionStatus() {
        return delegate.transactionStatus();
    }

    @Override
    public void simpleQuery(String sql, ResultSink sink) {
        delegate.simpleQuery(sql, sink);
    }

    @Override
    public void parse(String statementName, String sql, int[] parameterTypeHints) {
        delegate.parse(statementName, sql, parameterTypeHints);
    }

    @Override
    public void bind(String portalName, String statementName, short[] parameterFormats, byte[][] parameterValues,
                     short[] resultFormats) {
        delegate.bind(portalName, statementName, parameterFormats, parameterValues, resultFormats);
    }

    @Override
    public StatementDescription describeStatement(String statementName) {
        return delegate.describeStatement(statementName);
    }

    @Override
    public List<Column> describePortal(String portalName) {
        return delegate.describePortal(portalName);
    }

    @Override
    public boolean execute(String portalName, int maxRows, ResultSink sink) {
        return delegate.execute(portalName, maxRows, sink);
    }

    @Override
    public void closeStatement(String statementName) {
        delegate.closeStatement(statementName);
    }

    @Override
    public void closePortal(String portalName) {
        delegate.closePortal(portalName);
    }

    @Override
    public void sync(ResultSink sink) {
        delegate.sync(sink);
    }

    @Override
    public void extendedProtocolError() {
        delegate.extendedProtocolError();
    }

    @Override
    public void cancel() {
        delegate.cancel();
    }

    @Override
    public boolean busy() {
        return delegate.busy();
    }

    @Override
    public void close() {
        closes.incrementAndGet();
        delegate.close();
    }
}
