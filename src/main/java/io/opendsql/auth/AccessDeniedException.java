package io.opendsql.auth;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;

/**
 * Every refusal of a connection attempt. {@link #reason()} says precisely why, for the server's audit
 * log only; it never contains a secret, a signature, a session token or the token itself.
 * {@link #hint()} is the optional text the client may see; {@link #toClientError()} builds the one
 * error a client ever receives: {@code FATAL 28000 unable to accept connection, access denied}, or, for
 * a token signed more than a week ago or by expired role-session credentials, DSQL's
 * {@code FATAL 28000 IAM authentication failed for user "<user>"} (spec section 2.5).
 */
public final class AccessDeniedException extends RuntimeException {
    /** The message every refused client sees. */
    public static final String CLIENT_MESSAGE = "unable to accept connection, access denied";

    private static final int MAX_QUOTED_LENGTH = 64;

    private final String reason;
    private final String clientMessage;
    private final String hint;
    private final String accessKeyId;
    private final String identityArn;

    private AccessDeniedException(String reason, String clientMessage, String hint, String accessKeyId,
                                  String identityArn) {
        super(reason, null, false, false);
        this.reason = reason;
        this.clientMessage = clientMessage;
        this.hint = hint;
        this.accessKeyId = accessKeyId;
        this.identityArn = identityArn;
    }

    /** A refusal without a client hint. */
    public static AccessDeniedException because(String reason) {
        return new AccessDeniedException(reason, CLIENT_MESSAGE, null, null, null);
    }

    /** A refusal whose client error carries {@code hint}. */
    public static AccessDeniedException because(String reason, String hint) {
        return new AccessDeniedException(reason, CLIENT_MESSAGE, hint, null, null);
    }

    /**
     * A refusal the client sees as {@code IAM authentication failed for user "<user>"}: DSQL's answer to
     * a token older than a week and to expired assumed-role credentials.
     */
    static AccessDeniedException iamAuthenticationFailed(String reason, String user) {
        return new AccessDeniedException(reason, "IAM authentication failed for user \"" + user + "\"", null, null,
                null);
    }

    /**
     * This refusal naming the identity the token claims: the access key it names, when the store knows
     * that key, and the key's user or assumed-role ARN. The signature may not have proved the claim.
     */
    public AccessDeniedException claimedBy(String knownAccessKeyId, String arn) {
        return new AccessDeniedException(reason, clientMessage, hint, knownAccessKeyId, arn);
    }

    /** The known access key id the refused token names, or null. */
    public String accessKeyId() {
        return accessKeyId;
    }

    /** The user or assumed-role ARN of {@link #accessKeyId()}, or null. */
    public String identityArn() {
        return identityArn;
    }

    /** The internal reason, for audit logs; never shown to the client. */
    public String reason() {
        return reason;
    }

    /** The hint shown to the client, or null. */
    public String hint() {
        return hint;
    }

    /** The error sent to the client: FATAL, SQLSTATE 28000, plus the hint when there is one. */
    public DsqlException toClientError() {
        DsqlException error = DsqlException.of(SqlState.INVALID_AUTHORIZATION_SPECIFICATION, "%s", clientMessage)
                .fatal();
        return hint == null ? error : error.hint(hint);
    }

    /**
     * Quotes a client-supplied, non-secret value for a reason: control characters replaced, long values
     * cut, so a hostile token cannot forge log lines.
     */
    static String quote(String value) {
        return value == null ? "null" : "'" + printable(value) + "'";
    }

    /**
     * A client-supplied value made safe for one log line: control characters and quotes as {@code ?}, cut
     * at 64. A value holding {@code =} or {@code &} (which no valid token parameter value does) is not
     * shown at all: it may have swallowed the following parameters of a token, its signature or session
     * token among them.
     */
    static String printable(String value) {
        if (value.indexOf('=') >= 0 || value.indexOf('&') >= 0) {
            return "<" + value.length() + " characters with '=' or '&', not shown>";
        }
        StringBuilder out = new StringBuilder();
        int length = Math.min(value.length(), MAX_QUOTED_LENGTH);
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            out.append(c < 0x20 || c == 0x7f || c == '\'' ? '?' : c);
        }
        if (value.length() > MAX_QUOTED_LENGTH) {
            out.append("...");
        }
        return out.toString();
    }
}
