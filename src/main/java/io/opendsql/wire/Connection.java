package io.opendsql.wire;

import io.opendsql.common.DsqlException;
import io.opendsql.common.Severity;
import io.opendsql.session.Session;
import java.io.IOException;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection, run on its own virtual thread: startup, authentication, then the message loop.
 * Whatever happens, the session is closed once and {@link SessionOpener#closed} is called once for an
 * admitted request.
 */
final class Connection implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

    private final PgServer server;
    private final Socket raw;
    private volatile Socket current;

    Connection(PgServer server, Socket raw) {
        this.server = server;
        this.raw = raw;
        this.current = raw;
    }

    @Override
    public void run() {
        PgServerConfig config = server.config();
        ScheduledFuture<?> startupTimer = null;
        int backendPid = server.cancels().newProcessId();
        StartupRequest request = null;
        boolean admitted = false;
        Session session = null;
        ConnectionLifetime lifetime = null;
        MessageWriter writer = null;
        try {
            startupTimer = server.scheduler().schedule(this::closeSocket, config.startupTimeout().toNanos(),
                    TimeUnit.NANOSECONDS);
            StartupNegotiation.Result startup = new StartupNegotiation(raw, config, server.cancels(), backendPid,
                    socket -> current = socket).run();
            if (startup == null) {
                return;
            }
            request = startup.request();
            writer = startup.writer();
            server.opener().admit(request);
            admitted = true;
            session = authenticate(startup, request);
            if (session == null) {
                throw new IllegalStateException("the session opener returned no session");
            }
            startupTimer.cancel(false);
            int secret = server.cancels().register(backendPid, session);
            ConnectionContext context = new ConnectionContext(session, writer);
            sendSessionStart(context, backendPid, secret);
            lifetime = new ConnectionLifetime(server.scheduler(), config.connectionLifetime(), this::closeSocket);
            new MessageLoop(startup.reader(), context, lifetime).run();
        } catch (DsqlException e) {
            sendFatal(writer, e);
        } catch (IOException | ConnectionLostException e) {
            LOG.debug("connection from {} ended: {}", raw.getRemoteSocketAddress(), e.toString());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("internal error on connection from {}", raw.getRemoteSocketAddress(), e);
            sendFatal(writer, DsqlException.internal(e));
        } finally {
            if (startupTimer != null) {
                startupTimer.cancel(false);
            }
            if (lifetime != null) {
                lifetime.close();
            }
            if (session != null) {
                server.cancels().remove(backendPid);
                closeSession(session);
            }
            if (admitted) {
                notifyClosed(request);
            }
            closeSocket();
            server.connectionEnded(this);
        }
    }

    /** Asks for the password, reads it and opens the session; a refusal is thrown as DsqlException. */
    private Session authenticate(StartupNegotiation.Result startup, StartupRequest request) throws IOException {
        MessageWriter writer = startup.writer();
        writer.send(BackendMessage.Authentication.CLEARTEXT_PASSWORD);
        writer.flush();
        MessageReader.Frame frame = startup.reader().password();
        MessageBody body = new MessageBody(frame.body());
        String password = body.string();
        body.end();
        return server.opener().open(request, password);
    }

    private static void sendSessionStart(ConnectionContext context, int backendPid, int secret) {
        context.send(BackendMessage.Authentication.OK);
        for (Map.Entry<String, String> parameter : context.session().reportedParameters().entrySet()) {
            context.send(new BackendMessage.ParameterStatus(parameter.getKey(), parameter.getValue()));
        }
        context.send(new BackendMessage.BackendKeyData(backendPid, secret));
        context.readyForQuery();
    }

    /** Sends an error as FATAL and flushes, ignoring a client that is already gone. */
    static void sendFatal(MessageWriter writer, DsqlException error) {
        if (writer == null) {
            return;
        }
        DsqlException fatal = error.severity() == Severity.FATAL ? error : error.fatal();
        try {
            writer.send(new BackendMessage.ErrorResponse(fatal, false));
            writer.flush();
        } catch (ConnectionLostException e) {
            LOG.debug("could not send FATAL {}: {}", fatal, e.toString());
        }
    }

    private void closeSession(Session session) {
        try {
            session.close();
        } catch (RuntimeException e) {
            LOG.error("closing a session failed", e);
        }
    }

    private void notifyClosed(StartupRequest request) {
        try {
            server.opener().closed(request);
        } catch (RuntimeException e) {
            LOG.error("session opener failed on close", e);
        }
    }

    /** Closes the socket (and with it the TLS layer); safe from any thread, any number of times. */
    void closeSocket() {
        closeQuietly(current);
        closeQuietly(raw);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.trace("close failed", e);
        }
    }
}
