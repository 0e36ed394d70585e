package io.opendsql.wire;

import static java.util.Objects.requireNonNull;

import java.net.InetSocketAddress;
import java.util.Map;

/**
 * A connection that finished TLS and sent its StartupMessage, waiting to be authenticated.
 *
 * @param serverName TLS SNI host name the client asked for, or null when it sent none
 * @param remoteAddress the client's address
 * @param user the {@code user} startup parameter
 * @param database the {@code database} startup parameter (defaults to the user, as in PostgreSQL)
 * @param parameters every startup parameter as sent (application_name, options, client_encoding…)
 * @param directTls true when the client opened with a TLS ClientHello (sslnegotiation=direct)
 * @param backendPid process id reported in BackendKeyData
 */
public record StartupRequest(String serverName, InetSocketAddress remoteAddress, String user, String database,
                             Map<String, String> parameters, boolean directTls, int backendPid) {
    public StartupRequest {
        requireNonNull(user, "user");
        requireNonNull(database, "database");
        parameters = Map.copyOf(parameters);
    }
}
