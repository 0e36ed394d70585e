package io.opendsql.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.opendsql.common.DsqlException;
import io.opendsql.common.Severity;
import io.opendsql.common.SqlState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a token can be refused, plus the accepting paths. */
class TokenVerifierTest {
    private static final String HOST = "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws";
    private static final String REGION = "us-east-1";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final SigningCredential KEY = SigningCredential.longTerm("AKIAABCDEFGHIJKLMNOP", "s3cr3t/Key+value");
    private static final SigningCredential SESSION =
            new SigningCredential("ASIAABCDEFGHIJKLMNOP", "temporary-secret", "FwoGZXIvYXdz+session/token==", null);
    private static final Predicate<String> THIS_HOST = TokenVerifier.acceptingHosts(List.of(HOST));

    private final TokenVerifier verifier = new TokenVerifier(id -> Optional.ofNullable(
            Map.of(KEY.accessKeyId(), KEY, SESSION.accessKeyId(), SESSION).get(id)));

    private static String token(ConnectAction action, Instant signedAt, long expires) {
        return TokenSigner.sign(HOST, REGION, action, KEY, signedAt, expires);
    }

    private AccessDeniedException refusal(String token, String user) {
        return refusal(token, user, NOW);
    }

    private AccessDeniedException refusal(String token, String user, Instant now) {
        AccessDeniedException denied = catchThrowableOfType(AccessDeniedException.class,
                () -> verifier.verify(token, user, THIS_HOST, REGION, now));
        assertThat(denied).as("refused").isNotNull();
        assertThat(denied.reason()).doesNotContain(KEY.secretAccessKey()).doesNotContain(SESSION.sessionToken());
        if (token != null && token.length() > 20) {
            assertThat(denied.reason()).doesNotContain(token);
        }
        return denied;
    }

    @Test
    void acceptsFreshTokensForBothActions() {
        VerifiedToken admin = verifier.verify(token(ConnectAction.DB_CONNECT_ADMIN, NOW, 900), "admin", THIS_HOST, REGION, NOW);
        assertThat(admin.action()).isEqualTo(ConnectAction.DB_CONNECT_ADMIN);
        VerifiedToken user = verifier.verify(token(ConnectAction.DB_CONNECT, NOW, 900), "app", THIS_HOST, REGION, NOW);
        assertThat(user.action()).isEqualTo(ConnectAction.DB_CONNECT);
        assertThat(user.credential()).isEqualTo(KEY);
    }

    @Test
    void acceptsSchemePrefixUpperCaseHostAndTheLastSecond() {
        String token = token(ConnectAction.DB_CONNECT, NOW, 900);
        verifier.verify("https://" + token, "app", THIS_HOST, REGION, NOW.plusSeconds(900));
        String upper = TokenSigner.sign(HOST.toUpperCase(), REGION, ConnectAction.DB_CONNECT, KEY, NOW, 900);
        verifier.verify(upper, "app", THIS_HOST, REGION, NOW);
        String withPort = TokenSigner.sign(HOST + ":5432", REGION, ConnectAction.DB_CONNECT, KEY, NOW, 900);
        verifier.verify(withPort, "app", THIS_HOST, REGION, NOW);
        verifier.verify(token.replace("/?", "?"), "app", THIS_HOST, REGION, NOW);
    }

    @Test
    void expiredTokenGetsTheSignatureExpiredHint() {
        Instant signedAt = Instant.parse("2026-03-01T11:00:00Z");
        AccessDeniedException denied = refusal(token(ConnectAction.DB_CONNECT, signedAt, 900), "app");
        assertThat(denied.hint()).isEqualTo(
                "Signature expired: 20260301T111500Z is now earlier than 20260301T114500Z (20260301T120000Z - 15 min.)");
        assertThat(denied.reason()).isEqualTo("token expired at 20260301T111500Z");
        DsqlException error = denied.toClientError();
        assertThat(error.state()).isEqualTo(SqlState.INVALID_AUTHORIZATION_SPECIFICATION);
        assertThat(error.severity()).isEqualTo(Severity.FATAL);
        assertThat(error.getMessage()).isEqualTo("unable to accept connection, access denied");
        assertThat(error.hint()).isEqualTo(denied.hint());
    }

    @Test
    void tokenOneSecondPastItsExpiryIsRefused() {
        String token = token(ConnectAction.DB_CONNECT, NOW, 60);
        assertThat(refusal(token, "app", NOW.plusSeconds(61)).hint()).startsWith("Signature expired: 20260301T120100Z");
    }

    @Test
    void futureDatedTokenGetsTheNotYetCurrentHint() {
        Instant signedAt = NOW.plusSeconds(15 * 60 + 1);
        AccessDeniedException denied = refusal(token(ConnectAction.DB_CONNECT, signedAt, 900), "app");
        assertThat(denied.hint()).isEqualTo(
                "Signature not yet current: 20260301T121501Z is still later than 20260301T121500Z (20260301T120000Z + 15 min.)");
        verifier.verify(token(ConnectAction.DB_CONNECT, NOW.plusSeconds(15 * 60), 900), "app", THIS_HOST, REGION, NOW);
    }

    @Test
    void wrongHostIsRefusedWithoutHint() {
        String token = TokenSigner.sign("other.dsql.us-east-1.on.aws", REGION, ConnectAction.DB_CONNECT, KEY, NOW, 900);
        AccessDeniedException denied = refusal(token, "app");
        assertThat(denied.hint()).isNull();
        assertThat(denied.reason()).contains("other.dsql.us-east-1.on.aws");
        assertThat(denied.toClientError().hint()).isNull();
    }

    @Test
    void wrongRegionIsRefused() {
        String token = TokenSigner.sign(HOST, "eu-west-1", ConnectAction.DB_CONNECT, KEY, NOW, 900);
        assertThat(refusal(token, "app").reason()).contains("region 'eu-west-1'");
    }

    @Test
    void adminWithDbConnectGetsTheExactMappingHint() {
        AccessDeniedException denied = refusal(token(ConnectAction.DB_CONNECT, NOW, 900), "admin");
        assertThat(denied.hint()).isEqualTo("Wrong user to action mapping. user: admin, action: DbConnect");
    }

    @Test
    void customRoleWithDbConnectAdminGetsTheExactMappingHint() {
        AccessDeniedException denied = refusal(token(ConnectAction.DB_CONNECT_ADMIN, NOW, 900), "reporting");
        assertThat(denied.hint()).isEqualTo("Wrong user to action mapping. user: reporting, action: DbConnectAdmin");
    }

    @Test
    void unknownAccessKeyIsRefusedWithoutHint() {
        String token = TokenSigner.sign(HOST, REGION, ConnectAction.DB_CONNECT,
                SigningCredential.longTerm("AKIAUNKNOWNUNKNOWN22", "whatever"), NOW, 900);
        AccessDeniedException denied = refusal(token, "app");
        assertThat(denied.hint()).isNull();
        assertThat(denied.reason()).isEqualTo("unknown access key 'AKIAUNKNOWNUNKNOWN22'");
    }

    @Test
    void wrongSecretIsASignatureMismatch() {
        String token = TokenSigner.sign(HOST, REGION, ConnectAction.DB_CONNECT,
                SigningCredential.longTerm(KEY.accessKeyId(), "not-the-secret"), NOW, 900);
        AccessDeniedException denied = refusal(token, "app");
        assertThat(denied.reason()).startsWith("signature mismatch");
        assertThat(denied.hint()).isNull();
    }

    /** Changing any signed value after signing must break the signature (or fail an earlier check). */
    @ParameterizedTest
    @ValueSource(strings = {"X-Amz-Expires=900|X-Amz-Expires=901", "X-Amz-Date=20260301T120000Z|X-Amz-Date=20260301T120001Z",
                            "X-Amz-Signature=a|X-Amz-Signature=b", "&X-Amz-Signature=|&Extra=1&X-Amz-Signature=",
                            "X-Amz-Expires=900|X-Amz-Expires=0900"})
    void tamperedTokenIsRefused(String replacement) {
        String token = token(ConnectAction.DB_CONNECT, NOW, 900);
        String[] fromTo = replacement.split("\\|");
        String signatureStart = "X-Amz-Signature=" + AuthToken.parse(token).signature().charAt(0);
        String from = fromTo[0].equals("X-Amz-Signature=a") ? signatureStart : fromTo[0];
        String to = fromTo[0].equals("X-Amz-Signature=a")
                ? "X-Amz-Signature=" + (signatureStart.endsWith("0") ? "1" : "0") : fromTo[1];
        String tampered = token.replace(from, to);
        assertThat(tampered).isNotEqualTo(token);
        assertThat(refusal(tampered, "app").reason()).startsWith("signature mismatch");
    }

    @Test
    void tamperedActionIsRefused() {
        String token = token(ConnectAction.DB_CONNECT, NOW, 900).replace("Action=DbConnect", "Action=DbConnectAdmin");
        assertThat(refusal(token, "admin").reason()).startsWith("signature mismatch");
    }

    @Test
    void sessionTokenIsSignedAndMustMatch() {
        String token = TokenSigner.sign(HOST, REGION, ConnectAction.DB_CONNECT, SESSION, NOW, 900);
        assertThat(token).contains("X-Amz-Security-Token=FwoGZXIvYXdz%2Bsession%2Ftoken%3D%3D");
        assertThat(verifier.verify(token, "app", THIS_HOST, REGION, NOW).credential()).isEqualTo(SESSION);

        String withoutToken = token.replaceFirst("&X-Amz-Security-Token=[^&]*", "");
        assertThat(refusal(withoutToken, "app").reason()).startsWith("missing or wrong security token");
        String otherToken = token.replace("session", "sessioX");
        assertThat(refusal(otherToken, "app").reason()).startsWith("missing or wrong security token");

        String longTermWithToken = TokenSigner.sign(HOST, REGION, ConnectAction.DB_CONNECT,
                new SigningCredential(KEY.accessKeyId(), KEY.secretAccessKey(), "abc", null), NOW, 900);
        assertThat(refusal(longTermWithToken, "app").reason()).startsWith("security token presented");
    }

    @Test
    void expiredTemporaryCredentialsAreRefused() {
        SigningCredential expiring = new SigningCredential("ASIAEXPIRINGEXPIRING", "x", "tok", NOW.minusSeconds(1));
        TokenVerifier verifier = new TokenVerifier(id -> Optional.of(expiring));
        String token = TokenSigner.sign(HOST, REGION, ConnectAction.DB_CONNECT, expiring, NOW, 900);
        AccessDeniedException denied = catchThrowableOfType(AccessDeniedException.class,
                () -> verifier.verify(token, "app", THIS_HOST, REGION, NOW));
        assertThat(denied.reason()).isEqualTo("temporary credentials of ASIAEXPIRINGEXPIRING expired at "
                + NOW.minusSeconds(1));
        DsqlException error = denied.toClientError();
        assertThat(error.state()).isEqualTo(SqlState.INVALID_AUTHORIZATION_SPECIFICATION);
        assertThat(error.severity()).isEqualTo(Severity.FATAL);
        assertThat(error.getMessage()).isEqualTo("IAM authentication failed for user \"app\"");
        assertThat(error.hint()).isNull();

        // only a token that also has the right signature learns that the credentials expired
        String forged = token.replaceFirst("X-Amz-Signature=.*", "X-Amz-Signature=" + "0".repeat(64));
        AccessDeniedException mismatch = catchThrowableOfType(AccessDeniedException.class,
                () -> verifier.verify(forged, "app", THIS_HOST, REGION, NOW));
        assertThat(mismatch.reason()).startsWith("signature mismatch");
        assertThat(mismatch.toClientError().getMessage()).isEqualTo("unable to accept connection, access denied");
    }

    @Test
    void tokenSignedMoreThanAWeekAgoIsAnIamAuthenticationFailure() {
        Instant eightDaysAgo = NOW.minus(Duration.ofDays(8));
        AccessDeniedException denied = refusal(token(ConnectAction.DB_CONNECT, eightDaysAgo, 604_800), "app");
        assertThat(denied.reason()).isEqualTo("token signed at 20260221T120000Z, more than a week ago");
        assertThat(denied.toClientError().getMessage()).isEqualTo("IAM authentication failed for user \"app\"");
        assertThat(denied.hint()).isNull();
        // within the week, an expired token keeps the Signature expired hint
        AccessDeniedException expired = refusal(token(ConnectAction.DB_CONNECT, NOW.minus(Duration.ofDays(6)),
                3600), "app");
        assertThat(expired.hint()).startsWith("Signature expired: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Amz-Algorithm=AWS4-HMAC-SHA256|X-Amz-Algorithm=AWS4-HMAC-SHA1",
                            "X-Amz-SignedHeaders=host|X-Amz-SignedHeaders=host%3Bx-amz-date",
                            "%2F20260301%2F|%2F20260302%2F", "%2Fdsql%2F|%2Frds-db%2F", "aws4_request|aws5_request",
                            "X-Amz-Expires=900|X-Amz-Expires=0", "X-Amz-Expires=900|X-Amz-Expires=604801",
                            "Action=DbConnect|Action=dbconnect"})
    void wrongParameterValuesAreRefusedWithoutHint(String replacement) {
        String[] fromTo = replacement.split("\\|");
        String token = token(ConnectAction.DB_CONNECT, NOW, 900);
        assertThat(token).contains(fromTo[0]);
        AccessDeniedException denied = refusal(token.replace(fromTo[0], fromTo[1]), "app");
        assertThat(denied.hint()).isNull();
        assertThat(denied.reason()).doesNotStartWith("signature mismatch");
    }

    @Test
    void maximumExpiryIsAccepted() {
        verifier.verify(token(ConnectAction.DB_CONNECT, NOW, 604_800), "app", THIS_HOST, REGION, NOW.plusSeconds(604_800));
    }

    @Test
    void missingParametersAreRefused() {
        String token = token(ConnectAction.DB_CONNECT, NOW, 900);
        for (String name : TokenParameter.REQUIRED) {
            String without = name.equals(TokenParameter.SIGNATURE)
                    ? token.replaceFirst("&" + name + "=[^&]*", "")
                    : token.replaceFirst(name + "=[^&]*&", "");
            assertThat(refusal(without, "app").reason()).as(name).isEqualTo("token lacks parameter " + name);
        }
    }

    @Test
    void duplicateParametersAreRefused() {
        String token = token(ConnectAction.DB_CONNECT, NOW, 900);
        assertThat(refusal(token + "&X-Amz-Expires=900", "app").reason()).isEqualTo("token repeats parameter 'X-Amz-Expires'");
        // a percent-encoded name is the same parameter
        assertThat(refusal(token + "&%41ction=DbConnect", "app").reason()).isEqualTo("token repeats parameter 'Action'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Amz-Expires=abc", "X-Amz-Expires=-5", "X-Amz-Expires=", "X-Amz-Expires=1e3",
                            "X-Amz-Expires=99999999999999999999", "X-Amz-Date=2026-03-01T12:00:00Z",
                            "X-Amz-Date=20261301T120000Z", "X-Amz-Date=20260301T120000", "X-Amz-Signature=XYZ",
                            "X-Amz-Credential=AKIAABCDEFGHIJKLMNOP%2F20260301%2Fus-east-1%2Fdsql",
                            "X-Amz-Credential=%2F20260301%2Fus-east-1%2Fdsql%2Faws4_request"})
    void malformedValuesAreRefused(String replacement) {
        String name = replacement.substring(0, replacement.indexOf('='));
        String token = token(ConnectAction.DB_CONNECT, NOW, 900).replaceFirst(name + "=[^&]*", replacement);
        assertThat(refusal(token, "app").reason()).startsWith("malformed " + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "password", "hunter2 with spaces", "https://", "?", "host/?", "host/?Action",
                            "host/?=x", "host/?Action=DbConnect&&X-Amz-Date=1", "bad host/?Action=DbConnect",
                            "user@host/?Action=DbConnect", "host/path/?Action=DbConnect", "host/?Action=%ZZ",
                            "host/?Action=%C3", "host/?Action=caf\u00e9", "host/?Action=a%0Ab"})
    void garbageIsRefused(String garbage) {
        AccessDeniedException denied = refusal(garbage, "app");
        assertThat(denied.hint()).isNull();
        assertThat(denied.reason()).isNotBlank();
    }

    @Test
    void nullAndHugeTokensAreRefused() {
        assertThat(refusal(null, "app").reason()).isEqualTo("empty token");
        assertThat(refusal("h/?" + "a=b&".repeat(10_000), "app").reason()).startsWith("token longer than");
    }

    @Test
    void reasonsQuoteHostileValuesSafely() {
        String token = token(ConnectAction.DB_CONNECT, NOW, 900).replace("Action=DbConnect", "Action=Evil%0ALine");
        assertThat(refusal(token, "app").reason()).isEqualTo("unknown token action 'Evil?Line'");
    }

    @Test
    void reasonsNeverShowAValueThatSwallowedOtherParameters() {
        String token = token(ConnectAction.DB_CONNECT, NOW, 900);
        String signature = token.substring(token.indexOf("X-Amz-Signature=") + "X-Amz-Signature=".length());
        // '&' before the signature turned into a letter: the credential scope now ends in the signature
        String merged = token.replace("aws4_request&X-Amz-Signature=", "aws4_requestxX-Amz-Signature=");
        AccessDeniedException denied = refusal(merged + "&X-Amz-Signature=" + "0".repeat(64), "app");
        assertThat(denied.reason()).isEqualTo("credential scope ends in '<93 characters with '=' or '&', not shown>'")
                .doesNotContain(signature.substring(0, 16));
    }
}
