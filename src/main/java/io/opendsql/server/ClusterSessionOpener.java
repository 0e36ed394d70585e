package io.opendsql.server;

import io.opendsql.auth.AccessDeniedException;
import io.opendsql.auth.AuthenticatedPrincipal;
import io.opendsql.auth.ConnectAuthenticator;
import io.opendsql.auth.ConnectRequest;
import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.session.DsqlSession;
import io.opendsql.session.Session;
import io.opendsql.session.SessionOptions;
import io.opendsql.sql.SqlEngine;
import io.opendsql.wire.SessionOpener;
import io.opendsql.wire.StartupRequest;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admits connections to a cluster and opens their sessions: connection quotas, then the IAM token,
 * then the database name. The client sees DSQL's messages; every attempt, with the precise reason for a
 * refusal, goes to the cluster's audit log (never the token or a secret).
 */
final class ClusterSessionOpener implements SessionOpener {
    /** The only database of a DSQL cluster. */
    static final String DATABASE = "postgres";

    private static final Logger log = LoggerFactory.getLogger(ClusterSessionOpener.class);
    private static final String DSQL_DOMAIN = ".on.aws";

    private final Cluster cluster;
    private final ConnectAuthenticator authenticator;
    private final ConnectionLimiter limiter;
    private final SqlEngine engine;
    private final Clock clock;
    private final ConnectionAuditor audit;

    ClusterSessionOpener(Cluster cluster, ConnectAuthenticator authenticator, ConnectionLimiter limiter,
                         SqlEngine engine, Clock clock, ConnectionAuditor audit) {
        this.cluster = cluster;
        this.authenticator = authenticator;
        this.limiter = limiter;
        this.engine = engine;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public void admit(StartupRequest request) {
        String serverName = request.serverName();
        if (serverName != null && serverName.toLowerCase(Locale.ROOT).endsWith(DSQL_DOMAIN)
                && !cluster.answers(serverName)) {
            log.info("connection from {} refused: no cluster answers to {}", request.remoteAddress(), serverName);
            throw AccessDeniedException.because("no cluster named " + serverName).toClientError();
        }
        try {
            limiter.acquire();
        } catch (DsqlException e) {
            audit.refused(request, e);
            throw e;
        }
    }

    @Override
    public Session open(StartupRequest request, String password) {
        AuthenticatedPrincipal principal;
        try {
            principal = authenticator.authenticate(new ConnectRequest(password, request.user(), acceptedHosts(request),
                    cluster.region(), cluster.arn(), cluster.tags(), clock.instant()));
        } catch (AccessDeniedException e) {
            log.info("connection of user {} from {} refused: {}", request.user(), request.remoteAddress(), e.reason());
            audit.refused(request, e);
            throw e.toClientError();
        }
        if (!request.database().equals(DATABASE)) {
            DsqlException error = DsqlException.of(SqlState.INVALID_CATALOG_NAME, "database \"%s\" does not exist",
                    request.database()).fatal();
            audit.refused(request, principal, error, error.getMessage());
            throw error;
        }
        if (!request.user().equals("admin")) {
            // Database roles and their IAM mappings (AWS IAM GRANT) come with the catalog; until then only
            // admin exists, and DSQL refuses an unknown role without a hint.
            log.info("connection of user {} from {} refused: role does not exist", request.user(),
                    request.remoteAddress());
            AccessDeniedException refusal = AccessDeniedException.because("role " + request.user() + " does not exist");
            audit.refused(request, principal, refusal.toClientError(), refusal.reason());
            throw refusal.toClientError();
        }
        audit.accepted(request, principal);
        log.debug("user {} connected from {} as {}", request.user(), request.remoteAddress(), principal.principalArn());
        return new DsqlSession(engine, new SessionOptions(request.user(), request.database(), request.backendPid(),
                request.parameters()));
    }

    @Override
    public void closed(StartupRequest request) {
        limiter.release();
    }

    /**
     * The host names a token may be signed for: the TLS server name when the client sent one; without
     * SNI (a client connecting to an IP address), the local names and the cluster endpoint.
     */
    private Set<String> acceptedHosts(StartupRequest request) {
        if (request.serverName() != null) {
            return Set.of(request.serverName().toLowerCase(Locale.ROOT));
        }
        return Set.of("localhost", "127.0.0.1", "::1", cluster.endpoint());
    }
}
