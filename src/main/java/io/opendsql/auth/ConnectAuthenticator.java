package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Authenticates a connection: verifies the token ({@link TokenVerifier}), finds the identity that owns
 * the signing key (a user, or a session of a role for temporary credentials), and checks the user's or
 * role's policies allow {@code dsql:DbConnect} or {@code dsql:DbConnectAdmin} on the cluster ARN. Mapping
 * the principal to a database role ({@code AWS IAM GRANT}) is left to the caller.
 *
 * <p>Every refusal is an {@link AccessDeniedException}; when the token names an access key the store
 * knows, the refusal also names that key and its identity ({@link AccessDeniedException#claimedBy}), for
 * the audit log.
 *
 * <p>Condition keys offered to policies: those of {@link IamIdentity#conditionValues()}
 * ({@code aws:PrincipalArn}, {@code aws:PrincipalTag/<key>}, ...), {@code aws:RequestedRegion},
 * {@code aws:ResourceAccount}, {@code aws:SecureTransport} ({@code true}), {@code aws:CurrentTime} and
 * {@code aws:ResourceTag/<key>} (the cluster's tags).
 */
public final class ConnectAuthenticator {
    private final IamStore store;
    private final TokenVerifier verifier;

    public ConnectAuthenticator(IamStore store) {
        this.store = requireNonNull(store, "store");
        this.verifier = new TokenVerifier(store);
    }

    /**
     * Accepts or refuses a connection attempt.
     *
     * @throws AccessDeniedException with the audit reason and, for expired, future-dated or wrong-action
     *     tokens, the client hint; {@link AccessDeniedException#toClientError()} is what the client gets
     */
    public AuthenticatedPrincipal authenticate(ConnectRequest request) {
        VerifiedToken verified;
        try {
            verified = verifier.verify(request.token(), request.user(),
                    TokenVerifier.acceptingHosts(request.acceptedHosts()), request.region(), request.now());
        } catch (AccessDeniedException e) {
            throw withClaimedIdentity(e, request.token());
        }
        IamIdentity identity = store.identity(verified.accessKeyId()).orElseThrow(() -> AccessDeniedException.because(
                "access key " + verified.accessKeyId() + " or its principal was deleted"));
        String action = verified.action().iamAction();
        PolicyDecision decision = PolicyEvaluator.evaluate(identity.principal().policies().values(), action,
                request.clusterArn(), context(request, identity));
        if (!decision.allowed()) {
            throw AccessDeniedException.because(identity.arn() + " is not allowed " + action + " on "
                    + request.clusterArn() + " (" + (decision == PolicyDecision.EXPLICIT_DENY
                    ? "explicit deny" : "no statement allows it") + ")")
                    .claimedBy(identity.accessKey().accessKeyId(), identity.arn());
        }
        return new AuthenticatedPrincipal(identity.principalArn(), identity.principal().type(), identity.arn(),
                identity.accessKey().accessKeyId(), verified.action());
    }

    private AccessDeniedException withClaimedIdentity(AccessDeniedException refusal, String token) {
        Optional<IamIdentity> claimed;
        try {
            claimed = store.identity(AuthToken.parse(token).accessKeyId());
        } catch (AccessDeniedException unparsable) {
            return refusal;
        }
        return claimed.map(identity -> refusal.claimedBy(identity.accessKey().accessKeyId(), identity.arn()))
                .orElse(refusal);
    }

    private Map<String, String> context(ConnectRequest request, IamIdentity identity) {
        Map<String, String> context = new HashMap<>(identity.conditionValues());
        context.put("aws:RequestedRegion", request.region());
        String[] arnParts = request.clusterArn().split(":", 6);
        if (arnParts.length == 6) {
            context.put("aws:ResourceAccount", arnParts[4]);
        }
        context.put("aws:SecureTransport", "true");
        context.put("aws:CurrentTime", request.now().toString());
        request.clusterTags().forEach((key, value) -> context.put("aws:ResourceTag/" + key, value));
        return context;
    }
}
