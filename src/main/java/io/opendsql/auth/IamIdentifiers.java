package io.opendsql.auth;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/** Generates account ids and access keys, and validates IAM names. */
final class IamIdentifiers {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    /** AWS user and role names: up to 64 of letters, digits and {@code +=,.@_-}. */
    private static final Pattern PRINCIPAL_NAME = Pattern.compile("[A-Za-z0-9+=,.@_-]{1,64}");
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

    static String checkPolicyName(String name) {
        if (name == null || !POLICY_NAME.matcher(name).matches()) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                    "invalid policy name \"%s\": use 1 to 128 letters, digits or +=,.@_-", name);
        }
        return name;
    }
}
