package io.opendsql.wire;

import io.opendsql.common.DsqlException;
import io.opendsql.common.Severity;
import io.opendsql.tls.TlsMaterial;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything before authentication: SSLRequest or a direct TLS ClientHello, GSSENCRequest, CancelRequest,
 * and the StartupMessage with its protocol version and parameters. TLS is mandatory.
 */
final class StartupNegotiation {
    /** The ALPN protocol name PostgreSQL 17 clients send with direct TLS. */
    static final String ALPN_POSTGRESQL = "postgresql";
    private static final Logger LOG = LoggerFactory.getLogger(StartupNegotiation.class);
    private static final int NEWEST_MINOR_VERSION = 0;
    private static final String PROTOCOL_OPTION_PREFIX = "_pq_.";

    /** A connection that finished TLS and sent a StartupMessage. */
    record Result(SSLSocket socket, MessageReader reader, MessageWriter writer, StartupRequest request) {
    }

    private final Socket raw;
    private final PgServerConfig config;
    private final CancelRegistry cancels;
    private final int backendPid;
    private final Consumer<Socket> onTls;
    private MessageReader reader;
    private MessageWriter writer;
    private SSLSocket tls;
    private boolean directTls;

    /** {@code onTls} learns the TLS socket as soon as it exists, so that a timeout can close it. */
    StartupNegotiation(Socket raw, PgServerConfig config, CancelRegistry cancels, int backendPid,
                       Consumer<Socket> onTls) {
        this.raw = raw;
        this.config = config;
        this.cancels = cancels;
        this.backendPid = backendPid;
        this.onTls = onTls;
    }

    /**
     * Runs the negotiation. Returns null when the connection is already finished: a CancelRequest, a
     * refusal (FATAL sent), a failed TLS handshake or a client that went away.
     */
    Result run() throws IOException {
        // Before TLS nothing may be buffered: bytes after SSLRequest belong to the TLS handshake.
        reader = new MessageReader(raw.getInputStream(), config.maxMessageSize());
        writer = new MessageWriter(raw.getOutputStream());
        boolean gssDone = false;
        try {
            while (true) {
                int length;
                if (tls == null) {
                    int first = reader.firstByte();
                    if (first < 0) {
                        return null;
                    }
                    if (first == MessageType.TLS_HANDSHAKE_RECORD) {
                        directTls = true;
                        InputStream clientHello = directClientHello(first);
                        if (clientHello == null || !startTls(clientHello)) {
                            return null;
                        }
                        continue;
                    }
                    length = (first << 24) | (readThreeBytes());
                } else {
                    length = reader.int32();
                }
                if (length < 8 || length > config.maxStartupPacketSize()) {
                    throw WireErrors.invalidStartupPacketLength();
                }
                byte[] packet = reader.startupBody(length);
                MessageBody body = new MessageBody(packet);
                int code = body.int32();
                if (code == MessageType.CANCEL_REQUEST_CODE) {
                    if (body.remaining() == 8) {
                        cancels.cancel(body.int32(), body.int32());
                    }
                    return null;
                }
                if (code == MessageType.SSL_REQUEST_CODE && tls == null) {
                    writer.single(MessageType.NEGOTIATION_ACCEPTED);
                    if (!startTls(InputStream.nullInputStream())) {
                        return null;
                    }
                    continue;
                }
                if (code == MessageType.GSSENC_REQUEST_CODE && tls == null && !gssDone) {
                    writer.single(MessageType.NEGOTIATION_REFUSED);
                    gssDone = true;
                    continue;
                }
                if (tls == null) {
                    throw WireErrors.sslRequired();
                }
                return new Result(tls, reader, writer, startupMessage(code, body));
            }
        } catch (DsqlException e) {
            Connection.sendFatal(writer, e);
            return null;
        }
    }

    /**
     * Reads the first TLS record of a direct-TLS client and refuses it with a no_application_protocol alert
     * when its ClientHello does not offer ALPN {@code postgresql}. Returns the bytes read, for the TLS
     * engine, or null when the connection was refused.
     */
    private InputStream directClientHello(int first) throws IOException {
        byte[] rest = reader.exactly(ClientHelloAlpn.RECORD_HEADER_LENGTH - 1);
        int length = ((rest[2] & 0xFF) << 8) | (rest[3] & 0xFF);
        if (length > ClientHelloAlpn.MAX_RECORD_LENGTH) {
            return null;
        }
        byte[] body = reader.exactly(length);
        if (ClientHelloAlpn.inspect(body, ALPN_POSTGRESQL) == ClientHelloAlpn.Offer.NOT_OFFERED) {
            LOG.debug("direct TLS ClientHello from {} without ALPN \"postgresql\"", raw.getRemoteSocketAddress());
            raw.getOutputStream().write(ClientHelloAlpn.noApplicationProtocolAlert());
            raw.getOutputStream().flush();
            return null;
        }
        byte[] consumed = new byte[ClientHelloAlpn.RECORD_HEADER_LENGTH + length];
        consumed[0] = (byte) first;
        System.arraycopy(rest, 0, consumed, 1, rest.length);
        System.arraycopy(body, 0, consumed, ClientHelloAlpn.RECORD_HEADER_LENGTH, length);
        return new ByteArrayInputStream(consumed);
    }

    private int readThreeBytes() throws IOException {
        int value = 0;
        for (int i = 0; i < 3; i++) {
            int next = reader.firstByte();
            if (next < 0) {
                throw new EOFException();
            }
            value = (value << 8) | next;
        }
        return value;
    }

    private boolean startTls(InputStream consumed) throws IOException {
        SSLSocket socket = (SSLSocket) config.sslContext().getSocketFactory().createSocket(raw, consumed, true);
        onTls.accept(socket);
        List<String> protocols = new ArrayList<>(Arrays.asList(socket.getSupportedProtocols()));
        protocols.retainAll(TlsMaterial.PROTOCOLS);
        socket.setEnabledProtocols(protocols.toArray(String[]::new));
        boolean requireAlpn = directTls;
        // null rejects the offered protocols (no_application_protocol alert); "" answers without ALPN
        socket.setHandshakeApplicationProtocolSelector((ignored, offered) ->
                offered.contains(ALPN_POSTGRESQL) ? ALPN_POSTGRESQL : requireAlpn ? null : "");
        try {
            socket.startHandshake();
        } catch (IOException e) {
            LOG.debug("TLS handshake with {} failed: {}", raw.getRemoteSocketAddress(), e.toString());
            return false;
        }
        if (directTls && !ALPN_POSTGRESQL.equals(socket.getApplicationProtocol())) {
            LOG.debug("direct TLS connection from {} without ALPN \"postgresql\"", raw.getRemoteSocketAddress());
            return false;
        }
        tls = socket;
        reader = new MessageReader(new BufferedInputStream(socket.getInputStream(), 16 * 1024),
                config.maxMessageSize());
        writer = new MessageWriter(socket.getOutputStream());
        return true;
    }

    private StartupRequest startupMessage(int version, MessageBody body) {
        if (version >>> 16 != 3) {
            throw WireErrors.unsupportedProtocol(version);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> unrecognized = new ArrayList<>();
        try {
            while (true) {
                String name = body.string();
                if (name.isEmpty()) {
                    body.end();
                    break;
                }
                String value = body.string();
                if (name.startsWith(PROTOCOL_OPTION_PREFIX)) {
                    unrecognized.add(name);
                } else {
                    parameters.put(name, value);
                }
            }
        } catch (DsqlException e) {
            throw e.severity() == Severity.FATAL ? WireErrors.invalidStartupPacketLayout() : e.fatal();
        }
        if ((version & 0xFFFF) > NEWEST_MINOR_VERSION || !unrecognized.isEmpty()) {
            writer.send(new BackendMessage.NegotiateProtocolVersion(NEWEST_MINOR_VERSION, unrecognized));
        }
        String user = parameters.get("user");
        if (user == null || user.isEmpty()) {
            throw WireErrors.noUser();
        }
        String database = parameters.get("database");
        if (database == null || database.isEmpty()) {
            database = user;
        }
        InetSocketAddress remote = raw.getRemoteSocketAddress() instanceof InetSocketAddress address ? address : null;
        return new StartupRequest(serverName(tls.getSession()), remote, user, database, parameters, directTls,
                backendPid);
    }

    private static String serverName(SSLSession session) {
        if (session instanceof ExtendedSSLSession extended) {
            for (SNIServerName name : extended.getRequestedServerNames()) {
                if (name instanceof SNIHostName host) {
                    return host.getAsciiName();
                }
            }
        }
        return null;
    }
}
