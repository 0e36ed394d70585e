package io.opendsql.auth;

/**
 * A token whose signature, scope, lifetime, host and action were all accepted.
 *
 * @param token the parsed token
 * @param action the action it grants, which matches the database user
 * @param credential the access key that signed it
 */
public record VerifiedToken(AuthToken token, ConnectAction action, SigningCredential credential) {
    /** The access key id that signed the token. */
    public String accessKeyId() {
        return credential.accessKeyId();
    }
}
