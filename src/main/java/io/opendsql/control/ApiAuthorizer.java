package io.opendsql.control;

import io.opendsql.auth.PolicyDecision;
import io.opendsql.auth.PolicyEvaluator;
import io.opendsql.auth.Principal;
import io.opendsql.auth.PrincipalType;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Decides whether a caller may perform a {@code dsql:} action on a resource, with the caller's identity
 * policies. Condition keys offered: {@code aws:PrincipalArn}, {@code aws:PrincipalAccount},
 * {@code aws:PrincipalType}, {@code aws:username}, {@code aws:PrincipalTag/<k>}, {@code aws:RequestedRegion},
 * {@code aws:ResourceAccount}, {@code aws:SecureTransport}, {@code aws:CurrentTime},
 * {@code aws:ResourceTag/<k>} (the cluster's tags), {@code aws:RequestTag/<k>} (tags the request sets) and
 * {@code dsql:WitnessRegion}. The multi-valued {@code aws:TagKeys} is not offered: the policy evaluator
 * has no set operators ({@code ForAllValues}/{@code ForAnyValue}).
 */
final class ApiAuthorizer {
    private final String region;
    private final String accountId;
    private final Clock clock;

    ApiAuthorizer(String region, String accountId, Clock clock) {
        this.region = region;
        this.accountId = accountId;
        this.clock = clock;
    }

    /** A request's extra condition values. */
    record Context(Map<String, String> resourceTags, Map<String, String> requestTags, String witnessRegion) {
        static final Context EMPTY = new Context(Map.of(), Map.of(), null);

        static Context resource(Map<String, String> resourceTags) {
            return new Context(resourceTags, Map.of(), null);
        }
    }

    /** Throws AccessDeniedException unless {@code principal} may perform {@code action} on {@code resource}. */
    void require(Principal principal, String action, String resource, Context extra) {
        PolicyDecision decision = PolicyEvaluator.evaluate(principal.policies().values(), action, resource,
                context(principal, extra));
        if (!decision.allowed()) {
            throw ApiException.of(ApiErrorType.ACCESS_DENIED, "User: " + principal.arn()
                    + " is not authorized to perform: " + action + " on resource: " + resource + " because "
                    + (decision == PolicyDecision.EXPLICIT_DENY ? "an explicit deny in an identity-based policy"
                    : "no identity-based policy allows the " + action + " action"));
        }
    }

    /** The ARN pattern AWS authorizes CreateCluster and ListClusters against. */
    String anyCluster() {
        return "arn:aws:dsql:" + region + ":" + accountId + ":cluster/*";
    }

    private Map<String, String> context(Principal principal, Context extra) {
        Map<String, String> context = new HashMap<>();
        context.put("aws:PrincipalArn", principal.arn());
        context.put("aws:PrincipalAccount", accountId);
        context.put("aws:PrincipalType", principal.type() == PrincipalType.USER ? "User" : "AssumedRole");
        if (principal.type() == PrincipalType.USER) {
            context.put("aws:username", principal.name());
        }
        principal.tags().forEach((key, value) -> context.put("aws:PrincipalTag/" + key, value));
        context.put("aws:RequestedRegion", region);
        context.put("aws:ResourceAccount", accountId);
        context.put("aws:SecureTransport", "true");
        context.put("aws:CurrentTime", clock.instant().toString());
        extra.resourceTags().forEach((key, value) -> context.put("aws:ResourceTag/" + key, value));
        extra.requestTags().forEach((key, value) -> context.put("aws:RequestTag/" + key, value));
        if (extra.witnessRegion() != null) {
            context.put("dsql:WitnessRegion", extra.witnessRegion());
        }
        return context;
    }
}
