package io.opendsql.control;

import io.opendsql.auth.IamIdentity;
import io.opendsql.auth.PolicyDecision;
import io.opendsql.auth.PolicyEvaluator;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Decides whether a caller may perform a {@code dsql:} action on a resource, with the identity policies of
 * the caller's user or role. Condition keys offered: those of {@link IamIdentity#conditionValues()}
 * ({@code aws:PrincipalArn}, {@code aws:PrincipalType}, {@code aws:PrincipalTag/<k>}...), {@code aws:RequestedRegion},
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

    /** Throws AccessDeniedException unless {@code caller} may perform {@code action} on {@code resource}. */
    void require(IamIdentity caller, String action, String resource, Context extra) {
        PolicyDecision decision = PolicyEvaluator.evaluate(caller.principal().policies().values(), action, resource,
                context(caller, extra));
        if (!decision.allowed()) {
            throw ApiException.of(ApiErrorType.ACCESS_DENIED, "User: " + caller.arn()
                    + " is not authorized to perform: " + action + " on resource: " + resource + " because "
                    + (decision == PolicyDecision.EXPLICIT_DENY ? "an explicit deny in an identity-based policy"
                    : "no identity-based policy allows the " + action + " action"));
        }
    }

    /** The ARN pattern AWS authorizes CreateCluster and ListClusters against. */
    String anyCluster() {
        return "arn:aws:dsql:" + region + ":" + accountId + ":cluster/*";
    }

    private Map<String, String> context(IamIdentity caller, Context extra) {
        Map<String, String> context = new HashMap<>(caller.conditionValues());
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
