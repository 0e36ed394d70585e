package io.opendsql.wire;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL v3 protocol server: accepts on a platform thread and runs each connection on its own
 * virtual thread with blocking TLS socket I/O.
 *
 * <pre>
 * PgServer server = new PgServer(PgServerConfig.defaults(tls.sslContext()).withPort(5432), opener).start();
 * ...
 * server.close();
 * </pre>
 */
public final class PgServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PgServer.class);
    private static final long CLOSE_WAIT_MILLIS = 10_000;

    private final PgServerConfig config;
    private final SessionOpener opener;
    private final CancelRegistry cancels = new CancelRegistry();
    private final Map<Connection, Thread> connections = new ConcurrentHashMap<>();
    private final AtomicLong connectionNumber = new AtomicLong();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor scheduler;
    private ServerSocket serverSocket;
    private Thread acceptThread;

    public PgServer(PgServerConfig config, SessionOpener opener) {
        this.config = requireNonNull(config, "config");
        this.opener = requireNonNull(opener, "opener");
        this.scheduler = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().name("opendsql-wire-timer").daemon().factory());
        scheduler.setRemoveOnCancelPolicy(true);
    }

    /** Binds the port and starts accepting connections. */
    public PgServer start() throws IOException {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("already started");
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(config.bindAddress(), config.port()), 512);
        serverSocket = socket;
        acceptThread = Thread.ofPlatform().name("opendsql-wire-accept").daemon().start(this::acceptLoop);
        LOG.info("PostgreSQL protocol listening on {}:{}", config.bindAddress().getHostAddress(), port());
        return this;
    }

    /** The bound port (useful when the configured port is 0). */
    public int port() {
        ServerSocket socket = serverSocket;
        if (socket == null) {
            throw new IllegalStateException("not started");
        }
        return socket.getLocalPort();
    }

    /** Connections accepted and not yet fully cleaned up (session closed, opener notified). */
    public int openConnections() {
        return connections.size();
    }

    /** Stops accepting, closes every connection and waits for their clean-up; idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (serverSocket != null) {
            try {
                serverSocket.close();
            } catch (IOException e) {
                LOG.debug("closing the server socket failed", e);
            }
        }
        connections.keySet().forEach(Connection::closeSocket);
        long deadline = System.currentTimeMillis() + CLOSE_WAIT_MILLIS;
        try {
            if (acceptThread != null) {
                acceptThread.join(CLOSE_WAIT_MILLIS);
            }
            for (Thread thread : connections.values()) {
                long left = deadline - System.currentTimeMillis();
                if (left > 0) {
                    thread.join(left);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler.shutdownNow();
    }

    PgServerConfig config() {
        return config;
    }

    SessionOpener opener() {
        return opener;
    }

    CancelRegistry cancels() {
        return cancels;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    void connectionEnded(Connection connection) {
        connections.remove(connection);
    }

    private void acceptLoop() {
        while (!closed.get()) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (!closed.get()) {
                    LOG.error("accept failed", e);
                    sleepAfterAcceptFailure();
                }
                continue;
            }
            try {
                socket.setTcpNoDelay(true);
                socket.setKeepAlive(true);
                Connection connection = new Connection(this, socket);
                Thread thread = Thread.ofVirtual().name("opendsql-connection-" + connectionNumber.incrementAndGet())
                        .unstarted(connection);
                connections.put(connection, thread);
                if (closed.get()) {
                    connections.remove(connection);
                    socket.close();
                    continue;
                }
                thread.start();
            } catch (IOException | RuntimeException e) {
                LOG.error("could not start a connection", e);
                try {
                    socket.close();
                } catch (IOException ignored) {
                    LOG.trace("close failed", ignored);
                }
            }
        }
    }

    private static void sleepAfterAcceptFailure() {
        try {
            TimeUnit.MILLISECONDS.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
