package io.opendsql.wire;

import io.opendsql.common.DsqlException;
import io.opendsql.common.Severity;
import io.opendsql.common.SqlState;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads messages after authentication until the client terminates, breaks the protocol (FATAL) or the
 * connection lifetime ends. Statement errors are reported and the connection goes on: in the simple
 * protocol with ReadyForQuery, in the extended protocol by discarding messages until Sync.
 */
final class MessageLoop {
    private static final Logger LOG = LoggerFactory.getLogger(MessageLoop.class);

    private final MessageReader reader;
    private final ConnectionContext context;
    private final ConnectionLifetime lifetime;
    private final MessageDispatcher dispatcher = new MessageDispatcher();
    private boolean skippingToSync;

    MessageLoop(MessageReader reader, ConnectionContext context, ConnectionLifetime lifetime) {
        this.reader = reader;
        this.context = context;
        this.lifetime = lifetime;
    }

    /** Runs until the connection should close; a FATAL is thrown for the caller to send. */
    void run() throws IOException {
        while (true) {
            boolean idle = context.betweenBatches() && !context.session().busy();
            if (lifetime.beforeRead(idle)) {
                LOG.debug("connection lifetime over; closing the idle connection");
                return;
            }
            MessageReader.Frame frame = reader.next();
            lifetime.afterRead();
            if (frame == null) {
                return;
            }
            context.messageReceived();
            if (frame.type() == MessageType.TERMINATE) {
                return;
            }
            if (skippingToSync && frame.type() != MessageType.SYNC) {
                continue;
            }
            handle(frame);
        }
    }

    private void handle(MessageReader.Frame frame) {
        boolean extended = extendedProtocol(frame.type());
        try {
            FrontendMessage message = FrontendMessageDecoder.decode(frame.type(), frame.body());
            if (message instanceof FrontendMessage.Sync) {
                skippingToSync = false;
            }
            dispatcher.dispatch(message, context);
        } catch (DsqlException e) {
            if (e.severity() == Severity.FATAL || e.severity() == Severity.PANIC) {
                throw e;
            }
            failed(e, extended);
        } catch (ConnectionLostException e) {
            throw e;
        } catch (StackOverflowError e) {
            failed(DsqlException.of(SqlState.STATEMENT_TOO_COMPLEX, "stack depth limit exceeded"), extended);
        } catch (RuntimeException e) {
            LOG.error("internal error handling message type {}", (char) frame.type(), e);
            failed(DsqlException.internal(e), extended);
        }
    }

    private void failed(DsqlException error, boolean extended) {
        context.send(new BackendMessage.ErrorResponse(error, false));
        // PostgreSQL flushes every error at once, so a client waiting after Flush sees it
        context.writer().flush();
        if (extended) {
            skippingToSync = true;
            try {
                context.session().extendedProtocolError();
            } catch (RuntimeException e) {
                LOG.error("session failed to record an extended-protocol error", e);
            }
        } else {
            context.readyForQuery();
        }
    }

    private static boolean extendedProtocol(byte type) {
        return switch (type) {
            case MessageType.PARSE, MessageType.BIND, MessageType.DESCRIBE, MessageType.EXECUTE, MessageType.CLOSE,
                 MessageType.FLUSH -> true;
            default -> false;
        };
    }
}
