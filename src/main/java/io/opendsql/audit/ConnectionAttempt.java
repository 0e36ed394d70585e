package io.opendsql.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A connection attempt, accepted or refused. Identity fields are null when unknown: a refused token
 * names an identity only when its access key exists, and then the signature may not have proved it.
 *
 * @param time when the attempt was decided
 * @param source the client's address and port, e.g. {@code 127.0.0.1:51234}
 * @param serverName the TLS server name the client sent, or null
 * @param databaseRole the database role from the startup message ({@code user})
 * @param database the database from the startup message
 * @param accepted whether the connection was let in
 * @param principal the user ARN, or for a role session the assumed-role ARN, or null
 * @param iamRole for a role session the role's ARN (what {@code AWS IAM GRANT} maps), else null
 * @param accessKeyId the access key id that signed (or that a refused token names), or null
 * @param action {@code DbConnect} or {@code DbConnectAdmin} for accepted tokens, else null
 * @param sqlState the SQLSTATE the client got, null when accepted
 * @param reason the precise internal reason for a refusal, null when accepted
 */
public record ConnectionAttempt(Instant time, String source, String serverName, String databaseRole, String database,
                                boolean accepted, String principal, String iamRole, String accessKeyId, String action,
                                String sqlState, String reason) implements AuditEvent {
    public ConnectionAttempt {
        requireNonNull(time, "time");
        requireNonNull(databaseRole, "databaseRole");
        if (accepted != (reason == null)) {
            throw new IllegalArgumentException("a refusal needs a reason, an accepted attempt has none");
        }
    }
}
