package io.opendsql.cli;

import io.opendsql.auth.IamStore;
import io.opendsql.auth.SigningCredential;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the CLI finds AWS credentials, in the order the AWS CLI would for our purposes: a named
 * profile of the shared-credentials file, then {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}
 * [/{@code AWS_SESSION_TOKEN}], then the administrator key of the data directory's IAM store.
 */
final class CredentialChain {
    private CredentialChain() {
    }

    static SigningCredential resolve(String profile, Map<String, String> environment, Path dataDir)
            throws IOException {
        if (profile != null) {
            String fileSetting = environment.get("AWS_SHARED_CREDENTIALS_FILE");
            Path file = fileSetting != null && !fileSetting.isBlank()
                    ? Path.of(fileSetting) : Path.of(System.getProperty("user.home"), ".aws", "credentials");
            return SharedCredentialsFile.read(file, profile).orElseThrow(() -> new IOException(
                    "profile \"" + profile + "\" with aws_access_key_id and aws_secret_access_key not found in " + file));
        }
        String accessKeyId = environment.get("AWS_ACCESS_KEY_ID");
        String secret = environment.get("AWS_SECRET_ACCESS_KEY");
        if (accessKeyId != null && !accessKeyId.isBlank() && secret != null && !secret.isBlank()) {
            String sessionToken = environment.get("AWS_SESSION_TOKEN");
            return new SigningCredential(accessKeyId, secret,
                    sessionToken == null || sessionToken.isBlank() ? null : sessionToken, null);
        }
        return IamStore.open(dataDir).defaultAccessKey().credential();
    }
}
