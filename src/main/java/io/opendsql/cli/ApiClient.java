package io.opendsql.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opendsql.auth.SigningCredential;
import io.opendsql.control.RequestSigner;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A minimal DSQL API client for the CLI: JSON over HTTPS, signed with SigV4 like the AWS SDKs, trusting
 * the installation's CA (or the system's trust store when no CA file is given).
 */
final class ApiClient implements AutoCloseable {
    /** A refusal from the API: its error code and message. */
    static final class ApiError extends Exception {
        final int status;
        final String code;

        ApiError(int status, String code, String message) {
            super(code + ": " + message);
            this.status = status;
            this.code = code;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Headers the JDK's HTTP client sets itself. */
    private static final Set<String> RESTRICTED = Set.of("host");

    private final URI endpoint;
    private final String region;
    private final SigningCredential credential;
    private final Clock clock;
    private final HttpClient http;

    ApiClient(URI endpoint, String region, SigningCredential credential, Path caCertificate, Clock clock)
            throws IOException {
        this.endpoint = endpoint;
        this.region = region;
        this.credential = credential;
        this.clock = clock;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (caCertificate != null) {
            builder.sslContext(trusting(caCertificate));
        }
        this.http = builder.build();
    }

    private static SSLContext trusting(Path caCertificate) throws IOException {
        try (InputStream in = Files.newInputStream(caCertificate)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int index = 0;
            for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + index++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use " + caCertificate + " as a CA certificate: " + e.getMessage(), e);
        }
    }

    /** Sends one request; {@code rawPathAndQuery} is already percent-encoded. */
    JsonNode call(String method, String rawPathAndQuery, JsonNode body) throws IOException, ApiError {
        URI uri = URI.create(endpoint.toString().replaceAll("/+$", "") + rawPathAndQuery);
        byte[] bytes = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
        String host = uri.getPort() < 0 || uri.getPort() == 443 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, bytes.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (bytes.length > 0) {
            request.header("content-type", "application/json");
        }
        Map<String, String> headers = RequestSigner.sign(method, host, uri.getRawPath(), uri.getRawQuery(), bytes,
                credential, region, clock.instant());
        headers.forEach((name, value) -> {
            if (!RESTRICTED.contains(name)) {
                request.header(name, value);
            }
        });
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        JsonNode json = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        if (response.statusCode() / 100 != 2) {
            String code = response.headers().firstValue("x-amzn-ErrorType").map(t -> t.split(":")[0])
                    .orElse("HTTP " + response.statusCode());
            throw new ApiError(response.statusCode(), code, json.path("message").asText(response.body()));
        }
        return json;
    }

    @Override
    public void close() {
        http.close();
    }
}
