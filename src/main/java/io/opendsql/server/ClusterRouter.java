package io.opendsql.server;

import io.opendsql.audit.AuditLogs;
import io.opendsql.auth.AccessDeniedException;
import io.opendsql.auth.ConnectAuthenticator;
import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.control.ClusterRegistry;
import io.opendsql.control.ClusterStatus;
import io.opendsql.control.ManagedCluster;
import io.opendsql.session.Session;
import io.opendsql.wire.SessionOpener;
import io.opendsql.wire.StartupRequest;
import java.time.Clock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes each connection to its cluster by TLS server name: {@code <id>.dsql.<region>.on.aws} reaches that
 * cluster, a connection without SNI or with any other name (localhost, an IP address) reaches the default
 * cluster, and a DSQL name no cluster answers to is refused. A cluster must be running: INACTIVE gives
 * DSQL's "waking up" refusal, CREATING, PENDING_SETUP and FAILED are refused as not available, and deleted
 * clusters are unknown. Admission, authentication and session opening are then the cluster's
 * {@link ClusterSessionOpener}'s, with connection limits kept per cluster.
 */
final class ClusterRouter implements SessionOpener {
    private static final Logger log = LoggerFactory.getLogger(ClusterRouter.class);
    private static final String DSQL_DOMAIN = ".on.aws";

    private final ClusterRegistry registry;
    private final ConnectAuthenticator authenticator;
    private final Limits limits;
    private final ClusterDatabases databases;
    private final Clock clock;
    private final AuditLogs auditLogs;
    private final ConcurrentMap<String, ConnectionLimiter> limiters = new ConcurrentHashMap<>();
    /** The opener that admitted each live connection, so open and closed reach the same cluster. */
    private final Map<StartupRequest, ClusterSessionOpener> admitted =
            Collections.synchronizedMap(new IdentityHashMap<>());

    ClusterRouter(ClusterRegistry registry, ConnectAuthenticator authenticator, Limits limits,
                  ClusterDatabases databases, Clock clock, AuditLogs auditLogs) {
        this.registry = registry;
        this.authenticator = authenticator;
        this.limits = limits;
        this.databases = databases;
        this.clock = clock;
        this.auditLogs = auditLogs;
    }

    @Override
    public void admit(StartupRequest request) {
        ManagedCluster target = route(request);
        ClusterSessionOpener opener = new ClusterSessionOpener(asCluster(target), authenticator,
                limiter(target.id()), databases.engine(target.id()), clock,
                new ConnectionAuditor(auditLogs.forCluster(target.id()), clock));
        opener.admit(request);
        admitted.put(request, opener);
    }

    @Override
    public Session open(StartupRequest request, String password) {
        ClusterSessionOpener opener = admitted.get(request);
        if (opener == null) {
            throw new IllegalStateException("open without admit");
        }
        return opener.open(request, password);
    }

    @Override
    public void closed(StartupRequest request) {
        ClusterSessionOpener opener = admitted.remove(request);
        if (opener != null) {
            opener.closed(request);
        }
    }

    /** Open connections of one cluster. */
    int openConnections(String clusterId) {
        ConnectionLimiter limiter = limiters.get(clusterId);
        return limiter == null ? 0 : limiter.openConnections();
    }

    private ConnectionLimiter limiter(String clusterId) {
        return limiters.computeIfAbsent(clusterId, id -> new ConnectionLimiter(limits.maxConnections(),
                limits.connectionsPerSecond(), limits.connectionBurst(), System::nanoTime));
    }

    private ManagedCluster route(StartupRequest request) {
        String serverName = request.serverName();
        ManagedCluster target;
        if (serverName != null && serverName.toLowerCase(Locale.ROOT).endsWith(DSQL_DOMAIN)) {
            target = registry.findByEndpoint(serverName).filter(cluster -> !cluster.status().gone()).orElse(null);
            if (target == null) {
                log.info("connection from {} refused: no cluster answers to {}", request.remoteAddress(), serverName);
                throw AccessDeniedException.because("no cluster named " + serverName).toClientError();
            }
        } else {
            target = registry.defaultCluster();
        }
        ClusterStatus status = target.status();
        if (status.acceptsConnections()) {
            return target;
        }
        log.info("connection from {} to cluster {} refused: cluster is {}", request.remoteAddress(), target.id(),
                status);
        if (status == ClusterStatus.INACTIVE) {
            throw DsqlException.of(SqlState.CANNOT_CONNECT_NOW,
                    "unable to accept connection, waking up cluster, please retry later").fatal();
        }
        if (status.gone()) {
            throw AccessDeniedException.because("cluster " + target.id() + " is " + status).toClientError();
        }
        throw DsqlException.of(SqlState.CANNOT_CONNECT_NOW,
                "unable to accept connection, cluster is not active (status %s)", status).fatal();
    }

    static Cluster asCluster(ManagedCluster cluster) {
        return new Cluster(cluster.id(), cluster.region(), cluster.accountId(), cluster.tags());
    }
}
