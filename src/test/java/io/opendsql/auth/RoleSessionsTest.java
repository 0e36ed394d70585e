package io.opendsql.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleSessionsTest {
    private static final Instant NOW = Instant.parse("2026-05-05T10:00:00Z");

    @TempDir
    Path dataDir;
    private IamStore store;
    private RoleSessions sessions;
    private IamIdentity admin;
    private Principal etl;

    @BeforeEach
    void openStore() {
        store = IamStore.openOrCreate(dataDir);
        sessions = new RoleSessions(store);
        admin = store.identity(store.defaultAccessKey().accessKeyId()).orElseThrow();
        etl = store.createRole("etl");
    }

    private IamIdentity userAllowed(String name, String statements) {
        Principal user = store.createUser(name);
        if (statements != null) {
            store.putPolicy(user.arn(), "p", "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}");
        }
        return store.identity(store.createAccessKey(user.arn()).accessKeyId()).orElseThrow();
    }

    private AssumeRoleException refusal(IamIdentity caller, AssumeRoleRequest request) {
        AssumeRoleException refused = catchThrowableOfType(AssumeRoleException.class,
                () -> sessions.assumeRole(caller, request, NOW));
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    @Test
    void administratorGetsTemporaryCredentialsForARole() {
        AssumedRole assumed = sessions.assumeRole(admin, new AssumeRoleRequest(etl.arn(), "nightly", null), NOW);

        AccessKey credentials = assumed.credentials();
        assertThat(credentials.accessKeyId()).matches("ASIA[A-Z2-7]{16}");
        assertThat(credentials.secretAccessKey()).hasSize(40);
        assertThat(credentials.sessionToken()).hasSize(160).matches("[A-Za-z0-9+/]+");
        assertThat(credentials.expiration()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(credentials.principalArn()).isEqualTo(etl.arn());
        assertThat(assumed.assumedRoleArn())
                .isEqualTo("arn:aws:sts::" + store.accountId() + ":assumed-role/etl/nightly");
        assertThat(assumed.assumedRoleId()).matches("AROA[A-Z2-7]{17}:nightly").startsWith(etl.uniqueId());
        assertThat(assumed.toString()).doesNotContain(credentials.secretAccessKey(), credentials.sessionToken());

        IamIdentity session = IamStore.openOrCreate(dataDir).identity(credentials.accessKeyId()).orElseThrow();
        assertThat(session.roleSession()).isTrue();
        assertThat(session.principalArn()).isEqualTo(etl.arn());
        assertThat(session.arn()).isEqualTo(assumed.assumedRoleArn());
        assertThat(session.userId()).isEqualTo(assumed.assumedRoleId());
        assertThat(session.conditionValues()).containsEntry("aws:PrincipalArn", etl.arn())
                .containsEntry("aws:PrincipalType", "AssumedRole").doesNotContainKey("aws:username");
        assertThat(store.find(credentials.accessKeyId())).contains(credentials.credential());
    }

    @Test
    void callersNeedAnAllowForTheRoleAndDenyWins() {
        Principal app = store.createRole("app-web");
        IamIdentity narrow = userAllowed("narrow", """
                {"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::*:role/app-*"}""");
        sessions.assumeRole(narrow, new AssumeRoleRequest(app.arn(), "s1", 900), NOW);
        AssumeRoleException denied = refusal(narrow, new AssumeRoleRequest(etl.arn(), "s1", null));
        assertThat(denied.code()).isEqualTo(AssumeRoleException.Code.ACCESS_DENIED);
        assertThat(denied.getMessage()).isEqualTo("User: " + narrow.arn()
                + " is not authorized to perform: sts:AssumeRole on resource: " + etl.arn());

        IamIdentity nothing = userAllowed("nothing", null);
        assertThat(refusal(nothing, new AssumeRoleRequest(etl.arn(), "s1", null)).code())
                .isEqualTo(AssumeRoleException.Code.ACCESS_DENIED);

        IamIdentity denyEtl = userAllowed("denied", """
                {"Effect":"Allow","Action":"sts:*","Resource":"*"},
                {"Effect":"Deny","Action":"sts:AssumeRole","Resource":"arn:aws:iam::*:role/etl"}""");
        sessions.assumeRole(denyEtl, new AssumeRoleRequest(app.arn(), "s1", null), NOW);
        refusal(denyEtl, new AssumeRoleRequest(etl.arn(), "s1", null));
    }

    @Test
    void unknownRolesAndOtherAccountsAreRefusedLikeForbiddenOnes() {
        String missing = "arn:aws:iam::" + store.accountId() + ":role/missing";
        AssumeRoleException unknown = refusal(admin, new AssumeRoleRequest(missing, "s1", null));
        assertThat(unknown.getMessage()).isEqualTo("User: " + admin.arn()
                + " is not authorized to perform: sts:AssumeRole on resource: " + missing);
        refusal(admin, new AssumeRoleRequest("arn:aws:iam::000000000001:role/etl", "s1", null));
        // a user is not a role
        refusal(admin, new AssumeRoleRequest(admin.principalArn(), "s1", null));
    }

    @Test
    void parametersAreCheckedWithStsMessages() {
        assertThat(refusal(admin, new AssumeRoleRequest(etl.arn(), "a b", null)).getMessage())
                .isEqualTo("1 validation error detected: Value 'a b' at 'roleSessionName' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*");
        assertThat(refusal(admin, new AssumeRoleRequest(etl.arn(), "x", null)).getMessage())
                .contains("at 'roleSessionName'", "length between 2 and 64");
        assertThat(refusal(admin, new AssumeRoleRequest(etl.arn(), null, null)).getMessage())
                .contains("Value null at 'roleSessionName'");
        assertThat(refusal(admin, new AssumeRoleRequest("arn:x", "s1", null)).getMessage())
                .contains("at 'roleArn'", "greater than or equal to 20");
        AssumeRoleException shortSession = refusal(admin, new AssumeRoleRequest(etl.arn(), "s1", 899));
        assertThat(shortSession.code()).isEqualTo(AssumeRoleException.Code.VALIDATION_ERROR);
        assertThat(shortSession.getMessage()).isEqualTo("1 validation error detected: Value '899' at "
                + "'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900");
        assertThat(refusal(admin, new AssumeRoleRequest(etl.arn(), "s1", 43_201)).getMessage())
                .isEqualTo("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        assertThat(sessions.assumeRole(admin, new AssumeRoleRequest(etl.arn(), "s1", 43_200), NOW).expiration())
                .isEqualTo(NOW.plusSeconds(43_200));
    }

    @Test
    void roleChainingIsLimitedToOneHour() {
        store.putPolicy(etl.arn(), "chain", "{\"Version\":\"2012-10-17\",\"Statement\":"
                + "{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}}");
        Principal reporting = store.createRole("reporting");
        AssumedRole first = sessions.assumeRole(admin, new AssumeRoleRequest(etl.arn(), "first", null), NOW);
        IamIdentity session = store.identity(first.credentials().accessKeyId()).orElseThrow();
        assertThat(refusal(session, new AssumeRoleRequest(reporting.arn(), "second", 3601)).getMessage())
                .isEqualTo("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role "
                        + "chaining.");
        AssumedRole second = sessions.assumeRole(session, new AssumeRoleRequest(reporting.arn(), "second", null), NOW);
        assertThat(second.assumedRoleArn()).endsWith(":assumed-role/reporting/second");
    }

    @Test
    void conditionsSeeTheRoleTagsAndTheSessionName() {
        Principal tagged = store.tagPrincipal(store.createRole("tagged").arn(), Map.of("team", "data"));
        IamIdentity caller = userAllowed("conditional", """
                {"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*",
                 "Condition":{"StringEquals":{"aws:ResourceTag/team":"data"},
                              "StringLike":{"sts:RoleSessionName":"ci-*"}}}""");
        sessions.assumeRole(caller, new AssumeRoleRequest(tagged.arn(), "ci-42", null), NOW);
        refusal(caller, new AssumeRoleRequest(tagged.arn(), "manual", null));
        refusal(caller, new AssumeRoleRequest(etl.arn(), "ci-42", null));
    }

    @Test
    void longExpiredSessionsArePrunedWhenNewOnesAreIssued() {
        AssumedRole recent = sessions.assumeRole(admin, new AssumeRoleRequest(etl.arn(), "recent", 900),
                NOW.minus(Duration.ofHours(2)));
        AssumedRole old = sessions.assumeRole(admin, new AssumeRoleRequest(etl.arn(), "old", 900),
                NOW.minus(Duration.ofDays(2)));
        assertThat(store.accessKey(old.credentials().accessKeyId())).isPresent();

        sessions.assumeRole(admin, new AssumeRoleRequest(etl.arn(), "new", null), NOW);

        assertThat(store.accessKey(old.credentials().accessKeyId())).isEmpty();
        assertThat(store.accessKey(recent.credentials().accessKeyId())).as("expired, but kept for a day").isPresent();
        assertThat(store.accessKeys(etl.arn())).extracting(AccessKey::sessionName).containsExactlyInAnyOrder("recent", "new");
    }
}
