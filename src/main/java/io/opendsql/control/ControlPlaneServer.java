package io.opendsql.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.opendsql.auth.IamIdentity;
import io.opendsql.auth.IamStore;
import io.opendsql.auth.RoleSessions;
import io.opendsql.tls.TlsMaterial;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DSQL API over HTTPS (the JDK's {@link HttpsServer}, TLS from the installation's certificate):
 * authenticates each request ({@link RequestAuthenticator}), throttles it, hands it to
 * {@link ControlPlaneApi} and writes the result. Errors follow the AWS restJson1 protocol: the status code
 * of the error shape, header {@code x-amzn-ErrorType: <code>} and a JSON body with {@code message} and the
 * shape's other members; every response carries {@code x-amzn-RequestId}. No request can produce an
 * unhandled failure: anything unexpected is logged and answered with InternalServerException.
 *
 * <p>Requests to the root path {@code /} (which the DSQL API does not use) are STS query-protocol
 * requests, signed for service {@code sts}: {@link StsApi} answers them in XML, errors as STS's
 * {@code ErrorResponse}. Point an STS client's endpoint override at the same URL.
 */
public final class ControlPlaneServer implements AutoCloseable {
    /** Largest request body accepted; the largest valid DSQL input (a 20 KiB policy) is far smaller. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private static final Logger log = LoggerFactory.getLogger(ControlPlaneServer.class);

    private final HttpsServer server;
    private final ExecutorService executor;
    private final RequestAuthenticator authenticator;
    private final ControlPlaneApi api;
    private final StsApi sts;
    private final RequestThrottle throttle;

    private ControlPlaneServer(HttpsServer server, ExecutorService executor, RequestAuthenticator authenticator,
                               ControlPlaneApi api, StsApi sts, RequestThrottle throttle) {
        this.server = server;
        this.executor = executor;
        this.authenticator = authenticator;
        this.api = api;
        this.sts = sts;
        this.throttle = throttle;
    }

    /**
     * Starts listening.
     *
     * @param address where to listen; port 0 picks a free one
     * @param requestsPerSecond sustained API request rate per access key before ThrottlingException
     */
    public static ControlPlaneServer start(InetSocketAddress address, TlsMaterial tls, IamStore iam,
                                           ClusterRegistry registry, double requestsPerSecond, Clock clock)
            throws IOException {
        HttpsServer server = HttpsServer.create(address, 0);
        SSLContext context = tls.sslContext();
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = context.getDefaultSSLParameters();
                ssl.setProtocols(TlsMaterial.PROTOCOLS.toArray(String[]::new));
                parameters.setSSLParameters(ssl);
            }
        });
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        ControlPlaneServer control = new ControlPlaneServer(server, executor,
                new RequestAuthenticator(iam, registry.region(), clock), new ControlPlaneApi(registry, clock),
                new StsApi(new RoleSessions(iam), clock), new RequestThrottle(requestsPerSecond, (int) Math.max(1, requestsPerSecond * 2), System::nanoTime));
        server.createContext("/", control::exchange);
        server.start();
        log.info("DSQL API listening on https://{}:{}", address.getHostString(), server.getAddress().getPort());
        return control;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void exchange(HttpExchange exchange) {
        String requestId = UUID.randomUUID().toString();
        String rawPath = exchange.getRequestURI().getRawPath();
        if (rawPath == null || rawPath.isEmpty() || rawPath.equals("/")) {
            stsExchange(exchange, requestId);
            return;
        }
        try (exchange) {
            ObjectNode body;
            int status;
            ApiException error = null;
            try {
                body = handle(exchange);
                status = 200;
            } catch (ApiException e) {
                error = e;
                body = errorBody(e);
                status = e.type().httpStatus();
            } catch (RuntimeException e) {
                log.error("API request {} {} failed (request id {})", exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawPath(), requestId, e);
                error = ApiException.internal("An internal error occurred. Request id " + requestId + ".");
                body = errorBody(error);
                status = error.type().httpStatus();
            }
            respond(exchange, requestId, status, body, error);
        } catch (IOException e) {
            log.debug("API client went away: {}", e.getMessage());
        }
    }

    private ObjectNode handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        byte[] body = readBody(exchange.getRequestBody());
        IamIdentity caller = authenticator.authenticate(new RequestAuthenticator.SignedParts(method,
                rawPath, rawQuery, exchange.getRequestHeaders(), body));
        if (!throttle.tryAcquire(caller.accessKey().accessKeyId())) {
            throw ApiException.throttled("Rate exceeded", 1);
        }
        log.debug("API {} {} by {}", method, rawPath, caller.arn());
        return api.handle(new ControlPlaneApi.Request(method, rawPath, HttpSignature.parseQuery(rawQuery), body,
                caller));
    }

    private void stsExchange(HttpExchange exchange, String requestId) {
        try (exchange) {
            String xml;
            int status;
            String errorCode = null;
            try {
                xml = handleSts(exchange, requestId);
                status = 200;
            } catch (StsException e) {
                xml = StsXml.error(e, requestId);
                status = e.httpStatus();
                errorCode = e.code();
            } catch (RuntimeException e) {
                log.error("STS request failed (request id {})", requestId, e);
                StsException internal = new StsException("InternalFailure", 500,
                        "An internal error occurred. Request id " + requestId + ".");
                xml = StsXml.error(internal, requestId);
                status = internal.httpStatus();
                errorCode = internal.code();
            }
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            var headers = exchange.getResponseHeaders();
            headers.set("Content-Type", "text/xml");
            headers.set("x-amzn-RequestId", requestId);
            if (errorCode != null) {
                headers.set("x-amzn-ErrorType", errorCode);
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            log.debug("STS client went away: {}", e.getMessage());
        }
    }

    private String handleSts(HttpExchange exchange, String requestId) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        byte[] body;
        IamIdentity caller;
        try {
            body = readBody(exchange.getRequestBody());
            caller = authenticator.authenticate(new RequestAuthenticator.SignedParts(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), rawQuery, exchange.getRequestHeaders(), body),
                    RequestAuthenticator.STS_SERVICE);
            if (!throttle.tryAcquire(caller.accessKey().accessKeyId())) {
                throw ApiException.throttled("Rate exceeded", 1);
            }
        } catch (ApiException e) {
            throw StsException.of(e);
        }
        return sts.handle(caller, StsApi.parameters(rawQuery, exchange.getRequestHeaders().getFirst("Content-Type"),
                body), requestId);
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw ApiException.cannotParse("The request body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        return bytes;
    }

    static ObjectNode errorBody(ApiException e) {
        ObjectNode body = ClusterJson.JSON.createObjectNode();
        body.put("message", e.getMessage());
        for (Map.Entry<String, Object> member : e.members().entrySet()) {
            if (member.getValue() instanceof List<?> list) {
                ArrayNode fields = body.putArray(member.getKey());
                for (Object item : list) {
                    ApiException.FieldProblem problem = (ApiException.FieldProblem) item;
                    fields.addObject().put("name", problem.name()).put("message", problem.message());
                }
            } else {
                body.put(member.getKey(), String.valueOf(member.getValue()));
            }
        }
        return body;
    }

    private static void respond(HttpExchange exchange, String requestId, int status, ObjectNode body,
                                ApiException error) throws IOException {
        byte[] bytes = ClusterJson.JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("x-amzn-RequestId", requestId);
        if (error != null) {
            headers.set("x-amzn-ErrorType", error.type().code());
            if (error.retryAfterSeconds() != null) {
                headers.set("Retry-After", error.retryAfterSeconds().toString());
            }
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
