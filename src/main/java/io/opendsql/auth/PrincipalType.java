package io.opendsql.auth;

/** The kinds of IAM principal OpenDSQL stores, named as in their ARNs. */
public enum PrincipalType {
    USER("user"),
    ROLE("role");

    private final String arnName;

    PrincipalType(String arnName) {
        this.arnName = arnName;
    }

    /** The ARN resource type: {@code user} or {@code role}. */
    public String arnName() {
        return arnName;
    }

    /** The ARN of a principal of this type: {@code arn:aws:iam::<account>:<type>/<name>}. */
    public String arn(String accountId, String name) {
        return "arn:aws:iam::" + accountId + ":" + arnName + "/" + name;
    }
}
