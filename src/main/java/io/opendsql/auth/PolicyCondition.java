package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One operator/key pair of a {@code Condition} block, e.g. {@code "StringEquals": {"aws:ResourceTag/env": ["prod"]}}.
 *
 * @param operator the condition operator
 * @param key the condition key as written (matched case-insensitively)
 * @param values the policy values, OR-ed (NOR-ed for negated operators)
 * @param ifExists written as {@code <operator>IfExists}: true when the key is missing
 */
public record PolicyCondition(ConditionOperator operator, String key, List<String> values, boolean ifExists) {
    public PolicyCondition {
        requireNonNull(operator, "operator");
        requireNonNull(key, "key");
        values = List.copyOf(values);
        if (ifExists && !operator.allowsIfExists()) {
            throw new IllegalArgumentException(operator.jsonName() + " has no IfExists form");
        }
    }

    /** Whether the request value {@code actual} (null when the key is missing) satisfies this condition. */
    public boolean test(String actual) {
        return actual == null && ifExists || operator.test(actual, values);
    }
}
