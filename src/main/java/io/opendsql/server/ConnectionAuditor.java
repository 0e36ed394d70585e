package io.opendsql.server;

import static java.util.Objects.requireNonNull;

import io.opendsql.audit.AuditLog;
import io.opendsql.audit.ConnectionAttempt;
import io.opendsql.auth.AccessDeniedException;
import io.opendsql.auth.AuthenticatedPrincipal;
import io.opendsql.common.DsqlException;
import io.opendsql.wire.StartupRequest;
import java.net.InetSocketAddress;
import java.time.Clock;

/** Writes a cluster's connection attempts to its audit log, from what the session opener knows. */
final class ConnectionAuditor {
    private final AuditLog log;
    private final Clock clock;

    ConnectionAuditor(AuditLog log, Clock clock) {
        this.log = requireNonNull(log, "log");
        this.clock = requireNonNull(clock, "clock");
    }

    /** A connection let in. */
    void accepted(StartupRequest request, AuthenticatedPrincipal principal) {
        log.record(new ConnectionAttempt(clock.instant(), source(request), request.serverName(), request.user(),
                request.database(), true, principal.identityArn(), iamRole(principal), principal.accessKeyId(),
                principal.action().tokenValue(), null, null));
    }

    /** A token refused; the refusal names the token's identity when its access key is known. */
    void refused(StartupRequest request, AccessDeniedException refusal) {
        DsqlException clientError = refusal.toClientError();
        log.record(new ConnectionAttempt(clock.instant(), source(request), request.serverName(), request.user(),
                request.database(), false, refusal.identityArn(), null, refusal.accessKeyId(), null,
                clientError.state().code(), refusal.reason()));
    }

    /** A connection refused after its token was accepted (no such database or role, no mapping). */
    void refused(StartupRequest request, AuthenticatedPrincipal principal, DsqlException clientError, String reason) {
        log.record(new ConnectionAttempt(clock.instant(), source(request), request.serverName(), request.user(),
                request.database(), false, principal.identityArn(), iamRole(principal), principal.accessKeyId(),
                principal.action().tokenValue(), clientError.state().code(), reason));
    }

    /** A connection refused before authentication (connection quotas, unknown cluster name). */
    void refused(StartupRequest request, DsqlException clientError) {
        log.record(new ConnectionAttempt(clock.instant(), source(request), request.serverName(), request.user(),
                request.database(), false, null, null, null, null, clientError.state().code(),
                clientError.getMessage()));
    }

    private static String iamRole(AuthenticatedPrincipal principal) {
        return principal.roleSession() ? principal.principalArn() : null;
    }

    private static String source(StartupRequest request) {
        InetSocketAddress address = request.remoteAddress();
        if (address == null) {
            return null;
        }
        String host = address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}
