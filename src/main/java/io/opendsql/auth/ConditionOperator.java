package io.opendsql.auth;

import java.util.Optional;

/**
 * The supported IAM condition operators. Negated operators are true when the key is missing and
 * when no listed value matches (AWS "NOR" semantics); the others need a present key and any match.
 */
public enum ConditionOperator {
    STRING_EQUALS("StringEquals", false, false),
    STRING_NOT_EQUALS("StringNotEquals", true, false),
    STRING_LIKE("StringLike", false, true),
    STRING_NOT_LIKE("StringNotLike", true, true);

    private final String jsonName;
    private final boolean negated;
    private final boolean wildcard;

    ConditionOperator(String jsonName, boolean negated, boolean wildcard) {
        this.jsonName = jsonName;
        this.negated = negated;
        this.wildcard = wildcard;
    }

    /** The name used in policy JSON. */
    public String jsonName() {
        return jsonName;
    }

    /** The operator with this exact JSON name. */
    public static Optional<ConditionOperator> fromJsonName(String name) {
        for (ConditionOperator operator : values()) {
            if (operator.jsonName.equals(name)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }

    /** Whether the request value {@code actual} (null when the key is missing) satisfies the policy values. */
    public boolean test(String actual, Iterable<String> expected) {
        if (actual == null) {
            return negated;
        }
        boolean anyMatch = false;
        for (String value : expected) {
            anyMatch |= wildcard ? Wildcard.matches(value, actual, false) : value.equals(actual);
        }
        return negated != anyMatch;
    }
}
