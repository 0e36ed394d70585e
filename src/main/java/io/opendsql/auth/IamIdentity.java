package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;

/**
 * Who signed a request: an IAM user with one of its access keys, or a session of an IAM role with its
 * temporary credentials. Policies, tags and database-role mappings are the user's or the role's
 * ({@link #principalArn()}); the identity itself is named by {@link #arn()}, which for a role session is
 * the assumed-role ARN {@code arn:aws:sts::<account>:assumed-role/<role>/<session>}.
 *
 * @param principal the user, or the role the session belongs to
 * @param accessKey the key that signed
 * @param accountId the installation's account id
 */
public record IamIdentity(Principal principal, AccessKey accessKey, String accountId) {
    public IamIdentity {
        requireNonNull(principal, "principal");
        requireNonNull(accessKey, "accessKey");
        requireNonNull(accountId, "accountId");
        if (!accessKey.principalArn().equals(principal.arn())) {
            throw new IllegalArgumentException("access key " + accessKey.accessKeyId() + " is not " + principal.arn()
                    + "'s");
        }
    }

    /** True when this is a session of a role (temporary credentials). */
    public boolean roleSession() {
        return accessKey.temporary();
    }

    /** The user or role ARN: what policies belong to and what {@code AWS IAM GRANT} maps. */
    public String principalArn() {
        return principal.arn();
    }

    /** The user's ARN, or for a role session {@code arn:aws:sts::<account>:assumed-role/<role>/<session>}. */
    public String arn() {
        return roleSession() ? assumedRoleArn(accountId, principal.name(), accessKey.sessionName()) : principal.arn();
    }

    /** IAM's {@code aws:userid}: the user's unique id, or {@code <role unique id>:<session name>}. */
    public String userId() {
        return roleSession() ? principal.uniqueId() + ":" + accessKey.sessionName() : principal.uniqueId();
    }

    /** The assumed-role ARN of session {@code sessionName} of role {@code roleName}. */
    public static String assumedRoleArn(String accountId, String roleName, String sessionName) {
        return "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + sessionName;
    }

    /**
     * The condition values that describe the caller, as AWS sets them: {@code aws:PrincipalArn} (the role's
     * ARN for a role session), {@code aws:PrincipalAccount}, {@code aws:PrincipalType} ({@code User} or
     * {@code AssumedRole}), {@code aws:userid}, {@code aws:username} (users only),
     * {@code aws:PrincipalTag/<key>} (the user's or role's tags) and, for role sessions,
     * {@code aws:TokenIssueTime}.
     */
    public Map<String, String> conditionValues() {
        Map<String, String> values = new HashMap<>();
        values.put("aws:PrincipalArn", principal.arn());
        values.put("aws:PrincipalAccount", accountId);
        values.put("aws:PrincipalType", roleSession() ? "AssumedRole" : "User");
        values.put("aws:userid", userId());
        if (!roleSession()) {
            values.put("aws:username", principal.name());
        } else {
            values.put("aws:TokenIssueTime", accessKey.created().toString());
        }
        principal.tags().forEach((key, value) -> values.put("aws:PrincipalTag/" + key, value));
        return values;
    }
}
