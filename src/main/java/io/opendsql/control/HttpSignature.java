package io.opendsql.control;

import io.opendsql.auth.SigV4;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * SigV4 for HTTP requests signed in the {@code Authorization} header, as the AWS SDKs sign DSQL API
 * calls: the canonical request is method, canonical URI, canonical query, canonical headers, signed
 * header names and the payload hash. For every service but S3 the SDKs encode the (already
 * percent-encoded) path a second time, so {@code /tags/arn%3Aaws...} is canonicalised as
 * {@code /tags/arn%253Aaws...}; query names and values are decoded, encoded again RFC 3986 style and
 * sorted. Used by the server to verify requests and by the CLI to sign them.
 */
public final class HttpSignature {
    private static final HexFormat HEX = HexFormat.of();

    private HttpSignature() {
    }

    /** The canonical URI: each segment of the raw path encoded again, slashes kept; empty becomes {@code /}. */
    public static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (true) {
            int slash = rawPath.indexOf('/', start);
            String segment = slash < 0 ? rawPath.substring(start) : rawPath.substring(start, slash);
            out.append(SigV4.uriEncode(segment));
            if (slash < 0) {
                break;
            }
            out.append('/');
            start = slash + 1;
        }
        return out.toString();
    }

    /** The query's parameters, percent-decoded, in order; a name without {@code =} has an empty value. */
    public static List<Map.Entry<String, String>> parseQuery(String rawQuery) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.add(Map.entry(percentDecode(name), percentDecode(value)));
        }
        return parameters;
    }

    /**
     * The canonical headers block for {@code signedHeaders} (lower-case names, {@code ;}-separated):
     * {@code name:value\n} per header, values trimmed with inner runs of spaces collapsed, several values
     * joined by commas. A signed header missing from the request yields null.
     */
    public static String canonicalHeaders(Map<String, List<String>> headers, String signedHeaders) {
        Map<String, List<String>> lowered = new TreeMap<>();
        headers.forEach((name, values) -> lowered.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                .addAll(values));
        StringBuilder out = new StringBuilder();
        for (String name : signedHeaders.split(";")) {
            List<String> values = lowered.get(name);
            if (values == null) {
                return null;
            }
            List<String> trimmed = values.stream().map(v -> v.strip().replaceAll(" +", " ")).toList();
            out.append(name).append(':').append(String.join(",", trimmed)).append('\n');
        }
        return out.toString();
    }

    public static String canonicalRequest(String method, String rawPath, String rawQuery, String canonicalHeaders,
                                          String signedHeaders, String payloadHash) {
        return method + "\n" + canonicalUri(rawPath) + "\n" + SigV4.canonicalQuery(parseQuery(rawQuery)) + "\n"
                + canonicalHeaders + "\n" + signedHeaders + "\n" + payloadHash;
    }

    /** Lower-case hex SHA-256 of raw bytes. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Decodes {@code %XX} escapes as UTF-8; a malformed escape is kept literally. {@code +} stays {@code +}. */
    static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() + 0 && i + 2 <= text.length() - 1
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
