package io.opendsql.auth;

/** The outcome of evaluating identity policies for one request. */
public enum PolicyDecision {
    /** At least one statement allows and none denies. */
    ALLOW,
    /** A matching Deny statement; it overrides every Allow. */
    EXPLICIT_DENY,
    /** Nothing matched: denied by default. */
    IMPLICIT_DENY;

    public boolean allowed() {
        return this == ALLOW;
    }
}
