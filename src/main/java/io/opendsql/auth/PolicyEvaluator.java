package io.opendsql.auth;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates identity policies the AWS way: a matching Deny wins, else a matching Allow allows, else
 * the request is implicitly denied. Actions match case-insensitively, resources case-sensitively,
 * both with {@code *} and {@code ?} wildcards. Condition keys match case-insensitively; the operators
 * and keys of one statement are AND-ed.
 */
public final class PolicyEvaluator {
    private PolicyEvaluator() {
    }

    /**
     * Decides whether {@code action} on {@code resource} is allowed.
     *
     * @param policies every policy attached to the principal
     * @param action e.g. {@code dsql:DbConnect}
     * @param resource e.g. {@code arn:aws:dsql:us-east-1:123456789012:cluster/abc}
     * @param context request context values by condition key, e.g. {@code aws:ResourceTag/Environment}
     */
    public static PolicyDecision evaluate(Collection<PolicyDocument> policies, String action, String resource,
                                          Map<String, String> context) {
        Map<String, String> lowered = new HashMap<>();
        context.forEach((key, value) -> lowered.put(key.toLowerCase(Locale.ROOT), value));
        boolean allowed = false;
        for (PolicyDocument policy : policies) {
            for (PolicyStatement statement : policy.statements()) {
                if (applies(statement, action, resource, lowered)) {
                    if (statement.effect() == Effect.DENY) {
                        return PolicyDecision.EXPLICIT_DENY;
                    }
                    allowed = true;
                }
            }
        }
        return allowed ? PolicyDecision.ALLOW : PolicyDecision.IMPLICIT_DENY;
    }

    private static boolean applies(PolicyStatement statement, String action, String resource,
                                   Map<String, String> context) {
        boolean actionListed = statement.actions().stream().anyMatch(pattern -> Wildcard.matches(pattern, action, true));
        if (actionListed == statement.notAction()) {
            return false;
        }
        boolean resourceListed =
                statement.resources().stream().anyMatch(pattern -> Wildcard.matches(pattern, resource, false));
        if (resourceListed == statement.notResource()) {
            return false;
        }
        for (PolicyCondition condition : statement.conditions()) {
            String actual = context.get(condition.key().toLowerCase(Locale.ROOT));
            if (!condition.test(actual)) {
                return false;
            }
        }
        return true;
    }
}
