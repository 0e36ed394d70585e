package io.opendsql.server;

import io.opendsql.auth.AccessKey;
import io.opendsql.auth.ConnectAuthenticator;
import io.opendsql.auth.IamStore;
import io.opendsql.control.ClusterRegistry;
import io.opendsql.control.ControlPlaneServer;
import io.opendsql.tls.TlsMaterial;
import io.opendsql.wire.PgServer;
import io.opendsql.wire.PgServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running OpenDSQL server: the IAM store, the cluster registry, TLS material, the wire server (routing
 * connections to clusters by SNI) and the DSQL API, wired together. The only class that sees every layer.
 */
public final class OpenDsqlServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OpenDsqlServer.class);

    /** How many new API requests per second an access key may make before ThrottlingException. */
    private static final double API_REQUESTS_PER_SECOND = 100;

    private final IamStore iam;
    private final ClusterRegistry clusters;
    private final TlsMaterial tls;
    private final PgServer wire;
    private final ControlPlaneServer api;
    private final ClusterDatabases databases;

    private OpenDsqlServer(IamStore iam, ClusterRegistry clusters, TlsMaterial tls, PgServer wire,
                           ControlPlaneServer api, ClusterDatabases databases) {
        this.databases = databases;
        this.iam = iam;
        this.clusters = clusters;
        this.tls = tls;
        this.wire = wire;
        this.api = api;
    }

    /** Opens (or on first start creates) the data directory and starts listening. */
    public static OpenDsqlServer start(ServerConfig config) {
        try {
            Files.createDirectories(config.dataDir());
            IamStore iam = IamStore.openOrCreate(config.dataDir(), config.region());
            ClusterRegistry clusters = ClusterRegistry.open(config.dataDir(), config.region(), iam.accountId(),
                    config.clusters(), Clock.systemUTC());
            Cluster cluster = ClusterRouter.asCluster(clusters.defaultCluster());
            // Cluster endpoints are covered by *.dsql.<region>.on.aws; the API host is the SDKs' default endpoint.
            TlsMaterial tls = config.tlsCertificate() != null
                    ? TlsMaterial.fromPem(config.tlsCertificate(), config.tlsPrivateKey())
                    : TlsMaterial.generated(config.dataDir(), config.region(),
                            List.of(cluster.endpoint(), "dsql." + config.region() + ".api.aws"));
            ClusterDatabases databases = new ClusterDatabases(config.dataDir(), config.storage(),
                    config.limits().transactions());
            clusters.onRemoval(databases::close);
            ClusterRouter router = new ClusterRouter(clusters, new ConnectAuthenticator(iam), config.limits(),
                    databases, config.clock());
            PgServerConfig wireConfig = PgServerConfig.defaults(tls.sslContext())
                    .withBindAddress(InetAddress.getByName(config.bindAddress()))
                    .withPort(config.port())
                    .withConnectionLifetime(config.limits().connectionLifetime());
            PgServer wire = new PgServer(wireConfig, router).start();
            ControlPlaneServer api = null;
            if (config.apiPort() >= 0) {
                try {
                    api = ControlPlaneServer.start(new InetSocketAddress(InetAddress.getByName(config.bindAddress()),
                            config.apiPort()), tls, iam, clusters, API_REQUESTS_PER_SECOND, config.clock());
                } catch (IOException | RuntimeException e) {
                    wire.close();
                    databases.close();
                    clusters.close();
                    throw e;
                }
            }
            log.info("OpenDSQL listening on {}:{} for cluster {}", config.bindAddress(), wire.port(), cluster.id());
            return new OpenDsqlServer(iam, clusters, tls, wire, api, databases);
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

    /** The cluster that connections without a DSQL server name reach. */
    public Cluster defaultCluster() {
        return ClusterRouter.asCluster(clusters.defaultCluster());
    }

    /** Every cluster of this installation, and the operations of the DSQL API on them. */
    public ClusterRegistry clusters() {
        return clusters;
    }

    /** The DSQL API's HTTPS port, or -1 when the API is off. */
    public int apiPort() {
        return api == null ? -1 : api.port();
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

    /** The database of a cluster (opened if needed): for embedding applications and tests that inspect storage. */
    public io.opendsql.sql.engine.Database database(String clusterId) {
        return databases.engine(clusterId).database();
    }

    /** Sessions currently open (tests use it to prove none leak). */
    public int openConnections() {
        return wire.openConnections();
    }

    @Override
    public void close() {
        if (api != null) {
            api.close();
        }
        wire.close();
        databases.close();
        clusters.close();
    }

    private AccessKey adminKey() {
        return iam.defaultAccessKey();
    }
}
