package io.opendsql.control;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/** Cluster identifiers: 26 characters {@code [a-z0-9]}, lower-case base32 of 128 random bits. */
public final class ClusterIds {
    private static final Pattern ID = Pattern.compile("[a-z0-9]{26}");
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private ClusterIds() {
    }

    /** A fresh identifier: 128 random bits as 26 lower-case base32 characters. */
    public static String newId(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        StringBuilder out = new StringBuilder(26);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        out.append(BASE32[(buffer << (5 - bits)) & 31]);
        return out.toString();
    }

    /** True when {@code id} has the API's {@code ClusterId} shape. */
    public static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String requireValid(String id) {
        if (!valid(id)) {
            throw new IllegalArgumentException("cluster id must be 26 characters [a-z0-9]: " + id);
        }
        return id;
    }
}
