package io.opendsql.control;

import io.opendsql.server.OpenDsqlServer;
import io.opendsql.server.ServerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dsql.DsqlClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * A real OpenDSQL server with the DSQL API on a free port, quick status changes, and AWS SDK clients
 * that trust its generated CA and reach it through {@code endpointOverride}.
 */
final class ApiServer implements AutoCloseable {
    static final Duration TRANSITION = Duration.ofMillis(300);

    final Path dataDir;
    final OpenDsqlServer server;

    private ApiServer(Path dataDir, OpenDsqlServer server) {
        this.dataDir = dataDir;
        this.server = server;
    }

    static ApiServer start() {
        return start(settings -> settings);
    }

    static ApiServer start(UnaryOperator<RegistrySettings> settings) {
        try {
            return start(Files.createTempDirectory("opendsql-api"), settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApiServer start(Path dataDir, UnaryOperator<RegistrySettings> settings) {
        return start(dataDir, settings, config -> config);
    }

    static ApiServer start(Path dataDir, UnaryOperator<RegistrySettings> settings,
                           UnaryOperator<ServerConfig> customize) {
        RegistrySettings quick = settings.apply(RegistrySettings.DEFAULTS.withTransitionDelay(TRANSITION)
                .withDeletedRetention(TRANSITION));
        ServerConfig config = ServerConfig.defaults(dataDir).withPort(0).withApiPort(0).withClusterSettings(quick);
        return new ApiServer(dataDir, OpenDsqlServer.start(customize.apply(config)));
    }

    URI endpoint() {
        return URI.create("https://localhost:" + server.apiPort());
    }

    DsqlClient client() {
        return client(server.adminAccessKeyId(), server.adminSecretAccessKey());
    }

    DsqlClient client(String accessKeyId, String secretAccessKey) {
        return client(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)));
    }

    DsqlClient client(AwsCredentialsProvider credentials) {
        return DsqlClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(endpoint())
                .credentialsProvider(credentials)
                .httpClient(ApacheHttpClient.builder().tlsTrustManagersProvider(this::trustManagers).build())
                .build();
    }

    /** An STS client for the control plane's STS API (same endpoint), signing with {@code credentials}. */
    StsClient sts(AwsCredentialsProvider credentials) {
        return StsClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(endpoint())
                .credentialsProvider(credentials)
                .httpClient(ApacheHttpClient.builder().tlsTrustManagersProvider(this::trustManagers).build())
                .build();
    }

    StsClient adminSts() {
        return sts(StaticCredentialsProvider.create(AwsBasicCredentials.create(server.adminAccessKeyId(),
                server.adminSecretAccessKey())));
    }

    /** Trust managers accepting exactly the server's generated CA. */
    TrustManager[] trustManagers() {
        try (InputStream in = Files.newInputStream(server.caCertificateFile())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("opendsql-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server and keeps the data directory (for restart tests). */
    void stop() {
        server.close();
    }

    @Override
    public void close() {
        server.close();
        deleteTree(dataDir);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
