package io.opendsql.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 primitives for query-string ("presigned") requests, as used by DSQL auth
 * tokens: GET, path {@code /}, the only signed header is {@code host}, and the payload hash is the
 * SHA-256 of the empty string.
 */
public final class SigV4 {
    public static final String ALGORITHM = "AWS4-HMAC-SHA256";
    public static final String SERVICE = "dsql";
    public static final String TERMINATOR = "aws4_request";
    public static final String SIGNED_HEADERS = "host";
    /** SHA-256 of the empty payload; DSQL tokens sign this, not {@code UNSIGNED-PAYLOAD}. */
    public static final String EMPTY_PAYLOAD_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /** The SigV4 timestamp form, e.g. {@code 20241107T173933Z}, always UTC. */
    public static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC).withResolverStyle(ResolverStyle.STRICT);

    private static final HexFormat HEX = HexFormat.of();
    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

    private SigV4() {
    }

    /** RFC 3986 encoding: unreserved {@code A-Za-z0-9-_.~} kept, every other UTF-8 byte as {@code %XX}. */
    public static String uriEncode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(UPPER_HEX[c >> 4]).append(UPPER_HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HEX.formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** HMAC-SHA256 of the UTF-8 bytes of {@code data} under {@code key}. */
    public static byte[] hmacSha256(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The signing key: HMAC chain over date ({@code yyyyMMdd}), region, service and {@code aws4_request}. */
    public static byte[] signingKey(String secretAccessKey, String date, String region, String service) {
        byte[] key = hmacSha256(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmacSha256(key, region);
        key = hmacSha256(key, service);
        return hmacSha256(key, TERMINATOR);
    }

    /**
     * The canonical query string of a presigned token: every parameter except {@code X-Amz-Signature}.
     */
    public static String canonicalQuery(Map<String, String> parameters) {
        List<Map.Entry<String, String>> signed = new ArrayList<>(parameters.size());
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (!parameter.getKey().equals(TokenParameter.SIGNATURE)) {
                signed.add(parameter);
            }
        }
        return canonicalQuery(signed);
    }

    /**
     * The canonical query string of decoded parameters (a name may repeat): names and values
     * URI-encoded, sorted by encoded name and then encoded value, joined with {@code &}.
     */
    public static String canonicalQuery(Collection<Map.Entry<String, String>> parameters) {
        List<String[]> encoded = new ArrayList<>(parameters.size());
        for (Map.Entry<String, String> parameter : parameters) {
            encoded.add(new String[] {uriEncode(parameter.getKey()), uriEncode(parameter.getValue())});
        }
        encoded.sort((left, right) -> {
            int byName = left[0].compareTo(right[0]);
            return byName != 0 ? byName : left[1].compareTo(right[1]);
        });
        StringBuilder out = new StringBuilder();
        for (String[] pair : encoded) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(pair[0]).append('=').append(pair[1]);
        }
        return out.toString();
    }

    /** The canonical request of a presigned GET on {@code /} with {@code host} as the only signed header. */
    public static String canonicalRequest(String host, Map<String, String> parameters) {
        return "GET\n/\n" + canonicalQuery(parameters) + "\nhost:" + host.strip() + "\n\n" + SIGNED_HEADERS + "\n"
                + EMPTY_PAYLOAD_HASH;
    }

    /** The string to sign: algorithm, timestamp, credential scope and the hash of the canonical request. */
    public static String stringToSign(String amzDate, String credentialScope, String canonicalRequest) {
        return ALGORITHM + "\n" + amzDate + "\n" + credentialScope + "\n" + sha256Hex(canonicalRequest);
    }

    /** Lower-case hex signature of {@code stringToSign} under a derived signing key. */
    public static String signature(byte[] signingKey, String stringToSign) {
        return HEX.formatHex(hmacSha256(signingKey, stringToSign));
    }

    /** Formats an instant as {@code yyyyMMdd'T'HHmmss'Z'}, dropping fractions of a second. */
    public static String formatAmzDate(Instant instant) {
        return AMZ_DATE.format(instant);
    }

    /** Parses {@code yyyyMMdd'T'HHmmss'Z'} strictly. */
    public static Instant parseAmzDate(String text) throws DateTimeParseException {
        if (text.length() != 16) {
            throw new DateTimeParseException("expected 16 characters", text, 0);
        }
        return Instant.from(AMZ_DATE.parse(text));
    }
}
