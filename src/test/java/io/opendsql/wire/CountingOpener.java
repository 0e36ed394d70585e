package io.opendsql.wire;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.session.DsqlSession;
import io.opendsql.session.Session;
import io.opendsql.session.SessionOptions;
import io.opendsql.sql.bootstrap.BootstrapEngine;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A session opener for wire tests: the password must be {@link #PASSWORD}; user {@code refused} is
 * refused at admission. It counts admissions, closes and session closes so tests can prove nothing leaks.
 */
final class CountingOpener implements SessionOpener {
    static final String PASSWORD = "test-token";

    final AtomicInteger admitted = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    final List<CountingSession> sessions = new CopyOnWriteArrayList<>();
    final List<StartupRequest> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<StartupRequest, Boolean> open = new ConcurrentHashMap<>();
    private final Function<StartupRequest, Session> factory;

    private CountingOpener(Function<StartupRequest, Session> factory) {
        this.factory = factory;
    }

    /** Sessions of the scripted test double, which knows a few statements (see {@link ScriptedSession}). */
    static CountingOpener scripted() {
        return new CountingOpener(request -> new ScriptedSession(request.user()));
    }

    /** The real session over the bootstrap SQL engine. */
    static CountingOpener dsql() {
        return new CountingOpener(request -> new DsqlSession(new BootstrapEngine(),
                new SessionOptions(request.user(), request.database(), request.backendPid(), request.parameters())));
    }

    @Override
    public void admit(StartupRequest request) {
        if (request.user().equals("refused")) {
            throw DsqlException.of(SqlState.TOO_MANY_CONNECTIONS,
                    "Unable to accept connection, too many open connections.");
        }
        admitted.incrementAndGet();
        requests.add(request);
        if (open.putIfAbsent(request, Boolean.TRUE) != null) {
            throw new IllegalStateException("request admitted twice");
        }
    }

    @Override
    public Session open(StartupRequest request, String password) {
        if (!PASSWORD.equals(password)) {
            throw DsqlException.of(SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                    "unable to accept connection, access denied");
        }
        CountingSession session = new CountingSession(factory.apply(request));
        sessions.add(session);
        return session;
    }

    @Override
    public void closed(StartupRequest request) {
        closed.incrementAndGet();
        if (open.remove(request) == null) {
            throw new IllegalStateException("closed without admission or twice: " + request);
        }
    }

    /** True when every admitted request was closed once and every session closed exactly once. */
    boolean balanced() {
        return admitted.get() == closed.get() && open.isEmpty()
                && sessions.stream().allMatch(session -> session.closeCount() == 1);
    }
}
