package io.opendsql.auth;

/** The {@code Effect} of a policy statement. */
public enum Effect {
    ALLOW("Allow"),
    DENY("Deny");

    private final String jsonName;

    Effect(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in policy JSON. */
    public String jsonName() {
        return jsonName;
    }
}
