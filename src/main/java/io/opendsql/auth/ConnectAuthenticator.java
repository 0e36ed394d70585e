package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;

/**
 * Authenticates a connection: verifies the token ({@link TokenVerifier}), finds the principal that owns
 * the signing key, and checks its policies allow {@code dsql:DbConnect} or {@code dsql:DbConnectAdmin}
 * on the cluster ARN. Mapping the principal to a database role ({@code AWS IAM GRANT}) is left to the
 * caller.
 *
 * <p>Condition keys offered to policies: {@code aws:PrincipalArn}, {@code aws:PrincipalAccount},
 * {@code aws:PrincipalType} ({@code User} or {@code AssumedRole}), {@code aws:username} (users),
 * {@code aws:RequestedRegion}, {@code aws:ResourceAccount}, {@code aws:SecureTransport} ({@code true}),
 * {@code aws:CurrentTime}, {@code aws:ResourceTag/<key>} and {@code aws:PrincipalTag/<key>}.
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
        VerifiedToken verified = verifier.verify(request.token(), request.user(),
                TokenVerifier.acceptingHosts(request.acceptedHosts()), request.region(), request.now());
        AccessKey key = store.accessKey(verified.accessKeyId())
                .orElseThrow(() -> AccessDeniedException.because("access key " + verified.accessKeyId() + " was deleted"));
        Principal principal = store.principal(key.principalArn())
                .orElseThrow(() -> AccessDeniedException.because("access key " + verified.accessKeyId()
                        + " belongs to missing principal " + key.principalArn()));
        String action = verified.action().iamAction();
        PolicyDecision decision = PolicyEvaluator.evaluate(principal.policies().values(), action, request.clusterArn(),
                context(request, principal));
        if (!decision.allowed()) {
            throw AccessDeniedException.because(principal.arn() + " is not allowed " + action + " on "
                    + request.clusterArn() + " (" + (decision == PolicyDecision.EXPLICIT_DENY
                    ? "explicit deny" : "no statement allows it") + ")");
        }
        return new AuthenticatedPrincipal(principal.arn(), principal.type(), key.accessKeyId(), verified.action());
    }

    private Map<String, String> context(ConnectRequest request, Principal principal) {
        Map<String, String> context = new HashMap<>();
        context.put("aws:PrincipalArn", principal.arn());
        context.put("aws:PrincipalAccount", store.accountId());
        context.put("aws:PrincipalType", principal.type() == PrincipalType.USER ? "User" : "AssumedRole");
        if (principal.type() == PrincipalType.USER) {
            context.put("aws:username", principal.name());
        }
        context.put("aws:RequestedRegion", request.region());
        String[] arnParts = request.clusterArn().split(":", 6);
        if (arnParts.length == 6) {
            context.put("aws:ResourceAccount", arnParts[4]);
        }
        context.put("aws:SecureTransport", "true");
        context.put("aws:CurrentTime", request.now().toString());
        request.clusterTags().forEach((key, value) -> context.put("aws:ResourceTag/" + key, value));
        principal.tags().forEach((key, value) -> context.put("aws:PrincipalTag/" + key, value));
        return context;
    }
}
