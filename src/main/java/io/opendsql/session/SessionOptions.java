package io.opendsql.session;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * What a session is opened with.
 *
 * @param user the authenticated role name
 * @param database the database name ({@code postgres})
 * @param backendPid the process id reported in BackendKeyData and by pg_backend_pid()
 * @param startupParameters parameters from the StartupMessage (application_name, options…)
 */
public record SessionOptions(String user, String database, int backendPid, Map<String, String> startupParameters) {
    public SessionOptions {
        requireNonNull(user, "user");
        requireNonNull(database, "database");
        startupParameters = Map.copyOf(startupParameters);
    }
}
