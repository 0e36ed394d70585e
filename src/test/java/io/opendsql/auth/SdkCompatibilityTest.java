package io.opendsql.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dsql.DefaultDsqlUtilities;
import software.amazon.awssdk.services.dsql.DsqlUtilities;

/**
 * The AWS Java SDK's token generator is the oracle: our signer must reproduce its output byte for
 * byte (the SDK's own test fixes the clock through the {@code DefaultDsqlUtilities(builder, clock)}
 * constructor), and our verifier must accept what it produces.
 */
class SdkCompatibilityTest {
    private static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String SESSION_TOKEN =
            "IQoJb3JpZ2luX2VjEOr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ+abc/def=ghi~jkl mno*pqr==";

    private static DsqlUtilities sdk(AwsCredentials credentials, Clock clock) {
        DsqlUtilities.Builder builder = DsqlUtilities.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(credentials));
        return new DefaultDsqlUtilities((DefaultDsqlUtilities.DefaultBuilder) builder, clock);
    }

    private static String sdkToken(DsqlUtilities sdk, ConnectAction action, String host, String region, long expires) {
        return action == ConnectAction.DB_CONNECT_ADMIN
                ? sdk.generateDbConnectAdminAuthToken(b -> b.hostname(host).region(Region.of(region))
                        .expiresIn(Duration.ofSeconds(expires)))
                : sdk.generateDbConnectAuthToken(b -> b.hostname(host).region(Region.of(region))
                        .expiresIn(Duration.ofSeconds(expires)));
    }

    @ParameterizedTest
    @CsvSource({
        "DB_CONNECT,       900,    false, abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws, us-east-1",
        "DB_CONNECT_ADMIN, 900,    false, abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws, us-east-1",
        "DB_CONNECT,       1,      true,  abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws, us-east-1",
        "DB_CONNECT_ADMIN, 3600,   true,  abcdefghijklmnopqrstuvwxyz.dsql.eu-west-1.on.aws, eu-west-1",
        "DB_CONNECT,       86400,  false, localhost,                                        us-east-1",
        "DB_CONNECT_ADMIN, 604800, true,  localhost:5432,                                   ap-northeast-2",
        "DB_CONNECT,       7,      true,  MixedCase.Example.COM,                            us-west-2",
    })
    void signerIsByteIdenticalToTheSdk(ConnectAction action, long expires, boolean session, String host, String region) {
        Instant now = Instant.parse("2025-07-14T23:59:58.750Z");
        AwsCredentials sdkCredentials = session
                ? AwsSessionCredentials.create(ACCESS_KEY, SECRET, SESSION_TOKEN)
                : AwsBasicCredentials.create(ACCESS_KEY, SECRET);
        SigningCredential ours = new SigningCredential(ACCESS_KEY, SECRET, session ? SESSION_TOKEN : null, null);

        String expected = sdkToken(sdk(sdkCredentials, Clock.fixed(now, ZoneOffset.UTC)), action, host, region, expires);
        String actual = TokenSigner.sign(host, region, action, ours, now, expires);

        assertThat(actual).isEqualTo(expected);
        if (session) {
            assertThat(actual).contains("/?Action=" + action.tokenValue() + "&X-Amz-Security-Token=");
        }
    }

    @ParameterizedTest
    @CsvSource({"DB_CONNECT, app_user, false", "DB_CONNECT_ADMIN, admin, false", "DB_CONNECT, app_user, true",
                "DB_CONNECT_ADMIN, admin, true"})
    void verifierAcceptsFreshSdkTokens(ConnectAction action, String user, boolean session) {
        String host = "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws";
        SigningCredential ours = new SigningCredential(ACCESS_KEY, SECRET, session ? SESSION_TOKEN : null, null);
        AwsCredentials sdkCredentials = session
                ? AwsSessionCredentials.create(ACCESS_KEY, SECRET, SESSION_TOKEN)
                : AwsBasicCredentials.create(ACCESS_KEY, SECRET);
        String token = sdkToken(sdk(sdkCredentials, Clock.systemUTC()), action, host, "us-east-1", 900);

        TokenVerifier verifier = new TokenVerifier(id -> id.equals(ACCESS_KEY) ? Optional.of(ours) : Optional.empty());
        VerifiedToken verified = verifier.verify(token, user, TokenVerifier.acceptingHosts(List.of(host)),
                "us-east-1", Instant.now());
        assertThat(verified.action()).isEqualTo(action);
        assertThat(verified.token().securityToken()).isEqualTo(session ? SESSION_TOKEN : null);
    }

    @Test
    void verifierAcceptsSdkTokensForUpperCaseHosts() {
        String host = "ABCDEFGHIJKLMNOPQRSTUVWXYZ.dsql.us-east-1.on.aws";
        String token = sdkToken(sdk(AwsBasicCredentials.create(ACCESS_KEY, SECRET), Clock.systemUTC()),
                ConnectAction.DB_CONNECT, host, "us-east-1", 900);
        TokenVerifier verifier = new TokenVerifier(id -> Optional.of(SigningCredential.longTerm(ACCESS_KEY, SECRET)));
        verifier.verify(token, "app", TokenVerifier.acceptingHosts(List.of(host.toLowerCase())), "us-east-1", Instant.now());
    }
}
