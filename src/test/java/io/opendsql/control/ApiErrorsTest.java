package io.opendsql.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opendsql.auth.AccessKey;
import io.opendsql.auth.IamStore;
import io.opendsql.auth.Principal;
import io.opendsql.auth.SigningCredential;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dsql.DsqlClient;
import software.amazon.awssdk.services.dsql.model.AccessDeniedException;
import software.amazon.awssdk.services.dsql.model.DsqlException;

/**
 * Refusals over real HTTPS: unsigned, badly signed, unknown-key and unauthorized calls, malformed bodies
 * and bad parameters, checked both as raw restJson1 responses and as the exceptions the SDK maps them to.
 */
class ApiErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Headers the JDK's HTTP client will not let a caller set. */
    private static final Set<String> RESTRICTED = Set.of("host");

    private static ApiServer server;
    private static HttpClient http;
    private static SigningCredential admin;

    @BeforeAll
    static void start() {
        server = ApiServer.start();
        http = HttpClient.newBuilder().sslContext(server.sslContext()).build();
        admin = SigningCredential.longTerm(server.server.adminAccessKeyId(), server.server.adminSecretAccessKey());
    }

    @AfterAll
    static void stop() {
        http.close();
        server.close();
    }

    private record Reply(int status, String errorType, JsonNode body) {
    }

    private static Reply send(String method, String pathAndQuery, String body, SigningCredential credential,
                              Instant signedAt) throws IOException, InterruptedException {
        URI uri = URI.create(server.endpoint() + pathAndQuery);
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (credential != null) {
            Map<String, String> headers = RequestSigner.sign(method, uri.getHost() + ":" + uri.getPort(),
                    uri.getRawPath(), uri.getRawQuery(), bytes, credential, "us-east-1", signedAt);
            headers.forEach((name, value) -> {
                if (!RESTRICTED.contains(name)) {
                    request.header(name, value);
                }
            });
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("x-amzn-ErrorType").orElse(null),
                JSON.readTree(response.body()));
    }

    private static Reply signed(String method, String pathAndQuery, String body) throws Exception {
        return send(method, pathAndQuery, body, admin, Instant.now());
    }

    @Test
    void unsignedRequestIsRefused() throws Exception {
        Reply reply = send("GET", "/cluster", null, null, Instant.now());
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.errorType()).isEqualTo("MissingAuthenticationTokenException");
        assertThat(reply.body().get("message").asText()).isEqualTo("Missing Authentication Token");
    }

    @Test
    void signedRequestSucceedsWithRawHttp() throws Exception {
        Reply reply = signed("GET", "/cluster?max-results=5", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("clusters").isArray()).isTrue();
        Reply tags = signed("GET", "/tags/" + java.net.URLEncoder.encode(
                server.server.clusters().defaultCluster().arn(), StandardCharsets.UTF_8), null);
        assertThat(tags.status()).isEqualTo(200);
    }

    @Test
    void wrongSecretGivesInvalidSignature() throws Exception {
        Reply reply = send("GET", "/cluster", null,
                SigningCredential.longTerm(admin.accessKeyId(), "not-the-secret"), Instant.now());
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.errorType()).isEqualTo("InvalidSignatureException");
        assertThat(reply.body().get("message").asText()).startsWith("The request signature we calculated");

        try (DsqlClient client = server.client(admin.accessKeyId(), "not-the-secret")) {
            assertThatThrownBy(() -> client.listClusters(r -> { }))
                    .isInstanceOfSatisfying(DsqlException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                    });
        }
    }

    @Test
    void unknownAccessKeyIsUnrecognized() throws Exception {
        Reply reply = send("GET", "/cluster", null,
                SigningCredential.longTerm("AKIAUNKNOWNUNKNOWN00", "secret"), Instant.now());
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.errorType()).isEqualTo("UnrecognizedClientException");
        try (DsqlClient client = server.client("AKIAUNKNOWNUNKNOWN00", "secret")) {
            assertThatThrownBy(() -> client.getCluster(r -> r.identifier(server.server.defaultCluster().id())))
                    .isInstanceOfSatisfying(DsqlException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
                        assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("The security token included in the request is invalid.");
                    });
        }
    }

    @Test
    void requestsSignedOutsideTheClockSkewAreRefused() throws Exception {
        Reply old = send("GET", "/cluster", null, admin, Instant.now().minusSeconds(20 * 60));
        assertThat(old.status()).isEqualTo(403);
        assertThat(old.errorType()).isEqualTo("InvalidSignatureException");
        assertThat(old.body().get("message").asText()).startsWith("Signature expired: ");
        Reply future = send("GET", "/cluster", null, admin, Instant.now().plusSeconds(20 * 60));
        assertThat(future.errorType()).isEqualTo("InvalidSignatureException");
        assertThat(future.body().get("message").asText()).startsWith("Signature not yet current: ");
        Reply skewed = send("GET", "/cluster", null, admin, Instant.now().minusSeconds(10 * 60));
        assertThat(skewed.status()).isEqualTo(200);
    }

    @Test
    void garbledAuthorizationIsIncomplete() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.endpoint() + "/cluster"))
                .header("Authorization", "Bearer abc").header("X-Amz-Date", "20260101T000000Z").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("IncompleteSignatureException");
    }

    @Test
    void unauthorizedPrincipalGetsAccessDenied() {
        IamStore iam = server.server.iam();
        Principal reader = iam.createUser("reader" + System.nanoTime());
        AccessKey key = iam.createAccessKey(reader.arn());
        iam.putPolicy(reader.arn(), "read", """
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Action":["dsql:GetCluster","dsql:ListClusters"],"Resource":"*"},
                  {"Effect":"Allow","Action":"dsql:TagResource","Resource":"*",
                   "Condition":{"StringEquals":{"aws:ResourceTag/team":"blue"}}},
                  {"Effect":"Allow","Action":"dsql:CreateCluster","Resource":"*",
                   "Condition":{"StringEquals":{"aws:RequestTag/team":"blue"}}}]}""");
        String defaultId = server.server.defaultCluster().id();
        try (DsqlClient client = server.client(key.accessKeyId(), key.secretAccessKey())) {
            assertThat(client.getCluster(r -> r.identifier(defaultId)).identifier()).isEqualTo(defaultId);
            assertThatThrownBy(() -> client.updateCluster(r -> r.identifier(defaultId).deletionProtectionEnabled(true)))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.getMessage()).contains("is not authorized to perform: dsql:UpdateCluster");
                    });
            // aws:ResourceTag: the default cluster has no team tag
            assertThatThrownBy(() -> client.tagResource(r -> r.resourceArn(
                    server.server.clusters().defaultCluster().arn()).tags(Map.of("x", "y"))))
                    .isInstanceOf(AccessDeniedException.class);
            // aws:RequestTag: creating needs team=blue (and dsql:TagResource for the tags, which needs the
            // resource tag, absent before creation)
            assertThatThrownBy(() -> client.createCluster(r -> r.tags(Map.of("team", "red"))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> client.createCluster(r -> { }))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void malformedJsonIsCannotParse() throws Exception {
        Reply reply = signed("POST", "/cluster", "{\"deletionProtectionEnabled\": tru");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorType()).isEqualTo("ValidationException");
        assertThat(reply.body().get("reason").asText()).isEqualTo("cannotParse");
        assertThat(signed("POST", "/cluster", "[1, 2]").body().get("reason").asText()).isEqualTo("cannotParse");
    }

    @Test
    void wrongMemberTypesAreCannotParse() throws Exception {
        Reply reply = signed("POST", "/cluster", "{\"deletionProtectionEnabled\": \"yes\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("reason").asText()).isEqualTo("cannotParse");
        assertThat(reply.body().get("fieldList").get(0).get("name").asText()).isEqualTo("deletionProtectionEnabled");
        Reply tags = signed("POST", "/cluster", "{\"tags\": {\"a\": 1}}");
        assertThat(tags.status()).isEqualTo(400);
    }

    @Test
    void badParametersListEveryField() throws Exception {
        Reply reply = signed("POST", "/cluster", "{\"clientToken\": \"\", \"kmsEncryptionKey\": \"bad key!\","
                + " \"multiRegionProperties\": {\"clusters\": [\"arn:nope\"]}}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorType()).isEqualTo("ValidationException");
        assertThat(reply.body().get("reason").asText()).isEqualTo("fieldValidationFailed");
        assertThat(reply.body().get("message").asText()).startsWith("4 validation errors detected: ");
        assertThat(reply.body().get("fieldList").findValuesAsText("name")).containsExactlyInAnyOrder(
                "kmsEncryptionKey", "clientToken", "clientToken", "multiRegionProperties.clusters");
    }

    @Test
    void oversizedBodyAndOddPathsAreValidationErrors() throws Exception {
        Reply large = signed("POST", "/cluster", "{\"policy\": \"" + "x".repeat(ControlPlaneServer.MAX_BODY_BYTES) + "\"}");
        assertThat(large.status()).isEqualTo(400);
        assertThat(large.body().get("reason").asText()).isEqualTo("cannotParse");
        Reply badEscape = signed("GET", "/cluster/%41%42%43", null);
        assertThat(badEscape.status()).isEqualTo(400);
        assertThat(badEscape.body().get("fieldList").get(0).get("name").asText()).isEqualTo("identifier");
        Reply longPolicy = signed("POST", "/cluster/" + server.server.defaultCluster().id() + "/policy",
                "{\"policy\": \"" + "y".repeat(20481) + "\"}");
        assertThat(longPolicy.status()).isEqualTo(400);
        assertThat(longPolicy.body().get("reason").asText()).isEqualTo("fieldValidationFailed");
    }

    @Test
    void unknownOperation() throws Exception {
        Reply reply = signed("PUT", "/cluster", "{}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("reason").asText()).isEqualTo("unknownOperation");
        assertThat(signed("GET", "/nothing/here", null).body().get("reason").asText()).isEqualTo("unknownOperation");
    }

    @Test
    void untagWithoutKeysIsInvalid() throws Exception {
        String arn = java.net.URLEncoder.encode(server.server.clusters().defaultCluster().arn(), StandardCharsets.UTF_8);
        Reply reply = signed("DELETE", "/tags/" + arn, null);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("fieldList").get(0).get("name").asText()).isEqualTo("tagKeys");
        assertThat(signed("DELETE", "/tags/not-an-arn?tagKeys=a", null).status()).isEqualTo(400);
    }
}
