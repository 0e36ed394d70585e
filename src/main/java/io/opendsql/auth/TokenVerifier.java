package io.opendsql.auth;

import static io.opendsql.auth.AccessDeniedException.quote;
import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks a DSQL auth token as Aurora DSQL does (spec §2.2 steps 1-8), in this order: shape, algorithm,
 * signed headers, credential scope (date, region, service), expiry range, host, lifetime, action for
 * the user, access key and session token, signature, and last the expiry of temporary credentials.
 * Every refusal is an {@link AccessDeniedException}; only the lifetime and action checks give the
 * client a hint. A token signed more than a week ago, and one signed by temporary credentials that have
 * expired, get DSQL's {@code IAM authentication failed for user "<user>"} instead (spec §2.5); the
 * credentials' expiry is checked after the signature, so only their holder learns of it.
 *
 * <p>Hints follow the AWS SigV4 wording:
 * <ul>
 * <li>{@code Signature expired: <X-Amz-Date + X-Amz-Expires> is now earlier than <now - 15 min> (<now> - 15 min.)}
 * <li>{@code Signature not yet current: <X-Amz-Date> is still later than <now + 15 min> (<now> + 15 min.)}
 * <li>{@code Wrong user to action mapping. user: <user>, action: <Action>}
 * </ul>
 * Timestamps are {@code yyyyMMdd'T'HHmmss'Z'}. A token is expired as soon as {@code now} passes
 * {@code X-Amz-Date + X-Amz-Expires} (no grace period); it is refused as future-dated when
 * {@code X-Amz-Date} is more than 15 minutes after {@code now}. The expired hint keeps AWS's fixed
 * "(now - 15 min.)" form, which AWS uses because it tolerates 15 minutes of clock skew; since OpenDSQL
 * grants no grace period, during the first 15 minutes after expiry the middle timestamp is later than
 * the expiry it is compared with.
 *
 * <p>The signature is checked over the host as written in the token and, if that differs, over its
 * lower-case form: the AWS Java SDK signs the host as given, botocore and the JavaScript SDK lower-case it.
 * The host check ignores case and any {@code :port}, and strips IPv6 brackets.
 */
public final class TokenVerifier {
    /** Allowed clock difference for future-dated tokens, as in AWS SigV4. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(15);
    /** Longest allowed {@code X-Amz-Expires}: one week. */
    public static final long MAX_EXPIRES_SECONDS = 604_800;

    private final CredentialLookup credentials;

    public TokenVerifier(CredentialLookup credentials) {
        this.credentials = requireNonNull(credentials, "credentials");
    }

    /** A host predicate accepting exactly these names, ignoring case. */
    public static Predicate<String> acceptingHosts(Collection<String> hosts) {
        Set<String> lowered = new LinkedHashSet<>();
        for (String host : hosts) {
            lowered.add(host.toLowerCase(Locale.ROOT));
        }
        return host -> lowered.contains(host.toLowerCase(Locale.ROOT));
    }

    /**
     * Verifies {@code token} for a connection as database {@code user}.
     *
     * @param hostAccepted tells whether a host name (lower-case, without port) names this cluster
     * @param region the cluster's region, which must be the token's signing region
     * @param now the current time
     * @throws AccessDeniedException when the token must be refused
     */
    public VerifiedToken verify(String token, String user, Predicate<String> hostAccepted, String region, Instant now) {
        AuthToken parsed = AuthToken.parse(token);
        checkScope(parsed, region);
        checkHost(parsed, hostAccepted);
        checkLifetime(parsed, user, now);
        ConnectAction action = checkAction(parsed, user);
        SigningCredential credential = findCredential(parsed);
        checkSignature(parsed, credential);
        checkCredentialExpiry(credential, user, now);
        return new VerifiedToken(parsed, action, credential);
    }

    private static void checkScope(AuthToken token, String region) {
        String algorithm = token.parameters().get(TokenParameter.ALGORITHM);
        if (!SigV4.ALGORITHM.equals(algorithm)) {
            throw AccessDeniedException.because("unsupported " + TokenParameter.ALGORITHM + " " + quote(algorithm));
        }
        String signedHeaders = token.parameters().get(TokenParameter.SIGNED_HEADERS);
        if (!SigV4.SIGNED_HEADERS.equals(signedHeaders)) {
            throw AccessDeniedException.because(
                    TokenParameter.SIGNED_HEADERS + " must be 'host', was " + quote(signedHeaders));
        }
        CredentialScope scope = token.credential();
        if (!scope.date().equals(token.amzDate().substring(0, 8))) {
            throw AccessDeniedException.because("credential date " + quote(scope.date())
                    + " differs from " + TokenParameter.DATE + " " + quote(token.amzDate()));
        }
        if (!scope.region().equals(region)) {
            throw AccessDeniedException.because("token signed for region " + quote(scope.region())
                    + ", cluster is in " + quote(region));
        }
        if (!SigV4.SERVICE.equals(scope.service())) {
            throw AccessDeniedException.because("token signed for service " + quote(scope.service()) + ", not 'dsql'");
        }
        if (!SigV4.TERMINATOR.equals(scope.terminator())) {
            throw AccessDeniedException.because("credential scope ends in " + quote(scope.terminator()));
        }
        if (token.expiresSeconds() < 1 || token.expiresSeconds() > MAX_EXPIRES_SECONDS) {
            throw AccessDeniedException.because(TokenParameter.EXPIRES + " " + token.expiresSeconds()
                    + " outside 1.." + MAX_EXPIRES_SECONDS);
        }
    }

    private static void checkHost(AuthToken token, Predicate<String> hostAccepted) {
        String name = hostName(token.host());
        if (!hostAccepted.test(name)) {
            throw AccessDeniedException.because("token signed for host " + quote(token.host()) + ", not this cluster");
        }
    }

    /** The host without port and without IPv6 brackets, lower-case. */
    static String hostName(String host) {
        String name = host;
        if (name.startsWith("[")) {
            name = name.substring(1, name.indexOf(']'));
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static void checkLifetime(AuthToken token, String user, Instant now) {
        if (token.signedAt().isBefore(now.minusSeconds(MAX_EXPIRES_SECONDS))) {
            throw AccessDeniedException.iamAuthenticationFailed(
                    "token signed at " + token.amzDate() + ", more than a week ago", user);
        }
        Instant expiresAt = token.expiresAt();
        if (now.isAfter(expiresAt)) {
            Instant earliest = now.minus(CLOCK_SKEW);
            throw AccessDeniedException.because(
                    "token expired at " + SigV4.formatAmzDate(expiresAt),
                    "Signature expired: " + SigV4.formatAmzDate(expiresAt) + " is now earlier than "
                            + SigV4.formatAmzDate(earliest) + " (" + SigV4.formatAmzDate(now) + " - 15 min.)");
        }
        Instant latest = now.plus(CLOCK_SKEW);
        if (token.signedAt().isAfter(latest)) {
            throw AccessDeniedException.because(
                    "token dated " + token.amzDate() + ", more than 15 minutes ahead",
                    "Signature not yet current: " + token.amzDate() + " is still later than "
                            + SigV4.formatAmzDate(latest) + " (" + SigV4.formatAmzDate(now) + " + 15 min.)");
        }
    }

    private static ConnectAction checkAction(AuthToken token, String user) {
        Optional<ConnectAction> action = ConnectAction.fromTokenValue(token.action());
        if (action.isEmpty()) {
            throw AccessDeniedException.because("unknown token action " + quote(token.action()));
        }
        if (action.get() != ConnectAction.forUser(user)) {
            throw AccessDeniedException.because(
                    "user " + quote(user) + " cannot connect with action " + token.action(),
                    "Wrong user to action mapping. user: " + user + ", action: " + token.action());
        }
        return action.get();
    }

    private SigningCredential findCredential(AuthToken token) {
        Optional<SigningCredential> found = credentials.find(token.accessKeyId());
        if (found.isEmpty()) {
            throw AccessDeniedException.because("unknown access key " + quote(token.accessKeyId()));
        }
        SigningCredential credential = found.get();
        String presented = token.securityToken();
        if (credential.sessionToken() == null) {
            if (presented != null) {
                throw AccessDeniedException.because(
                        "security token presented with long-term access key " + token.accessKeyId());
            }
        } else if (presented == null || !constantTimeEquals(presented, credential.sessionToken())) {
            throw AccessDeniedException.because("missing or wrong security token for access key " + token.accessKeyId());
        }
        return credential;
    }

    private static void checkCredentialExpiry(SigningCredential credential, String user, Instant now) {
        if (credential.expiration() != null && !now.isBefore(credential.expiration())) {
            throw AccessDeniedException.iamAuthenticationFailed("temporary credentials of " + credential.accessKeyId()
                    + " expired at " + credential.expiration(), user);
        }
    }

    private static void checkSignature(AuthToken token, SigningCredential credential) {
        CredentialScope scope = token.credential();
        byte[] key = SigV4.signingKey(credential.secretAccessKey(), scope.date(), scope.region(), scope.service());
        boolean matches = false;
        // The Java SDK signs the host as written; botocore and the JS SDK lower-case it first.
        for (String host : new LinkedHashSet<>(List.of(token.host(), token.host().toLowerCase(Locale.ROOT)))) {
            String canonical = SigV4.canonicalRequest(host, token.parameters());
            String expected = SigV4.signature(key, SigV4.stringToSign(token.amzDate(), scope.scope(), canonical));
            matches |= constantTimeEquals(expected, token.signature());
        }
        if (!matches) {
            throw AccessDeniedException.because("signature mismatch for access key " + token.accessKeyId());
        }
    }

    private static boolean constantTimeEquals(String left, String right) {
        return MessageDigest.isEqual(left.getBytes(StandardCharsets.UTF_8), right.getBytes(StandardCharsets.UTF_8));
    }
}
