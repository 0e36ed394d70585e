package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The result of {@code AssumeRole}: temporary credentials and the session's identity.
 * {@link #toString()} never shows the secret or the session token.
 *
 * @param credentials the {@code ASIA...} key, its secret and session token
 * @param assumedRoleArn {@code arn:aws:sts::<account>:assumed-role/<role>/<session>}
 * @param assumedRoleId {@code <role unique id>:<session>}
 */
public record AssumedRole(AccessKey credentials, String assumedRoleArn, String assumedRoleId) {
    public AssumedRole {
        requireNonNull(credentials, "credentials");
        requireNonNull(assumedRoleArn, "assumedRoleArn");
        requireNonNull(assumedRoleId, "assumedRoleId");
    }

    /** When the credentials stop working. */
    public Instant expiration() {
        return credentials.expiration();
    }

    @Override
    public String toString() {
        return "AssumedRole[" + assumedRoleArn + ", accessKeyId=" + credentials.accessKeyId() + ", expiration="
                + credentials.expiration() + "]";
    }
}
