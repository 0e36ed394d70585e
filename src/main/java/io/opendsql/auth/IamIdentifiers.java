package io.opendsql.auth;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Generates account ids, access keys, session tokens and unique ids, and validates IAM names. */
final class IamIdentifiers {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    /** AWS user and role names: up to 64 of letters, digits and {@code +=,.@_-}. */
    private static final Pattern PRINCIPAL_NAME = Pattern.compile("[A-Za-z0-9+=,.@_-]{1,64}");
    /** AWS role session names: 2 to 64 of letters, digits and {@code +=,.@_-}. */
    private static final Pattern SESSION_NAME = Pattern.compile("[A-Za-z0-9+=,.@_-]{2,64}");
    /** Random bytes in a session token (the token is their base64 form, 160 characters). */
    private static final int SESSION_TOKEN_BYTES = 120;
    /** AWS inline policy names: up to 128 of letters, digits and {@code +=,.@_-}. */
    private static final Pattern POLICY_NAME = Pattern.compile("[A-Za-z0-9+=,.@_-]{1,128}");

    private IamIdentifiers() {
    }

    /** Twelve random digits, not all zero. */
    static String newAccountId() {
        while (true) {
            String id = random("0123456789", 12);
            if (!id.equals("000000000000")) {
                return id;
            }
        }
    }

    /** {@code AKIA} (long-term) or {@code ASIA} (temporary) plus 16 characters of {@code [A-Z2-7]}. */
    static String newAccessKeyId(boolean temporary) {
        return (temporary ? "ASIA" : "AKIA") + random(BASE32, 16);
    }

    /** A 40-character secret access key. */
    static String newSecretAccessKey() {
        return random(SECRET_ALPHABET, 40);
    }

    /**
     * A session token for temporary credentials: standard base64 of random bytes, so it contains
     * {@code +} and {@code /} and must be URI-encoded in tokens, like AWS's.
     */
    static String newSessionToken() {
        byte[] bytes = new byte[SESSION_TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * The stable unique id of a principal, as IAM shows it ({@code AIDA...} for users, {@code AROA...} for
     * roles): derived from its ARN and creation time, so a principal deleted and created again gets another.
     */
    static String uniqueId(PrincipalType type, String arn, Instant created) {
        byte[] digest = HexFormat.of().parseHex(SigV4.sha256Hex(arn + "\n" + created));
        StringBuilder id = new StringBuilder(type == PrincipalType.USER ? "AIDA" : "AROA");
        for (int i = 0; i < 17; i++) {
            id.append(BASE32.charAt(digest[i] & 31));
        }
        return id.toString();
    }

    private static String random(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    static String checkPrincipalName(String name) {
        if (name == null || !PRINCIPAL_NAME.matcher(name).matches()) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                    "invalid IAM name \"%s\": use 1 to 64 letters, digits or +=,.@_-", name);
        }
        return name;
    }

    /** Whether {@code name} is a valid AssumeRole session name. */
    static boolean validSessionName(String name) {
        return name != null && SESSION_NAME.matcher(name).matches();
    }

    static String checkPolicyName(String name) {
        if (name == null || !POLICY_NAME.matcher(name).matches()) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                    "invalid policy name \"%s\": use 1 to 128 letters, digits or +=,.@_-", name);
        }
        return name;
    }
}
