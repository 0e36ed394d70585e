package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One operator/key pair of a {@code Condition} block, e.g. {@code "StringEquals": {"aws:ResourceTag/env": ["prod"]}}.
 *
 * @param operator the condition operator
 * @param key the condition key as written (matched case-insensitively)
 * @param values the policy values, OR-ed (NOR-ed for negated operators)
 */
public record PolicyCondition(ConditionOperator operator, String key, List<String> values) {
    public PolicyCondition {
        requireNonNull(operator, "operator");
        requireNonNull(key, "key");
        values = List.copyOf(values);
    }
}
