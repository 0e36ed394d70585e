package io.opendsql.control;

import static java.util.Objects.requireNonNull;

import io.opendsql.auth.AccessKey;
import io.opendsql.auth.IamIdentity;
import io.opendsql.auth.IamStore;
import io.opendsql.auth.SigV4;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies the SigV4 {@code Authorization} header of an API request against the local IAM store, the way
 * AWS's front end does: header syntax, credential scope (Region of this installation, and the service the
 * request is for: {@code dsql}, or {@code sts} whose global endpoint also signs for {@code us-east-1}), a
 * request date within 15 minutes of now, the access key and its session token (temporary credentials must
 * present theirs and must not have expired), the payload hash, and the signature (compared in constant
 * time). Refusals use AWS's authentication error codes and messages.
 */
public final class RequestAuthenticator {
    /** Allowed difference between the request date and now, as in AWS. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(15);
    static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    private static final Logger log = LoggerFactory.getLogger(RequestAuthenticator.class);
    private static final String SIGNATURE_MISMATCH = "The request signature we calculated does not match the "
            + "signature you provided. Check your AWS Secret Access Key and signing method. Consult the service "
            + "documentation for details.";

    /** The signing name of the STS API; its global endpoint signs for {@value #STS_GLOBAL_REGION}. */
    static final String STS_SERVICE = "sts";
    static final String STS_GLOBAL_REGION = "us-east-1";

    /** What of the request the signature covers. */
    public record SignedParts(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                              byte[] body) {
    }

    private final IamStore iam;
    private final String region;
    private final Clock clock;

    public RequestAuthenticator(IamStore iam, String region, Clock clock) {
        this.iam = requireNonNull(iam, "iam");
        this.region = requireNonNull(region, "region");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Checks a DSQL API request's signature and returns who signed it, or throws an authentication ApiException. */
    public IamIdentity authenticate(SignedParts request) {
        return authenticate(request, SigV4.SERVICE);
    }

    /** Checks the signature of a request to {@code service} ({@code dsql} or {@code sts}) and returns who signed it. */
    public IamIdentity authenticate(SignedParts request, String service) {
        Map<String, List<String>> headers = lowerCased(request.headers());
        String authorization = single(headers, "authorization");
        if (authorization == null) {
            throw ApiException.of(ApiErrorType.MISSING_AUTHENTICATION_TOKEN, "Missing Authentication Token");
        }
        Map<String, String> fields = parseAuthorization(authorization);
        String credential = fields.get("Credential");
        String signedHeaders = fields.get("SignedHeaders");
        String signature = fields.get("Signature");
        if (credential == null || signedHeaders == null || signature == null) {
            throw ApiException.of(ApiErrorType.INCOMPLETE_SIGNATURE, "Authorization header requires 'Credential', "
                    + "'Signature' and 'SignedHeaders' parameters, and the " + SigV4.ALGORITHM + " algorithm. "
                    + "Authorization=" + authorization.split(" ", 2)[0]);
        }
        String[] scope = credential.split("/");
        if (scope.length != 5) {
            throw ApiException.of(ApiErrorType.INCOMPLETE_SIGNATURE,
                    "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term");
        }
        String amzDate = single(headers, "x-amz-date");
        if (amzDate == null) {
            throw ApiException.of(ApiErrorType.INCOMPLETE_SIGNATURE,
                    "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        if (!List.of(signedHeaders.split(";")).contains("host")) {
            throw ApiException.of(ApiErrorType.INCOMPLETE_SIGNATURE, "'Host' must be a signed header.");
        }
        Instant signedAt;
        try {
            signedAt = SigV4.parseAmzDate(amzDate);
        } catch (DateTimeParseException e) {
            throw ApiException.of(ApiErrorType.INCOMPLETE_SIGNATURE, "Date must be in ISO-8601 'basic format'. Got '"
                    + amzDate + "'. See http://en.wikipedia.org/wiki/ISO_8601");
        }
        checkScope(scope, amzDate, service);
        checkTime(signedAt);
        AccessKey key = iam.accessKey(scope[0]).orElseThrow(() -> ApiException.of(ApiErrorType.UNRECOGNIZED_CLIENT,
                "The security token included in the request is invalid."));
        checkSessionToken(key, single(headers, "x-amz-security-token"));
        String payloadHash = payloadHash(headers, request.body());
        String canonicalHeaders = HttpSignature.canonicalHeaders(headers, signedHeaders);
        if (canonicalHeaders == null) {
            throw ApiException.of(ApiErrorType.INCOMPLETE_SIGNATURE,
                    "A header listed in SignedHeaders is missing from the request.");
        }
        String canonical = HttpSignature.canonicalRequest(request.method(), request.rawPath(), request.rawQuery(),
                canonicalHeaders, signedHeaders, payloadHash);
        String credentialScope = String.join("/", scope[1], scope[2], scope[3], scope[4]);
        byte[] signingKey = SigV4.signingKey(key.secretAccessKey(), scope[1], scope[2], scope[3]);
        String expected = SigV4.signature(signingKey, SigV4.stringToSign(amzDate, credentialScope, canonical));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8))) {
            log.info("API request {} {} refused: signature mismatch for access key {}", request.method(),
                    request.rawPath(), key.accessKeyId());
            log.debug("canonical request computed by the server:\n{}", canonical);
            throw ApiException.of(ApiErrorType.INVALID_SIGNATURE, SIGNATURE_MISMATCH);
        }
        return iam.identity(key.accessKeyId()).orElseThrow(() ->
                ApiException.of(ApiErrorType.UNRECOGNIZED_CLIENT, "The security token included in the request is invalid."));
    }

    private void checkScope(String[] scope, String amzDate, String service) {
        if (!scope[1].equals(amzDate.substring(0, 8))) {
            throw ApiException.of(ApiErrorType.INVALID_SIGNATURE, "Date in Credential scope does not match YYYYMMDD "
                    + "from ISO-8601 version of date from HTTP: '" + scope[1] + "' != '" + amzDate.substring(0, 8)
                    + "', from '" + amzDate + "'.");
        }
        boolean stsGlobal = service.equals(STS_SERVICE) && scope[2].equals(STS_GLOBAL_REGION);
        if (!scope[2].equals(region) && !stsGlobal) {
            throw ApiException.of(ApiErrorType.INVALID_SIGNATURE, "Credential should be scoped to a valid region. "
                    + "This endpoint serves '" + region + "', the request was signed for '" + scope[2] + "'.");
        }
        if (!scope[3].equals(service)) {
            throw ApiException.of(ApiErrorType.INVALID_SIGNATURE,
                    "Credential should be scoped to correct service: '" + service + "'.");
        }
        if (!scope[4].equals(SigV4.TERMINATOR)) {
            throw ApiException.of(ApiErrorType.INVALID_SIGNATURE,
                    "Credential should be scoped with a valid terminator: 'aws4_request', not '" + scope[4] + "'.");
        }
    }

    private void checkTime(Instant signedAt) {
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(CLOCK_SKEW))) {
            throw ApiException.of(ApiErrorType.INVALID_SIGNATURE, "Signature expired: " + SigV4.formatAmzDate(signedAt)
                    + " is now earlier than " + SigV4.formatAmzDate(now.minus(CLOCK_SKEW)) + " ("
                    + SigV4.formatAmzDate(now) + " - 15 min.)");
        }
        if (signedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ApiException.of(ApiErrorType.INVALID_SIGNATURE, "Signature not yet current: "
                    + SigV4.formatAmzDate(signedAt) + " is still later than " + SigV4.formatAmzDate(now.plus(CLOCK_SKEW))
                    + " (" + SigV4.formatAmzDate(now) + " + 15 min.)");
        }
    }

    private void checkSessionToken(AccessKey key, String presented) {
        boolean matches = key.sessionToken() == null ? presented == null
                : presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                        key.sessionToken().getBytes(StandardCharsets.UTF_8));
        if (!matches) {
            throw ApiException.of(ApiErrorType.UNRECOGNIZED_CLIENT,
                    "The security token included in the request is invalid.");
        }
        if (key.expiration() != null && !clock.instant().isBefore(key.expiration())) {
            throw ApiException.of(ApiErrorType.EXPIRED_TOKEN, "The security token included in the request is expired");
        }
    }

    private static String payloadHash(Map<String, List<String>> headers, byte[] body) {
        String computed = HttpSignature.sha256Hex(body);
        String declared = single(headers, "x-amz-content-sha256");
        if (declared == null) {
            return computed;
        }
        if (!declared.equals(UNSIGNED_PAYLOAD) && !declared.equals(computed)) {
            throw ApiException.of(ApiErrorType.INVALID_SIGNATURE,
                    "The provided 'x-amz-content-sha256' header does not match what was computed.");
        }
        return declared;
    }

    /** {@code AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}; empty for other schemes. */
    static Map<String, String> parseAuthorization(String header) {
        Map<String, String> fields = new HashMap<>();
        String trimmed = header.strip();
        if (!trimmed.startsWith(SigV4.ALGORITHM + " ")) {
            return fields;
        }
        for (String part : trimmed.substring(SigV4.ALGORITHM.length()).split(",")) {
            String field = part.strip();
            int equals = field.indexOf('=');
            if (equals > 0) {
                fields.put(field.substring(0, equals).strip(), field.substring(equals + 1).strip());
            }
        }
        return fields;
    }

    private static Map<String, List<String>> lowerCased(Map<String, List<String>> headers) {
        Map<String, List<String>> lowered = new HashMap<>();
        headers.forEach((name, values) -> lowered.computeIfAbsent(name.toLowerCase(Locale.ROOT),
                n -> new java.util.ArrayList<>()).addAll(values));
        return lowered;
    }

    private static String single(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
