package io.opendsql.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.opendsql.common.DsqlException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectAuthenticatorTest {
    private static final String REGION = "us-east-1";
    private static final String DEV_HOST = "devdevdevdevdevdevdevdevde.dsql.us-east-1.on.aws";
    private static final String PROD_HOST = "prodprodprodprodprodprodpr.dsql.us-east-1.on.aws";
    private static final Instant NOW = Instant.parse("2026-05-05T10:00:00Z");

    @TempDir
    Path dataDir;
    private IamStore store;
    private ConnectAuthenticator authenticator;

    @BeforeEach
    void openStore() {
        store = IamStore.openOrCreate(dataDir);
        authenticator = new ConnectAuthenticator(store);
    }

    private String clusterArn(String host) {
        return "arn:aws:dsql:" + REGION + ":" + store.accountId() + ":cluster/" + host.substring(0, host.indexOf('.'));
    }

    private ConnectRequest request(String host, String user, AccessKey key, ConnectAction action, Map<String, String> tags) {
        String token = TokenSigner.sign(host, REGION, action, key.credential(), NOW, 900);
        return new ConnectRequest(token, user, Set.of(host), REGION, clusterArn(host), tags, NOW);
    }

    private AccessKey userWithPolicy(String name, String statements) {
        Principal user = store.createUser(name);
        if (statements != null) {
            store.putPolicy(user.arn(), "policy", "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}");
        }
        return store.createAccessKey(user.arn());
    }

    private AccessDeniedException refusal(ConnectRequest request) {
        AccessDeniedException denied = catchThrowableOfType(AccessDeniedException.class,
                () -> authenticator.authenticate(request));
        assertThat(denied).as("refused").isNotNull();
        return denied;
    }

    @Test
    void administratorConnectsAsAdmin() {
        AccessKey key = store.defaultAccessKey();
        AuthenticatedPrincipal principal = authenticator.authenticate(
                request(DEV_HOST, "admin", key, ConnectAction.DB_CONNECT_ADMIN, Map.of()));
        assertThat(principal).isEqualTo(new AuthenticatedPrincipal(
                "arn:aws:iam::" + store.accountId() + ":user/opendsql-admin", PrincipalType.USER, key.accessKeyId(),
                ConnectAction.DB_CONNECT_ADMIN));
    }

    @Test
    void userWithDbConnectConnectsAsCustomRoleButNotAsAdmin() {
        AccessKey key = userWithPolicy("app", "{\"Effect\":\"Allow\",\"Action\":\"dsql:DbConnect\",\"Resource\":\"*\"}");
        AuthenticatedPrincipal principal =
                authenticator.authenticate(request(DEV_HOST, "app_role", key, ConnectAction.DB_CONNECT, Map.of()));
        assertThat(principal.principalArn()).endsWith(":user/app");
        assertThat(principal.action()).isEqualTo(ConnectAction.DB_CONNECT);

        AccessDeniedException denied = refusal(request(DEV_HOST, "admin", key, ConnectAction.DB_CONNECT_ADMIN, Map.of()));
        assertThat(denied.hint()).isNull();
        assertThat(denied.reason()).contains("is not allowed dsql:DbConnectAdmin").contains("no statement allows it");
    }

    @Test
    void principalWithoutPermissionIsRefusedWithoutHint() {
        AccessKey key = userWithPolicy("nobody", null);
        AccessDeniedException denied = refusal(request(DEV_HOST, "app", key, ConnectAction.DB_CONNECT, Map.of()));
        assertThat(denied.hint()).isNull();
        DsqlException error = denied.toClientError();
        assertThat(error.getMessage()).isEqualTo("unable to accept connection, access denied");
        assertThat(error.hint()).isNull();
    }

    @Test
    void denyOverridesAllow() {
        AccessKey key = userWithPolicy("restricted", """
                {"Effect":"Allow","Action":"dsql:*","Resource":"*"},
                {"Effect":"Deny","Action":"dsql:DbConnect","Resource":"arn:aws:dsql:*:*:cluster/prod*"}""");
        authenticator.authenticate(request(DEV_HOST, "app", key, ConnectAction.DB_CONNECT, Map.of()));
        AccessDeniedException denied = refusal(request(PROD_HOST, "app", key, ConnectAction.DB_CONNECT, Map.of()));
        assertThat(denied.reason()).contains("explicit deny");
    }

    @Test
    void resourceTagConditionAllowsOneClusterAndRefusesAnother() {
        AccessKey key = userWithPolicy("tagged", """
                {"Effect":"Allow","Action":"dsql:DbConnect","Resource":"*",
                 "Condition":{"StringEquals":{"aws:ResourceTag/Environment":"dev"}}}""");
        authenticator.authenticate(request(DEV_HOST, "app", key, ConnectAction.DB_CONNECT, Map.of("Environment", "dev")));
        refusal(request(PROD_HOST, "app", key, ConnectAction.DB_CONNECT, Map.of("Environment", "prod")));
    }

    @Test
    void principalTagAndArnConditionsUseTheStore() {
        AccessKey key = userWithPolicy("teamed", """
                {"Effect":"Allow","Action":"dsql:DbConnect","Resource":"*",
                 "Condition":{"StringEquals":{"aws:PrincipalTag/team":"data","aws:username":"teamed"},
                              "StringLike":{"aws:PrincipalArn":"arn:aws:iam::*:user/team*"}}}""");
        refusal(request(DEV_HOST, "app", key, ConnectAction.DB_CONNECT, Map.of()));
        store.tagPrincipal(key.principalArn(), Map.of("team", "data"));
        authenticator.authenticate(request(DEV_HOST, "app", key, ConnectAction.DB_CONNECT, Map.of()));
    }

    @Test
    void tokenRefusalsPassThroughWithTheirHints() {
        AccessKey key = store.defaultAccessKey();
        AccessDeniedException wrongAction = refusal(request(DEV_HOST, "admin", key, ConnectAction.DB_CONNECT, Map.of()));
        assertThat(wrongAction.hint()).isEqualTo("Wrong user to action mapping. user: admin, action: DbConnect");

        String token = TokenSigner.sign(DEV_HOST, REGION, ConnectAction.DB_CONNECT_ADMIN, key.credential(), NOW, 900);
        AccessDeniedException expired = refusal(new ConnectRequest(token, "admin", Set.of(DEV_HOST), REGION,
                clusterArn(DEV_HOST), Map.of(), NOW.plusSeconds(3600)));
        assertThat(expired.hint()).startsWith("Signature expired: 20260505T101500Z is now earlier than");

        AccessDeniedException wrongHost = refusal(new ConnectRequest(token, "admin", Set.of(PROD_HOST), REGION,
                clusterArn(PROD_HOST), Map.of(), NOW));
        assertThat(wrongHost.hint()).isNull();

        AccessDeniedException unknownKey = refusal(request(DEV_HOST, "admin",
                new AccessKey("AKIAUNKNOWNUNKNOWN23", "x".repeat(40), null, "arn:x", NOW, null),
                ConnectAction.DB_CONNECT_ADMIN, Map.of()));
        assertThat(unknownKey.reason()).startsWith("unknown access key");
        assertThat(unknownKey.hint()).isNull();
    }

    @Test
    void requestToStringHidesTheToken() {
        ConnectRequest request = request(DEV_HOST, "admin", store.defaultAccessKey(), ConnectAction.DB_CONNECT_ADMIN, Map.of());
        assertThat(request.toString()).doesNotContain("X-Amz-Signature").contains("<redacted>");
    }
}
