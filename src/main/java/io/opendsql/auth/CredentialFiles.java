package io.opendsql.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes AWS shared credentials and config files ({@code [default]} profile) next to the IAM store, so
 * AWS SDKs and the AWS CLI pick up the administrator key through {@code AWS_SHARED_CREDENTIALS_FILE} and
 * {@code AWS_CONFIG_FILE}. Both files are owner-only.
 */
final class CredentialFiles {
    static final String CREDENTIALS = "credentials";
    static final String CONFIG = "config";

    private CredentialFiles() {
    }

    static void write(Path directory, AccessKey key, String region) throws IOException {
        StringBuilder credentials = new StringBuilder("[default]\n")
                .append("aws_access_key_id = ").append(key.accessKeyId()).append('\n')
                .append("aws_secret_access_key = ").append(key.secretAccessKey()).append('\n');
        if (key.sessionToken() != null) {
            credentials.append("aws_session_token = ").append(key.sessionToken()).append('\n');
        }
        SecureFiles.writeAtomically(directory.resolve(CREDENTIALS), credentials.toString().getBytes(StandardCharsets.UTF_8));
        String config = "[default]\nregion = " + region + "\n";
        SecureFiles.writeAtomically(directory.resolve(CONFIG), config.getBytes(StandardCharsets.UTF_8));
    }
}
