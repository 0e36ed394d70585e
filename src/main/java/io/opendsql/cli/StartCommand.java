package io.opendsql.cli;

import io.opendsql.server.Limits;
import io.opendsql.server.OpenDsqlServer;
import io.opendsql.server.ServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code opendsql start}: runs a server until interrupted. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Start OpenDSQL with durable data under the data directory.")
public final class StartCommand implements Callable<Integer> {
    @Option(names = "--data-dir", defaultValue = "./data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--port", defaultValue = "5432", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--api-port", defaultValue = "8443",
            description = "HTTPS port of the DSQL API (clusters: create, list, delete...); 0 for any free one, "
                    + "-1 to turn it off (default: ${DEFAULT-VALUE}).")
    int apiPort;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bindAddress;

    @Option(names = "--region", defaultValue = ServerConfig.DEFAULT_REGION,
            description = "AWS region of the default cluster (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--tls-cert", description = "PEM certificate chain to serve instead of the generated one.")
    Path tlsCertificate;

    @Option(names = "--tls-key", description = "PEM private key for --tls-cert.")
    Path tlsKey;

    @Option(names = "--max-connections", defaultValue = "10000",
            description = "Open connections per cluster (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--connection-rate", defaultValue = "100",
            description = "New connections per second per cluster (default: ${DEFAULT-VALUE}).")
    double connectionRate;

    @Option(names = "--connection-burst", defaultValue = "1000",
            description = "Burst of new connections above the rate (default: ${DEFAULT-VALUE}).")
    int connectionBurst;

    @Option(names = "--connection-lifetime", defaultValue = "PT60M",
            description = "Maximum connection duration, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration connectionLifetime;

    @Override
    public Integer call() throws InterruptedException {
        Limits limits = new Limits(maxConnections, connectionRate, connectionBurst, connectionLifetime);
        ServerConfig config = ServerConfig.defaults(dataDir.toAbsolutePath().normalize())
                .withBindAddress(bindAddress).withPort(port).withRegion(region).withLimits(limits)
                .withApiPort(apiPort);
        if (tlsCertificate != null || tlsKey != null) {
            config = config.withTls(tlsCertificate, tlsKey);
        }
        OpenDsqlServer server = OpenDsqlServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "opendsql-shutdown"));
        printBanner(server, config);
        stopped.await();
        return 0;
    }

    private void printBanner(OpenDsqlServer server, ServerConfig config) {
        String ca = server.caCertificateFile() == null ? "(your --tls-cert's issuer)" : server.caCertificateFile().toString();
        String dataArg = dataDir.equals(Path.of("./data")) ? "" : " --data-dir " + dataDir;
        String host = "localhost";
        System.out.printf("""
                OpenDSQL %s is running.
                  endpoint     %s:%d  (cluster endpoint %s)
                  cluster      %s
                  DSQL API     %s
                  CA           %s
                  credentials  %s  (AWS shared-credentials file of the admin principal)
                  data         %s

                Connect with psql (the token is the password):
                  PGPASSWORD="$(%s token --admin%s)" psql "host=%s port=%d user=admin dbname=postgres sslmode=verify-full sslrootcert=%s"

                Stop with Ctrl-C.
                """, Main.version(), config.bindAddress(), server.port(), server.defaultCluster().endpoint(),
                server.defaultCluster().arn(), apiLine(server, config), ca, server.awsCredentialsFile(),
                config.dataDir(), Main.launcher(), dataArg, host, server.port(), ca);
        System.out.flush();
    }

    private static String apiLine(OpenDsqlServer server, ServerConfig config) {
        if (server.apiPort() < 0) {
            return "off";
        }
        boolean local = config.bindAddress().equals("0.0.0.0") || config.bindAddress().equals("127.0.0.1");
        String url = "https://" + (local ? "localhost" : config.bindAddress()) + ":" + server.apiPort();
        return url + "  (AWS SDKs: endpoint override " + url + "; " + Main.launcher() + " cluster --help)";
    }
}
