package io.opendsql.auth;

/**
 * The parsed {@code X-Amz-Credential} value {@code <access key id>/<yyyyMMdd>/<region>/<service>/aws4_request}.
 */
public record CredentialScope(String accessKeyId, String date, String region, String service, String terminator) {
    /** Parses the five slash-separated parts; null when the shape is wrong. */
    static CredentialScope parse(String value) {
        String[] parts = value.split("/", -1);
        if (parts.length != 5) {
            return null;
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                return null;
            }
        }
        return new CredentialScope(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }

    /** The scope used in the string to sign: {@code <date>/<region>/<service>/<terminator>}. */
    public String scope() {
        return date + "/" + region + "/" + service + "/" + terminator;
    }
}
