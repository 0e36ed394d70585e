package io.opendsql.wire;

import io.opendsql.session.Session;
import java.util.HashMap;
import java.util.Map;

/** What message handlers share for one connection: its session, its output and its portals' formats. */
final class ConnectionContext {
    private final Session session;
    private final MessageWriter writer;
    private final Map<String, short[]> portalResultFormats = new HashMap<>();
    private boolean readyForQuerySent;

    ConnectionContext(Session session, MessageWriter writer) {
        this.session = session;
        this.writer = writer;
    }

    Session session() {
        return session;
    }

    MessageWriter writer() {
        return writer;
    }

    void send(BackendMessage message) {
        writer.send(message);
    }

    /** ReadyForQuery with the session's transaction status, then flush. */
    void readyForQuery() {
        writer.send(new BackendMessage.ReadyForQuery(session.transactionStatus()));
        writer.flush();
        readyForQuerySent = true;
    }

    /** True when the last thing sent was ReadyForQuery: the client is not in the middle of a batch. */
    boolean betweenBatches() {
        return readyForQuerySent;
    }

    void messageReceived() {
        readyForQuerySent = false;
    }

    void portalBound(String portal, short[] resultFormats) {
        portalResultFormats.put(portal, resultFormats);
    }

    short[] portalResultFormats(String portal) {
        return portalResultFormats.get(portal);
    }

    void portalClosed(String portal) {
        portalResultFormats.remove(portal);
    }

    /** Portals do not outlive their transaction; forget them all once the session is idle again. */
    void transactionEnded() {
        portalResultFormats.clear();
    }
}
