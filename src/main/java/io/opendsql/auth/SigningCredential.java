package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An access key with its secret: long-term ({@code sessionToken} null) or temporary (with a session
 * token and usually an expiration). {@link #toString()} never shows the secret or the session token.
 *
 * @param accessKeyId the public key id, e.g. {@code AKIA...}
 * @param secretAccessKey the signing secret
 * @param sessionToken the session token of temporary credentials, or null
 * @param expiration when temporary credentials stop working, or null for no limit
 */
public record SigningCredential(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration) {
    public SigningCredential {
        requireNonNull(accessKeyId, "accessKeyId");
        requireNonNull(secretAccessKey, "secretAccessKey");
    }

    /** Long-term credentials without a session token. */
    public static SigningCredential longTerm(String accessKeyId, String secretAccessKey) {
        return new SigningCredential(accessKeyId, secretAccessKey, null, null);
    }

    @Override
    public String toString() {
        return "SigningCredential[accessKeyId=" + accessKeyId + ", secretAccessKey=<redacted>"
                + (sessionToken == null ? "" : ", sessionToken=<redacted>")
                + (expiration == null ? "" : ", expiration=" + expiration) + "]";
    }
}
