package io.opendsql.auth;

/**
 * The parameters of STS {@code AssumeRole} that OpenDSQL honours.
 *
 * @param roleArn the role to assume, {@code arn:aws:iam::<account>:role/<name>}
 * @param sessionName the role session name (2 to 64 of letters, digits and {@code +=,.@_-})
 * @param durationSeconds the session length, or null for the default of one hour
 */
public record AssumeRoleRequest(String roleArn, String sessionName, Integer durationSeconds) {
}
