package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An access key of a principal: long-term for users; temporary ones (with a session token and an
 * expiration) are for role sessions. {@link #toString()} never shows the secret or the session token.
 *
 * @param accessKeyId {@code AKIA...} (long-term) or {@code ASIA...} (temporary)
 * @param secretAccessKey the 40-character secret
 * @param sessionToken the session token of temporary credentials, or null
 * @param principalArn the owner
 * @param created creation time
 * @param expiration when temporary credentials stop working, or null
 */
public record AccessKey(String accessKeyId, String secretAccessKey, String sessionToken, String principalArn,
                       Instant created, Instant expiration) {
    public AccessKey {
        requireNonNull(accessKeyId, "accessKeyId");
        requireNonNull(secretAccessKey, "secretAccessKey");
        requireNonNull(principalArn, "principalArn");
        requireNonNull(created, "created");
    }

    /** The signing material of this key. */
    public SigningCredential credential() {
        return new SigningCredential(accessKeyId, secretAccessKey, sessionToken, expiration);
    }

    @Override
    public String toString() {
        return "AccessKey[accessKeyId=" + accessKeyId + ", principalArn=" + principalArn + ", created=" + created
                + (expiration == null ? "" : ", expiration=" + expiration) + ", secretAccessKey=<redacted>]";
    }
}
