package io.opendsql.server;

import static java.util.Objects.requireNonNull;

import io.opendsql.control.RegistrySettings;
import java.nio.file.Path;
import java.time.Clock;

/**
 * How to start a server.
 *
 * @param dataDir where data, TLS material, the IAM store and cluster definitions live
 * @param bindAddress address to listen on (127.0.0.1 by default; 0.0.0.0 for every interface)
 * @param port TCP port; 0 picks a free one
 * @param region the AWS region the default cluster is in
 * @param limits per-cluster connection limits
 * @param tlsCertificate a PEM certificate chain to serve instead of the generated one, or null
 * @param tlsPrivateKey the PEM private key of {@code tlsCertificate}, or null
 * @param clock time source for token checks (tests move it)
 * @param apiPort TCP port of the DSQL API (HTTPS); 0 picks a free one, -1 disables the API
 * @param clusters how the cluster registry behaves (status-change delay, quotas, default profile)
 */
public record ServerConfig(Path dataDir, String bindAddress, int port, String region, Limits limits,
                           Path tlsCertificate, Path tlsPrivateKey, Clock clock, int apiPort,
                           RegistrySettings clusters, StorageMode storage) {
    /** Where cluster data lives: RocksDB under the data directory, or memory (gone when the server stops). */
    public enum StorageMode { DURABLE, MEMORY }

    public static final int DEFAULT_PORT = 5432;
    /** The DSQL API's default port (AWS serves it on 443; a local port needs no privileges). */
    public static final int DEFAULT_API_PORT = 8443;
    public static final String DEFAULT_REGION = "us-east-1";

    public ServerConfig {
        requireNonNull(dataDir, "dataDir");
        requireNonNull(bindAddress, "bindAddress");
        requireNonNull(region, "region");
        requireNonNull(limits, "limits");
        requireNonNull(clock, "clock");
        requireNonNull(clusters, "clusters");
        requireNonNull(storage, "storage");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (apiPort < -1 || apiPort > 65535) {
            throw new IllegalArgumentException("API port must be between 0 and 65535, or -1: " + apiPort);
        }
        if ((tlsCertificate == null) != (tlsPrivateKey == null)) {
            throw new IllegalArgumentException("a TLS certificate needs its private key, and a key its certificate");
        }
        if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
            throw new IllegalArgumentException("not an AWS region name: " + region);
        }
    }

    /**
     * Local defaults: 127.0.0.1:5432, us-east-1, DSQL's limits, generated TLS, the system clock, and no DSQL
     * API (embedded servers and tests turn it on with {@link #withApiPort}; {@code opendsql start} serves it
     * on {@value #DEFAULT_API_PORT}).
     */
    public static ServerConfig defaults(Path dataDir) {
        return new ServerConfig(dataDir, "127.0.0.1", DEFAULT_PORT, DEFAULT_REGION, Limits.DSQL, null, null,
                Clock.systemUTC(), -1, RegistrySettings.DEFAULTS, StorageMode.DURABLE);
    }

    public ServerConfig withBindAddress(String address) {
        return new ServerConfig(dataDir, address, port, region, limits, tlsCertificate, tlsPrivateKey,
                clock, apiPort, clusters, storage);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(dataDir, bindAddress, newPort, region, limits, tlsCertificate, tlsPrivateKey,
                clock, apiPort, clusters, storage);
    }

    public ServerConfig withRegion(String newRegion) {
        return new ServerConfig(dataDir, bindAddress, port, newRegion, limits, tlsCertificate, tlsPrivateKey,
                clock, apiPort, clusters, storage);
    }

    public ServerConfig withLimits(Limits newLimits) {
        return new ServerConfig(dataDir, bindAddress, port, region, newLimits, tlsCertificate, tlsPrivateKey,
                clock, apiPort, clusters, storage);
    }

    public ServerConfig withClock(Clock newClock) {
        return new ServerConfig(dataDir, bindAddress, port, region, limits, tlsCertificate, tlsPrivateKey,
                newClock, apiPort, clusters, storage);
    }

    public ServerConfig withTls(Path certificateChain, Path privateKey) {
        return new ServerConfig(dataDir, bindAddress, port, region, limits, certificateChain, privateKey,
                clock, apiPort, clusters, storage);
    }

    public ServerConfig withApiPort(int newApiPort) {
        return new ServerConfig(dataDir, bindAddress, port, region, limits, tlsCertificate, tlsPrivateKey, clock,
                newApiPort, clusters, storage);
    }

    public ServerConfig withClusterSettings(RegistrySettings settings) {
        return new ServerConfig(dataDir, bindAddress, port, region, limits, tlsCertificate, tlsPrivateKey, clock,
                apiPort, settings, storage);
    }

    public ServerConfig withStorage(StorageMode mode) {
        return new ServerConfig(dataDir, bindAddress, port, region, limits, tlsCertificate, tlsPrivateKey, clock,
                apiPort, clusters, mode);
    }
}
