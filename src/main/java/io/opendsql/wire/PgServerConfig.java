package io.opendsql.wire;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * How the PostgreSQL wire server listens and what it allows.
 *
 * @param bindAddress address to listen on
 * @param port TCP port, or 0 for an ephemeral one (see {@link PgServer#port()})
 * @param sslContext TLS context presenting the server certificate (TLS is mandatory)
 * @param maxMessageSize largest message body accepted after startup, in bytes (DSQL: 10 MiB)
 * @param maxStartupPacketSize largest startup packet accepted, in bytes (PostgreSQL: 10,000)
 * @param connectionLifetime after this the connection is closed when next idle (DSQL: 60 minutes)
 * @param startupTimeout time allowed from accept to the end of authentication
 */
public record PgServerConfig(InetAddress bindAddress, int port, SSLContext sslContext, int maxMessageSize,
                             int maxStartupPacketSize, Duration connectionLifetime, Duration startupTimeout) {
    public static final int DEFAULT_PORT = 5432;
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 10 * 1024 * 1024;
    public static final int DEFAULT_MAX_STARTUP_PACKET_SIZE = 10_000;
    public static final Duration DEFAULT_CONNECTION_LIFETIME = Duration.ofMinutes(60);
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);

    public PgServerConfig {
        requireNonNull(bindAddress, "bindAddress");
        requireNonNull(sslContext, "sslContext");
        requireNonNull(connectionLifetime, "connectionLifetime");
        requireNonNull(startupTimeout, "startupTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxMessageSize < 1 || maxStartupPacketSize < 8) {
            throw new IllegalArgumentException("message size limits too small");
        }
        if (connectionLifetime.isNegative() || connectionLifetime.isZero() || startupTimeout.isNegative()
                || startupTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** DSQL's limits on port 5432 of the loopback address. */
    public static PgServerConfig defaults(SSLContext sslContext) {
        return new PgServerConfig(InetAddress.getLoopbackAddress(), DEFAULT_PORT, sslContext, DEFAULT_MAX_MESSAGE_SIZE,
                DEFAULT_MAX_STARTUP_PACKET_SIZE, DEFAULT_CONNECTION_LIFETIME, DEFAULT_STARTUP_TIMEOUT);
    }

    public PgServerConfig withBindAddress(InetAddress address) {
        return new PgServerConfig(address, port, sslContext, maxMessageSize, maxStartupPacketSize, connectionLifetime,
                startupTimeout);
    }

    public PgServerConfig withPort(int newPort) {
        return new PgServerConfig(bindAddress, newPort, sslContext, maxMessageSize, maxStartupPacketSize,
                connectionLifetime, startupTimeout);
    }

    public PgServerConfig withMaxMessageSize(int size) {
        return new PgServerConfig(bindAddress, port, sslContext, size, maxStartupPacketSize, connectionLifetime,
                startupTimeout);
    }

    public PgServerConfig withConnectionLifetime(Duration lifetime) {
        return new PgServerConfig(bindAddress, port, sslContext, maxMessageSize, maxStartupPacketSize, lifetime,
                startupTimeout);
    }

    public PgServerConfig withStartupTimeout(Duration timeout) {
        return new PgServerConfig(bindAddress, port, sslContext, maxMessageSize, maxStartupPacketSize,
                connectionLifetime, timeout);
    }
}
