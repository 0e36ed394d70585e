package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An access key of a principal: long-term for users; temporary ones (with a session token, an
 * expiration and a session name) belong to a session of a role. {@link #toString()} never shows the
 * secret or the session token.
 *
 * @param accessKeyId {@code AKIA...} (long-term) or {@code ASIA...} (temporary)
 * @param secretAccessKey the 40-character secret
 * @param sessionToken the session token of temporary credentials, or null
 * @param principalArn the owner: a user, or for temporary credentials the role they are a session of
 * @param created creation time
 * @param expiration when temporary credentials stop working, or null
 * @param sessionName the role session name given to AssumeRole, or null for long-term keys
 */
public record AccessKey(String accessKeyId, String secretAccessKey, String sessionToken, String principalArn,
                       Instant created, Instant expiration, String sessionName) {
    public AccessKey {
        requireNonNull(accessKeyId, "accessKeyId");
        requireNonNull(secretAccessKey, "secretAccessKey");
        requireNonNull(principalArn, "principalArn");
        requireNonNull(created, "created");
        if ((sessionToken == null) != (expiration == null) || (sessionToken == null) != (sessionName == null)) {
            throw new IllegalArgumentException("temporary credentials need a session token, an expiration and a "
                    + "session name; long-term keys have none of them");
        }
    }

    /** A long-term access key. */
    public static AccessKey longTerm(String accessKeyId, String secretAccessKey, String principalArn, Instant created) {
        return new AccessKey(accessKeyId, secretAccessKey, null, principalArn, created, null, null);
    }

    /** True for the credentials of a role session. */
    public boolean temporary() {
        return sessionToken != null;
    }

    /** The signing material of this key. */
    public SigningCredential credential() {
        return new SigningCredential(accessKeyId, secretAccessKey, sessionToken, expiration);
    }

    @Override
    public String toString() {
        return "AccessKey[accessKeyId=" + accessKeyId + ", principalArn=" + principalArn + ", created=" + created
                + (expiration == null ? "" : ", expiration=" + expiration + ", sessionName=" + sessionName
                        + ", sessionToken=<redacted>")
                + ", secretAccessKey=<redacted>]";
    }
}
