package io.opendsql.auth;

import static io.opendsql.auth.AccessDeniedException.quote;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A DSQL auth token taken apart: {@code [https://]<host>[/]?<query>}. Parsing checks shape only (every
 * required parameter present once, well-formed values); {@link TokenVerifier} checks meaning and
 * signature. {@link #toString()} leaves out the signature and the session token.
 *
 * @param host the host exactly as written in the token (it is what the client signed)
 * @param parameters every query parameter, percent-decoded, in token order
 * @param credential the parsed {@code X-Amz-Credential}
 * @param signedAt the parsed {@code X-Amz-Date}
 * @param expiresSeconds the parsed {@code X-Amz-Expires}
 */
public record AuthToken(String host, Map<String, String> parameters, CredentialScope credential, Instant signedAt,
                        long expiresSeconds) {
    /** Longer passwords are refused before any parsing. */
    public static final int MAX_LENGTH = 16 * 1024;

    private static final String SCHEME = "https://";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");
    private static final Pattern SIGNATURE = Pattern.compile("[0-9a-f]{64}");

    public AuthToken {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Parses a password as a token, or refuses it with the precise reason. */
    public static AuthToken parse(String text) {
        if (text == null || text.isEmpty()) {
            throw AccessDeniedException.because("empty token");
        }
        if (text.length() > MAX_LENGTH) {
            throw AccessDeniedException.because("token longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                throw AccessDeniedException.because("token contains a character outside printable ASCII");
            }
        }
        String rest = text.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) ? text.substring(SCHEME.length()) : text;
        int question = rest.indexOf('?');
        if (question < 0) {
            throw AccessDeniedException.because("token has no query string");
        }
        String host = rest.substring(0, question);
        if (host.endsWith("/")) {
            host = host.substring(0, host.length() - 1);
        }
        if (!HOST.matcher(host).matches()) {
            throw AccessDeniedException.because("token host part is not a host name");
        }
        Map<String, String> parameters = parseQuery(rest.substring(question + 1));
        for (String name : TokenParameter.REQUIRED) {
            if (!parameters.containsKey(name)) {
                throw AccessDeniedException.because("token lacks parameter " + name);
            }
        }
        CredentialScope credential = CredentialScope.parse(parameters.get(TokenParameter.CREDENTIAL));
        if (credential == null) {
            throw AccessDeniedException.because("malformed " + TokenParameter.CREDENTIAL);
        }
        String date = parameters.get(TokenParameter.DATE);
        Instant signedAt;
        try {
            signedAt = SigV4.parseAmzDate(date);
        } catch (DateTimeParseException e) {
            throw AccessDeniedException.because("malformed " + TokenParameter.DATE + " " + quote(date));
        }
        String expires = parameters.get(TokenParameter.EXPIRES);
        if (!DIGITS.matcher(expires).matches()) {
            throw AccessDeniedException.because("malformed " + TokenParameter.EXPIRES + " " + quote(expires));
        }
        if (!SIGNATURE.matcher(parameters.get(TokenParameter.SIGNATURE)).matches()) {
            throw AccessDeniedException.because("malformed " + TokenParameter.SIGNATURE + " (not 64 lower-case hex digits)");
        }
        return new AuthToken(host, parameters, credential, signedAt, Long.parseLong(expires));
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query.isEmpty()) {
            throw AccessDeniedException.because("token has an empty query string");
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw AccessDeniedException.because("token query has a parameter without name or value");
            }
            String name = percentDecode(pair.substring(0, equals));
            String value = percentDecode(pair.substring(equals + 1));
            if (parameters.putIfAbsent(name, value) != null) {
                throw AccessDeniedException.because("token repeats parameter " + quote(name));
            }
        }
        return parameters;
    }

    /**
     * RFC 3986 percent-decoding of printable ASCII text; {@code +} stays a plus sign. Refuses bad escapes
     * and invalid UTF-8.
     */
    static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteBuffer bytes = ByteBuffer.allocate(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int high = i + 1 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw AccessDeniedException.because("token query has a malformed percent escape");
                }
                bytes.put((byte) (high << 4 | low));
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw AccessDeniedException.because("token query is not valid UTF-8 after percent-decoding");
        }
    }

    /** The {@code Action} parameter as written. */
    public String action() {
        return parameters.get(TokenParameter.ACTION);
    }

    /** The access key id from the credential scope. */
    public String accessKeyId() {
        return credential.accessKeyId();
    }

    /** The {@code X-Amz-Date} parameter as written. */
    public String amzDate() {
        return parameters.get(TokenParameter.DATE);
    }

    /** The {@code X-Amz-Signature} parameter. */
    public String signature() {
        return parameters.get(TokenParameter.SIGNATURE);
    }

    /** The {@code X-Amz-Security-Token} parameter, or null for long-term credentials. */
    public String securityToken() {
        return parameters.get(TokenParameter.SECURITY_TOKEN);
    }

    /** When the token stops being accepted: {@code X-Amz-Date + X-Amz-Expires}. */
    public Instant expiresAt() {
        return signedAt.plusSeconds(expiresSeconds);
    }

    @Override
    public String toString() {
        return "AuthToken[host=" + host + ", action=" + action() + ", accessKeyId=" + accessKeyId()
                + ", date=" + amzDate() + ", expires=" + expiresSeconds
                + (securityToken() == null ? "" : ", securityToken=<redacted>") + "]";
    }
}
