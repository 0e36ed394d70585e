package io.opendsql.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Text surgery on DSQL auth tokens ({@code host/?name=value&...}, values as written, i.e. URI-encoded),
 * and the test's own reading of what a token means, to tell a real tampering from a rewrite that only
 * changes the spelling (parameter order, escape case, host case), which a verifier rightly accepts.
 */
final class TokenMutations {
    private TokenMutations() {
    }

    /** The raw (still encoded) value of the first parameter {@code name}, or null. */
    static String param(String token, String name) {
        for (String pair : pairs(token)) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** {@code token} with the first {@code name} parameter's raw value replaced. */
    static String withParam(String token, String name, String rawValue) {
        List<String> pairs = pairs(token);
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).startsWith(name + "=")) {
                pairs.set(i, name + "=" + rawValue);
                return join(token, pairs);
            }
        }
        throw new IllegalArgumentException("token has no parameter " + name);
    }

    /** {@code token} without its {@code name} parameter. */
    static String withoutParam(String token, String name) {
        List<String> pairs = pairs(token);
        pairs.removeIf(pair -> pair.startsWith(name + "="));
        return join(token, pairs);
    }

    /** {@code token} with {@code rawPair} added at position {@code index} of the query (clamped). */
    static String plusParam(String token, String rawPair, int index) {
        List<String> pairs = pairs(token);
        pairs.add(Math.min(index, pairs.size()), rawPair);
        return join(token, pairs);
    }

    /** {@code token} with its parameters in reverse order: the same token to a verifier. */
    static String reversed(String token) {
        List<String> pairs = pairs(token);
        Collections.reverse(pairs);
        return join(token, pairs);
    }

    /** The host part, as written. */
    static String host(String token) {
        String part = token.substring(0, token.indexOf('?'));
        return part.endsWith("/") ? part.substring(0, part.length() - 1) : part;
    }

    private static List<String> pairs(String token) {
        return new ArrayList<>(List.of(token.substring(token.indexOf('?') + 1).split("&", -1)));
    }

    private static String join(String token, List<String> pairs) {
        return token.substring(0, token.indexOf('?') + 1) + String.join("&", pairs);
    }

    /**
     * What a token says, independent of spelling: the host (lower-case, without a leading {@code https://})
     * and every parameter decoded, sorted by name; null when it does not parse or repeats a parameter.
     */
    static String meaning(String token) {
        String rest = token.regionMatches(true, 0, "https://", 0, 8) ? token.substring(8) : token;
        int question = rest.indexOf('?');
        if (question < 0) {
            return null;
        }
        String host = rest.substring(0, question);
        host = (host.endsWith("/") ? host.substring(0, host.length() - 1) : host).toLowerCase(Locale.ROOT);
        Map<String, String> parameters = new TreeMap<>();
        for (String pair : rest.substring(question + 1).split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                return null;
            }
            String name = decode(pair.substring(0, equals));
            String value = decode(pair.substring(equals + 1));
            if (name == null || value == null || parameters.put(name, value) != null) {
                return null;
            }
        }
        return host + "?" + parameters;
    }

    private static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return null;
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
