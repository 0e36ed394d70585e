package io.opendsql.cli;

import io.opendsql.auth.SigningCredential;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one profile of an AWS shared-credentials file ({@code [name]} sections with
 * {@code aws_access_key_id}, {@code aws_secret_access_key} and optionally {@code aws_session_token}).
 */
final class SharedCredentialsFile {
    private SharedCredentialsFile() {
    }

    /** The credentials of {@code profile}, or empty when the file lacks the profile or its keys. */
    static Optional<SigningCredential> read(Path file, String profile) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Map<String, String> values = new HashMap<>();
        String section = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                continue;
            }
            int equals = line.indexOf('=');
            if (profile.equals(section) && equals > 0) {
                values.put(line.substring(0, equals).strip().toLowerCase(Locale.ROOT),
                        line.substring(equals + 1).strip());
            }
        }
        String accessKeyId = values.get("aws_access_key_id");
        String secret = values.get("aws_secret_access_key");
        if (accessKeyId == null || secret == null) {
            return Optional.empty();
        }
        return Optional.of(new SigningCredential(accessKeyId, secret, values.get("aws_session_token"), null));
    }
}
