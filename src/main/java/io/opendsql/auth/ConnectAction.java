package io.opendsql.auth;

import java.util.Optional;

/** The two token actions: {@code DbConnectAdmin} for the {@code admin} role, {@code DbConnect} for every other role. */
public enum ConnectAction {
    DB_CONNECT("DbConnect"),
    DB_CONNECT_ADMIN("DbConnectAdmin");

    /** The database role that must use {@link #DB_CONNECT_ADMIN}. */
    public static final String ADMIN_USER = "admin";

    private final String tokenValue;

    ConnectAction(String tokenValue) {
        this.tokenValue = tokenValue;
    }

    /** The value of the token's {@code Action} parameter. */
    public String tokenValue() {
        return tokenValue;
    }

    /** The IAM action checked against policies, e.g. {@code dsql:DbConnect}. */
    public String iamAction() {
        return SigV4.SERVICE + ":" + tokenValue;
    }

    /** The action a connection as {@code user} requires. */
    public static ConnectAction forUser(String user) {
        return ADMIN_USER.equals(user) ? DB_CONNECT_ADMIN : DB_CONNECT;
    }

    /** The action named exactly (case-sensitively) {@code tokenValue}, if any. */
    public static Optional<ConnectAction> fromTokenValue(String tokenValue) {
        for (ConnectAction action : values()) {
            if (action.tokenValue.equals(tokenValue)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
