package io.opendsql.server;

import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dsql.DefaultDsqlUtilities;
import software.amazon.awssdk.services.dsql.DsqlUtilities;
import software.amazon.awssdk.services.dsql.model.GenerateAuthTokenRequest;

/**
 * Auth tokens made by the AWS Java SDK's own signer ({@code DsqlUtilities}), as a client would make
 * them, independent of OpenDSQL's signing code.
 */
final class AuthTokens {
    private AuthTokens() {
    }

    /** A {@code DbConnectAdmin} token for {@code host}, signed now with the server's admin key. */
    static String admin(OpenDsqlServer server, String host) {
        return sign(server.adminAccessKeyId(), server.adminSecretAccessKey(), host, server.defaultCluster().region(),
                true, Clock.systemUTC(), Duration.ofMinutes(15));
    }

    /**
     * Signs a token with any key and clock.
     *
     * @param admin {@code DbConnectAdmin} when true, {@code DbConnect} when false
     * @param clock the signing time (a clock in the past makes an expired token)
     */
    static String sign(String accessKeyId, String secretAccessKey, String host, String region, boolean admin,
                       Clock clock, Duration expiresIn) {
        return sign(AwsBasicCredentials.create(accessKeyId, secretAccessKey), host, region, admin, clock, expiresIn);
    }

    /** Signs a token with any credentials (long-term, or session credentials adding X-Amz-Security-Token). */
    static String sign(AwsCredentials credentials, String host, String region, boolean admin, Clock clock,
                       Duration expiresIn) {
        DefaultDsqlUtilities.DefaultBuilder builder = new DefaultDsqlUtilities.DefaultBuilder();
        builder.region(Region.of(region)).credentialsProvider(StaticCredentialsProvider.create(credentials));
        DsqlUtilities utilities = new DefaultDsqlUtilities(builder, clock);
        GenerateAuthTokenRequest request = GenerateAuthTokenRequest.builder()
                .hostname(host)
                .region(Region.of(region))
                .expiresIn(expiresIn)
                .build();
        return admin ? utilities.generateDbConnectAdminAuthToken(request)
                : utilities.generateDbConnectAuthToken(request);
    }
}
