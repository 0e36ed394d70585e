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
        String adminArn = "arn:aws:iam::" + store.accountId() + ":user/opendsql-admin";
        assertThat(principal).isEqualTo(new AuthenticatedPrincipal(adminArn, PrincipalType.USER, adminArn,
                key.accessKeyId(), ConnectAction.DB_CONNECT_ADMIN));
        assertThat(principal.roleSession()).isFalse();
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
                AccessKey.longTerm("AKIAUNKNOWNUNKNOWN23", "x".repeat(40), "arn:x", NOW),
                ConnectAction.DB_CONNECT_ADMIN, Map.of()));
        assertThat(unknownKey.reason()).startsWith("unknown access key");
        assertThat(unknownKey.hint()).isNull();
    }

    private AssumedRole roleSession(String roleName, String statements) {
        Principal role = store.createRole(roleName);
        if (statements != null) {
            store.putPolicy(role.arn(), "policy", "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}");
        }
        IamIdentity admin = store.identity(store.defaultAccessKey().accessKeyId()).orElseThrow();
        return new RoleSessions(store).assumeRole(admin, new AssumeRoleRequest(role.arn(), "session-1", null), NOW);
    }

    @Test
    void roleSessionTokensResolveToTheRoleAndItsPolicies() {
        AssumedRole session = roleSession("app", """
                {"Effect":"Allow","Action":"dsql:DbConnectAdmin","Resource":"*",
                 "Condition":{"StringEquals":{"aws:PrincipalType":"AssumedRole","aws:PrincipalTag/tier":"gold"}}}""");
        AccessKey key = session.credentials();
        String roleArn = key.principalArn();
        ConnectRequest request = request(DEV_HOST, "admin", key, ConnectAction.DB_CONNECT_ADMIN, Map.of());
        assertThat(request.token()).contains("X-Amz-Security-Token=");
        AccessDeniedException untagged = refusal(request);
        assertThat(untagged.reason()).isEqualTo(session.assumedRoleArn() + " is not allowed dsql:DbConnectAdmin on "
                + clusterArn(DEV_HOST) + " (no statement allows it)");
        assertThat(untagged.identityArn()).isEqualTo(session.assumedRoleArn());

        store.tagPrincipal(roleArn, Map.of("tier", "gold"));
        AuthenticatedPrincipal principal = authenticator.authenticate(request);
        assertThat(principal).isEqualTo(new AuthenticatedPrincipal(roleArn, PrincipalType.ROLE,
                session.assumedRoleArn(), key.accessKeyId(), ConnectAction.DB_CONNECT_ADMIN));
        assertThat(principal.roleSession()).isTrue();
    }

    @Test
    void roleSessionTokensNeedTheirOwnLiveSessionToken() {
        AccessKey key = roleSession("worker", "{\"Effect\":\"Allow\",\"Action\":\"dsql:*\",\"Resource\":\"*\"}")
                .credentials();
        authenticator.authenticate(request(DEV_HOST, "admin", key, ConnectAction.DB_CONNECT_ADMIN, Map.of()));

        AccessKey withoutToken = AccessKey.longTerm(key.accessKeyId(), key.secretAccessKey(), key.principalArn(), NOW);
        AccessDeniedException missing = refusal(request(DEV_HOST, "admin", withoutToken, ConnectAction.DB_CONNECT_ADMIN,
                Map.of()));
        assertThat(missing.reason()).isEqualTo("missing or wrong security token for access key " + key.accessKeyId());
        assertThat(missing.accessKeyId()).isEqualTo(key.accessKeyId());

        AccessKey other = roleSession("other", null).credentials();
        AccessKey borrowedToken = new AccessKey(key.accessKeyId(), key.secretAccessKey(), other.sessionToken(),
                key.principalArn(), NOW, key.expiration(), key.sessionName());
        assertThat(refusal(request(DEV_HOST, "admin", borrowedToken, ConnectAction.DB_CONNECT_ADMIN, Map.of())).reason())
                .startsWith("missing or wrong security token");

        String token = TokenSigner.sign(DEV_HOST, REGION, ConnectAction.DB_CONNECT_ADMIN, key.credential(),
                key.expiration().minusSeconds(60), 3600);
        AccessDeniedException expired = refusal(new ConnectRequest(token, "admin", Set.of(DEV_HOST), REGION,
                clusterArn(DEV_HOST), Map.of(), key.expiration().plusSeconds(1)));
        assertThat(expired.reason()).isEqualTo("temporary credentials of " + key.accessKeyId() + " expired at "
                + key.expiration());
        assertThat(expired.hint()).isNull();
        assertThat(expired.toClientError().getMessage()).isEqualTo("IAM authentication failed for user \"admin\"");
        assertThat(expired.identityArn()).endsWith(":assumed-role/worker/session-1");
    }

    @Test
    void refusalsNameTheClaimedIdentityOnlyForKnownKeys() {
        AccessKey key = store.defaultAccessKey();
        String token = TokenSigner.sign(DEV_HOST, REGION, ConnectAction.DB_CONNECT_ADMIN,
                SigningCredential.longTerm(key.accessKeyId(), "wrong-secret-wrong-secret-wrong-secret-0"), NOW, 900);
        AccessDeniedException forged = refusal(new ConnectRequest(token, "admin", Set.of(DEV_HOST), REGION,
                clusterArn(DEV_HOST), Map.of(), NOW));
        assertThat(forged.reason()).isEqualTo("signature mismatch for access key " + key.accessKeyId());
        assertThat(forged.accessKeyId()).isEqualTo(key.accessKeyId());
        assertThat(forged.identityArn()).endsWith(":user/opendsql-admin");

        AccessDeniedException unknown = refusal(request(DEV_HOST, "admin",
                AccessKey.longTerm("AKIAUNKNOWNUNKNOWN23", "x".repeat(40), "arn:x", NOW),
                ConnectAction.DB_CONNECT_ADMIN, Map.of()));
        assertThat(unknown.accessKeyId()).isNull();
        assertThat(unknown.identityArn()).isNull();
        assertThat(refusal(new ConnectRequest("garbage", "admin", Set.of(DEV_HOST), REGION, clusterArn(DEV_HOST),
                Map.of(), NOW)).identityArn()).isNull();
    }

    @Test
    void requestToStringHidesTheToken() {
        ConnectRequest request = request(DEV_HOST, "admin", store.defaultAccessKey(), ConnectAction.DB_CONNECT_ADMIN, Map.of());
        assertThat(request.toString()).doesNotContain("X-Amz-Signature").contains("<redacted>");
    }
}
