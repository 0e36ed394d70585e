package io.opendsql.auth;

/**
 * The IAM identity behind an accepted connection.
 *
 * @param principalArn the user or role ARN: policies and {@code AWS IAM GRANT} mappings are looked up by it
 * @param type user or role
 * @param identityArn the user ARN, or for a role session {@code arn:aws:sts::<account>:assumed-role/<role>/<session>}
 * @param accessKeyId the access key that signed the token
 * @param action the action the token was checked for
 */
public record AuthenticatedPrincipal(String principalArn, PrincipalType type, String identityArn, String accessKeyId,
                                     ConnectAction action) {
    /** True when the connection was authenticated with a role session's temporary credentials. */
    public boolean roleSession() {
        return !principalArn.equals(identityArn);
    }
}
