package io.opendsql.auth;

/**
 * The IAM identity behind an accepted connection.
 *
 * @param principalArn the user or role ARN (for a role session, the role's ARN)
 * @param type user or role
 * @param accessKeyId the access key that signed the token
 * @param action the action the token was checked for
 */
public record AuthenticatedPrincipal(String principalArn, PrincipalType type, String accessKeyId, ConnectAction action) {
}
