package io.opendsql.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dsql.DsqlUtilities;

/**
 * The way a user works: the AWS SDK reads the credentials file the store wrote, generates a token with
 * the real clock, and the authenticator accepts it; a second user's key works only where its policy says.
 */
class SdkEndToEndTest {
    private static final String HOST = "e2ee2ee2ee2ee2ee2ee2ee2ee2.dsql.us-east-1.on.aws";

    @TempDir
    Path dataDir;

    @Test
    void sdkTokenFromTheGeneratedCredentialsFileIsAccepted() {
        IamStore store = IamStore.openOrCreate(dataDir);
        ProfileFile credentials = ProfileFile.builder().content(store.credentialsFile())
                .type(ProfileFile.Type.CREDENTIALS).build();
        DsqlUtilities sdk = DsqlUtilities.builder().region(Region.US_EAST_1)
                .credentialsProvider(ProfileCredentialsProvider.builder().profileFile(credentials).build()).build();
        String token = sdk.generateDbConnectAdminAuthToken(b -> b.hostname(HOST));

        String clusterArn = "arn:aws:dsql:us-east-1:" + store.accountId() + ":cluster/e2ee2ee2ee2ee2ee2ee2ee2ee2";
        AuthenticatedPrincipal principal = new ConnectAuthenticator(store).authenticate(
                new ConnectRequest(token, "admin", Set.of(HOST), "us-east-1", clusterArn, Map.of(), Instant.now()));
        assertThat(principal.principalArn()).isEqualTo(store.resolve(IamStore.ADMIN_USER).arn());
    }

    @Test
    void sdkTokenOfAUserIsAcceptedOnlyForTheClusterItsPolicyNames() {
        IamStore store = IamStore.openOrCreate(dataDir);
        Principal user = store.createUser("app");
        String allowed = "arn:aws:dsql:us-east-1:" + store.accountId() + ":cluster/allowedallowedallowedallowe";
        store.putPolicy(user.arn(), "connect", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                + "\"Action\":\"dsql:DbConnect\",\"Resource\":\"" + allowed + "\"}}");
        AccessKey key = store.createAccessKey(user.arn());
        DsqlUtilities sdk = DsqlUtilities.builder().region(Region.US_EAST_1).credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey())))
                .build();
        String token = sdk.generateDbConnectAuthToken(b -> b.hostname(HOST));
        ConnectAuthenticator authenticator = new ConnectAuthenticator(store);

        authenticator.authenticate(new ConnectRequest(token, "app_role", Set.of(HOST), "us-east-1", allowed, Map.of(),
                Instant.now()));
        String other = allowed.replace("allowedallowed", "forbiddenforb");
        AccessDeniedException denied = catchThrowableOfType(AccessDeniedException.class, () -> authenticator.authenticate(
                new ConnectRequest(token, "app_role", Set.of(HOST), "us-east-1", other, Map.of(), Instant.now())));
        assertThat(denied.hint()).isNull();
        assertThat(denied.reason()).contains("is not allowed dsql:DbConnect on " + other);
    }
}
