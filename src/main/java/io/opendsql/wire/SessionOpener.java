package io.opendsql.wire;

import io.opendsql.session.Session;

/**
 * The server's half of connection startup: checks limits, verifies the password (an IAM token) for the
 * connection and opens its session. The wire layer asks for a cleartext password over TLS, then calls
 * this; a refusal is a {@link io.opendsql.common.DsqlException} that the wire layer sends as FATAL.
 */
public interface SessionOpener {
    /** Called before the password is requested; refuses early (rate, connection count, unknown cluster). */
    default void admit(StartupRequest request) {
    }

    /** Verifies the password and opens the session. Called only after {@link #admit} succeeded. */
    Session open(StartupRequest request, String password);

    /**
     * Called exactly once for every request that {@link #admit} accepted, when its connection ends,
     * whether or not {@link #open} succeeded.
     */
    default void closed(StartupRequest request) {
    }
}
