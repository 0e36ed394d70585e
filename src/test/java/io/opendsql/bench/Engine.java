package io.opendsql.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * A database to measure, reached with pgJDBC over TLS ({@code sslmode=verify-full}) with a password:
 * an IAM token for OpenDSQL, a SCRAM or cleartext password for PostgreSQL.
 *
 * @param name the column title in the results
 * @param host address to connect to
 * @param port its port
 * @param caFile PEM file of the CA the server certificate is checked against
 * @param user role
 * @param password IAM token or password
 */
record Engine(String name, String host, int port, String caFile, String user, String password) {
    String url() {
        return "jdbc:postgresql://" + host + ":" + port + "/postgres";
    }

    Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("sslmode", "verify-full");
        properties.setProperty("sslrootcert", caFile);
        properties.setProperty("connectTimeout", "30");
        return properties;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), properties());
    }

    /**
     * An engine from {@code --<prefix>-host=... --<prefix>-port=... --<prefix>-ca=... --<prefix>-user=...};
     * the password from {@code --<prefix>-password=...} or else the environment variable
     * {@code <PREFIX>_PASSWORD} (which keeps it out of the process list).
     */
    static Engine fromOptions(BenchOptions options, String prefix, String name, String defaultUser) {
        String password = options.get(prefix + "-password", System.getenv(prefix.toUpperCase(Locale.ROOT) + "_PASSWORD"));
        if (password == null) {
            throw new IllegalArgumentException("no password for " + name + ": pass --" + prefix
                    + "-password=... or set " + prefix.toUpperCase(Locale.ROOT) + "_PASSWORD");
        }
        return new Engine(name, options.get(prefix + "-host", "127.0.0.1"), Integer.parseInt(options.get(prefix + "-port")),
                options.get(prefix + "-ca"), options.get(prefix + "-user", defaultUser), password);
    }
}
