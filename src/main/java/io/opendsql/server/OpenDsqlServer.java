package io.opendsql.server;

import io.opendsql.auth.AccessKey;
import io.opendsql.auth.ConnectAuthenticator;
import io.opendsql.auth.IamStore;
import io.opendsql.sql.engine.DsqlEngine;
import io.opendsql.tls.TlsMaterial;
import io.opendsql.wire.PgServer;
import io.opendsql.wire.PgServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running OpenDSQL server: the IAM store, the default cluster, TLS material and the wire server,
 * wired together. The only class that sees every layer.
 */
public final class OpenDsqlServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OpenDsqlServer.class);

    private final IamStore iam;
    private final Cluster cluster;
    private final TlsMaterial tls;
    private final PgServer wire;

    private OpenDsqlServer(IamStore iam, Cluster cluster, TlsMaterial tls, PgServer wire) {
        this.iam = iam;
        this.cluster = cluster;
        this.tls = tls;
        this.wire = wire;
    }

    /** Opens (or on first start creates) the data directory and starts listening. */
    public static OpenDsqlServer start(ServerConfig config) {
        try {
            Files.createDirectories(config.dataDir());
            IamStore iam = IamStore.openOrCreate(config.dataDir(), config.region());
            Cluster cluster = ClusterStore.defaultCluster(config.dataDir(), config.region(), iam.accountId());
            TlsMaterial tls = config.tlsCertificate() != null
                    ? TlsMaterial.fromPem(config.tlsCertificate(), config.tlsPrivateKey())
                    : TlsMaterial.generated(config.dataDir(), config.region(), List.of(cluster.endpoint()));
            Limits limits = config.limits();
            ConnectionLimiter limiter = new ConnectionLimiter(limits.maxConnections(), limits.connectionsPerSecond(),
                    limits.connectionBurst(), System::nanoTime);
            ClusterSessionOpener opener = new ClusterSessionOpener(cluster, new ConnectAuthenticator(iam), limiter,
                    new DsqlEngine(), config.clock());
            PgServerConfig wireConfig = PgServerConfig.defaults(tls.sslContext())
                    .withBindAddress(InetAddress.getByName(config.bindAddress()))
                    .withPort(config.port())
                    .withConnectionLifetime(limits.connectionLifetime());
            PgServer wire = new PgServer(wireConfig, opener).start();
            log.info("OpenDSQL listening on {}:{} for cluster {}", config.bindAddress(), wire.port(), cluster.id());
            return new OpenDsqlServer(iam, cluster, tls, wire);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start OpenDSQL in " + config.dataDir() + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return wire.port();
    }

    /** PEM file of the CA that signed the server certificate, or null when serving a user-supplied one. */
    public Path caCertificateFile() {
        return tls.caCertificateFile();
    }

    public Cluster defaultCluster() {
        return cluster;
    }

    public IamStore iam() {
        return iam;
    }

    /** AWS shared-credentials file holding the administrator principal's access key. */
    public Path awsCredentialsFile() {
        return iam.credentialsFile();
    }

    /** AWS config file naming the region. */
    public Path awsConfigFile() {
        return iam.configFile();
    }

    public String adminAccessKeyId() {
        return adminKey().accessKeyId();
    }

    public String adminSecretAccessKey() {
        return adminKey().secretAccessKey();
    }

    /** Sessions currently open (tests use it to prove none leak). */
    public int openConnections() {
        return wire.openConnections();
    }

    @Override
    public void close() {
        wire.close();
    }

    private AccessKey adminKey() {
        return iam.defaultAccessKey();
    }
}
