package io.opendsql.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.opendsql.auth.AssumeRoleRequest;
import io.opendsql.auth.AssumedRole;
import io.opendsql.auth.IamIdentity;
import io.opendsql.auth.IamStore;
import io.opendsql.auth.Principal;
import io.opendsql.auth.RoleSessions;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dsql.DefaultDsqlUtilities;
import software.amazon.awssdk.services.dsql.DsqlClient;
import software.amazon.awssdk.services.dsql.DsqlUtilities;
import software.amazon.awssdk.services.dsql.model.GenerateAuthTokenRequest;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * STS {@code AssumeRole} and {@code GetCallerIdentity} on the control plane, driven by the AWS SDK for
 * Java v2's own {@code StsClient} and by a hand-built SigV4-signed form POST; the temporary credentials
 * then sign DSQL API calls and DSQL auth tokens for pgJDBC connections over TLS.
 */
class StsApiTest {
    private static ApiServer server;
    private static IamStore iam;
    private static StsClient adminSts;

    @BeforeAll
    static void start() {
        server = ApiServer.start();
        iam = server.server.iam();
        adminSts = server.adminSts();
    }

    @AfterAll
    static void stop() {
        adminSts.close();
        server.close();
    }

    private static Principal role(String name, String actions) {
        Principal role = iam.createRole(name);
        if (actions != null) {
            iam.putPolicy(role.arn(), "allow", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                    + "\"Action\":" + actions + ",\"Resource\":\"*\"}}");
        }
        return role;
    }

    private static StaticCredentialsProvider sessionCredentials(AssumeRoleResponse response) {
        return StaticCredentialsProvider.create(AwsSessionCredentials.create(response.credentials().accessKeyId(),
                response.credentials().secretAccessKey(), response.credentials().sessionToken()));
    }

    private static AwsServiceException stsRefusal(Runnable call) {
        AwsServiceException refused = catchThrowableOfType(AwsServiceException.class, call::run);
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    private static Connection connect(String user, String token) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", token);
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + server.server.port()
                + "/postgres?sslmode=verify-full&sslrootcert=" + server.server.caCertificateFile(), properties);
    }

    @Test
    void sdkAssumesARoleAndTheSessionActsAsTheRole() {
        Principal role = role("lister", "\"dsql:ListClusters\"");
        Instant before = Instant.now();
        AssumeRoleResponse response = adminSts.assumeRole(r -> r.roleArn(role.arn()).roleSessionName("sdk-session")
                .durationSeconds(900));

        assertThat(response.credentials().accessKeyId()).matches("ASIA[A-Z2-7]{16}");
        assertThat(response.credentials().secretAccessKey()).hasSize(40);
        assertThat(response.credentials().sessionToken()).isNotBlank();
        assertThat(response.credentials().expiration())
                .isBetween(before.plusSeconds(899), Instant.now().plusSeconds(901));
        String assumedArn = "arn:aws:sts::" + iam.accountId() + ":assumed-role/lister/sdk-session";
        assertThat(response.assumedRoleUser().arn()).isEqualTo(assumedArn);
        assertThat(response.assumedRoleUser().assumedRoleId()).isEqualTo(role.uniqueId() + ":sdk-session");

        try (StsClient sessionSts = server.sts(sessionCredentials(response));
             DsqlClient dsql = server.client(sessionCredentials(response))) {
            GetCallerIdentityResponse identity = sessionSts.getCallerIdentity();
            assertThat(identity.arn()).isEqualTo(assumedArn);
            assertThat(identity.account()).isEqualTo(iam.accountId());
            assertThat(identity.userId()).isEqualTo(role.uniqueId() + ":sdk-session");

            assertThat(dsql.listClusters(r -> { }).clusters()).isNotEmpty();
            String defaultId = server.server.defaultCluster().id();
            AwsServiceException denied = stsRefusal(() -> dsql.getCluster(r -> r.identifier(defaultId)));
            assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
            assertThat(denied.awsErrorDetails().errorMessage()).startsWith("User: " + assumedArn
                    + " is not authorized to perform: dsql:GetCluster");
        }
        GetCallerIdentityResponse admin = adminSts.getCallerIdentity();
        assertThat(admin.arn()).isEqualTo("arn:aws:iam::" + iam.accountId() + ":user/opendsql-admin");
        assertThat(admin.userId()).startsWith("AIDA");
    }

    @Test
    void sdkRoleCredentialsSignTokensThatConnectUntilThePolicyIsRemoved() throws SQLException {
        Principal role = role("connector", "[\"dsql:DbConnectAdmin\"]");
        try (StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder().stsClient(adminSts)
                .refreshRequest(r -> r.roleArn(role.arn()).roleSessionName("pg")).build()) {
            DsqlUtilities utilities = new DefaultDsqlUtilities.DefaultBuilder()
                    .region(Region.US_EAST_1).credentialsProvider(provider).build();
            GenerateAuthTokenRequest tokenRequest = GenerateAuthTokenRequest.builder().hostname("localhost")
                    .region(Region.US_EAST_1).expiresIn(Duration.ofMinutes(5)).build();
            String token = utilities.generateDbConnectAdminAuthToken(tokenRequest);
            assertThat(token).contains("X-Amz-Security-Token=");

            try (Connection connection = connect("admin", token);
                 ResultSet result = connection.createStatement().executeQuery("SELECT 1")) {
                assertThat(result.next()).isTrue();

                iam.deletePolicy(role.arn(), "allow");
                PSQLException refused = catchThrowableOfType(PSQLException.class,
                        () -> connect("admin", utilities.generateDbConnectAdminAuthToken(tokenRequest)).close());
                assertThat(refused.getServerErrorMessage().getSQLState()).isEqualTo("28000");
                assertThat(refused.getServerErrorMessage().getMessage())
                        .isEqualTo("unable to accept connection, access denied");
                assertThat(refused.getServerErrorMessage().getHint()).isNull();

                // revoking refuses new connections; the open one continues (spec §2.3)
                try (ResultSet again = connection.createStatement().executeQuery("SELECT 2")) {
                    assertThat(again.next()).isTrue();
                }
            }
        }
    }

    @Test
    void refusalsAreStsErrors() {
        Principal role = role("guarded", null);
        Principal user = iam.createUser("no-sts");
        var key = iam.createAccessKey(user.arn());
        try (StsClient userSts = server.sts(StaticCredentialsProvider.create(
                AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey())))) {
            AwsServiceException denied = stsRefusal(() -> userSts.assumeRole(r -> r.roleArn(role.arn())
                    .roleSessionName("s1")));
            assertThat(denied.statusCode()).isEqualTo(403);
            assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(denied.awsErrorDetails().errorMessage()).isEqualTo("User: " + user.arn()
                    + " is not authorized to perform: sts:AssumeRole on resource: " + role.arn());
        }

        AwsServiceException badName = stsRefusal(() -> adminSts.assumeRole(r -> r.roleArn(role.arn())
                .roleSessionName("has space")));
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(badName.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
        assertThat(badName.awsErrorDetails().errorMessage()).contains("at 'roleSessionName'");

        AwsServiceException sessionPolicy = stsRefusal(() -> adminSts.assumeRole(r -> r.roleArn(role.arn())
                .roleSessionName("s1").policy("{\"Version\":\"2012-10-17\",\"Statement\":[]}")));
        assertThat(sessionPolicy.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
        assertThat(sessionPolicy.awsErrorDetails().errorMessage()).contains("session policies");

        try (StsClient unknown = server.sts(StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIAUNKNOWNUNKNOWN23", "x".repeat(40))))) {
            AwsServiceException refused = stsRefusal(unknown::getCallerIdentity);
            assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
            assertThat(refused.statusCode()).isEqualTo(403);
        }
        try (StsClient wrongSecret = server.sts(StaticCredentialsProvider.create(
                AwsBasicCredentials.create(server.server.adminAccessKeyId(), "y".repeat(40))))) {
            assertThat(stsRefusal(wrongSecret::getCallerIdentity).awsErrorDetails().errorCode())
                    .isEqualTo("SignatureDoesNotMatch");
        }
    }

    @Test
    void expiredSessionsAndStolenSessionTokensAreRefused() {
        Principal role = role("short", "\"dsql:*\"");
        IamIdentity admin = iam.identity(server.server.adminAccessKeyId()).orElseThrow();
        AssumedRole expired = new RoleSessions(iam).assumeRole(admin,
                new AssumeRoleRequest(role.arn(), "old", 900), Instant.now().minus(Duration.ofHours(2)));
        var credentials = StaticCredentialsProvider.create(AwsSessionCredentials.create(
                expired.credentials().accessKeyId(), expired.credentials().secretAccessKey(),
                expired.credentials().sessionToken()));
        try (StsClient sts = server.sts(credentials); DsqlClient dsql = server.client(credentials)) {
            assertThat(stsRefusal(sts::getCallerIdentity).awsErrorDetails().errorCode()).isEqualTo("ExpiredToken");
            assertThat(stsRefusal(() -> dsql.listClusters(r -> { })).awsErrorDetails().errorCode()).isEqualTo("ExpiredTokenException");
        }

        AssumeRoleResponse live = adminSts.assumeRole(r -> r.roleArn(role.arn()).roleSessionName("live"));
        var withoutToken = StaticCredentialsProvider.create(AwsBasicCredentials.create(
                live.credentials().accessKeyId(), live.credentials().secretAccessKey()));
        var foreignToken = StaticCredentialsProvider.create(AwsSessionCredentials.create(
                live.credentials().accessKeyId(), live.credentials().secretAccessKey(),
                expired.credentials().sessionToken()));
        for (var provider : java.util.List.of(withoutToken, foreignToken)) {
            try (StsClient sts = server.sts(provider)) {
                assertThat(stsRefusal(sts::getCallerIdentity).awsErrorDetails().errorCode())
                        .isEqualTo("InvalidClientTokenId");
            }
        }
    }

    @Test
    void aSignedFormPostWithoutTheStsClientWorks() throws Exception {
        Principal role = role("formed", null);
        String body = "Action=AssumeRole&Version=2011-06-15&RoleArn=" + role.arn().replace(":", "%3A").replace("/", "%2F")
                + "&RoleSessionName=form-post&DurationSeconds=1200";
        HttpResponse<String> response = post(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/xml");
        assertThat(response.body()).startsWith("<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">")
                .contains("<Arn>arn:aws:sts::" + iam.accountId() + ":assumed-role/formed/form-post</Arn>");
        Matcher keyId = Pattern.compile("<AccessKeyId>(ASIA[A-Z2-7]{16})</AccessKeyId>").matcher(response.body());
        assertThat(keyId.find()).isTrue();
        assertThat(iam.accessKey(keyId.group(1)).orElseThrow().expiration())
                .isAfter(Instant.now().plusSeconds(1100)).isBefore(Instant.now().plusSeconds(1201));

        HttpResponse<String> unknownAction = post("Action=AssumeRoot&Version=2011-06-15");
        assertThat(unknownAction.statusCode()).isEqualTo(400);
        assertThat(unknownAction.body()).contains("<Code>InvalidAction</Code>",
                "<Message>Could not find operation AssumeRoot for version 2011-06-15</Message>", "<Type>Sender</Type>");
        HttpResponse<String> noVersion = post("Action=GetCallerIdentity");
        assertThat(noVersion.body()).contains("<Code>InvalidAction</Code>", "version NO_VERSION_SPECIFIED");
    }

    private static HttpResponse<String> post(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(server.endpoint())
                .encodedPath("/").putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsBasicCredentials.create(server.server.adminAccessKeyId(),
                        server.server.adminSecretAccessKey()))
                .request(request)
                .payload(() -> new ByteArrayInputStream(bytes))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        signed.request().headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                values.forEach(value -> http.header(name, value));
            }
        });
        try (HttpClient client = HttpClient.newBuilder().sslContext(server.sslContext()).build()) {
            return client.send(http.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
