package io.opendsql.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * The supported IAM condition operators. Negated operators are true when the key is missing and
 * when no listed value matches (AWS "NOR" semantics); the others need a present key and any match.
 * Every operator but {@code Null} also comes as {@code <operator>IfExists}, which is true when the key
 * is missing ({@link PolicyCondition#ifExists()}).
 *
 * <ul>
 * <li>{@code StringEquals}, {@code StringNotEquals}: exact, case-sensitive;
 * <li>{@code StringEqualsIgnoreCase}, {@code StringNotEqualsIgnoreCase};
 * <li>{@code StringLike}, {@code StringNotLike}: case-sensitive with {@code *} and {@code ?};
 * <li>{@code ArnEquals}, {@code ArnLike}, {@code ArnNotEquals}, {@code ArnNotLike}: each of the six
 *     colon-separated ARN parts matched separately, with wildcards (the Equals forms too, as in AWS);
 * <li>{@code Bool}: {@code true}/{@code false}, ignoring case;
 * <li>{@code Null}: {@code true} matches a missing key, {@code false} a present one.
 * </ul>
 */
public enum ConditionOperator {
    STRING_EQUALS("StringEquals", false, Comparison.EXACT),
    STRING_NOT_EQUALS("StringNotEquals", true, Comparison.EXACT),
    STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", false, Comparison.IGNORE_CASE),
    STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", true, Comparison.IGNORE_CASE),
    STRING_LIKE("StringLike", false, Comparison.WILDCARD),
    STRING_NOT_LIKE("StringNotLike", true, Comparison.WILDCARD),
    ARN_EQUALS("ArnEquals", false, Comparison.ARN),
    ARN_LIKE("ArnLike", false, Comparison.ARN),
    ARN_NOT_EQUALS("ArnNotEquals", true, Comparison.ARN),
    ARN_NOT_LIKE("ArnNotLike", true, Comparison.ARN),
    BOOL("Bool", false, Comparison.BOOLEAN),
    NULL("Null", false, Comparison.PRESENCE);

    /** The suffix that makes an operator true for a missing key. */
    public static final String IF_EXISTS = "IfExists";

    /** How one request value is compared with one policy value. */
    private enum Comparison { EXACT, IGNORE_CASE, WILDCARD, ARN, BOOLEAN, PRESENCE }

    private static final int ARN_PARTS = 6;

    private final String jsonName;
    private final boolean negated;
    private final Comparison comparison;

    ConditionOperator(String jsonName, boolean negated, Comparison comparison) {
        this.jsonName = jsonName;
        this.negated = negated;
        this.comparison = comparison;
    }

    /** The name used in policy JSON (without {@value #IF_EXISTS}). */
    public String jsonName() {
        return jsonName;
    }

    /** Whether {@value #IF_EXISTS} may follow the name. */
    public boolean allowsIfExists() {
        return comparison != Comparison.PRESENCE;
    }

    /** The operator with this exact JSON name (without {@value #IF_EXISTS}). */
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
        if (comparison == Comparison.PRESENCE) {
            for (String value : expected) {
                if (value.equalsIgnoreCase("true") == (actual == null)) {
                    return true;
                }
            }
            return false;
        }
        if (actual == null) {
            return negated;
        }
        boolean anyMatch = false;
        for (String value : expected) {
            anyMatch |= matches(value, actual);
        }
        return negated != anyMatch;
    }

    private boolean matches(String policyValue, String actual) {
        return switch (comparison) {
            case EXACT -> policyValue.equals(actual);
            case IGNORE_CASE -> policyValue.toLowerCase(Locale.ROOT).equals(actual.toLowerCase(Locale.ROOT));
            case WILDCARD -> Wildcard.matches(policyValue, actual, false);
            case ARN -> arnMatches(policyValue, actual);
            case BOOLEAN -> policyValue.equalsIgnoreCase(actual);
            case PRESENCE -> throw new IllegalStateException("Null is decided by presence");
        };
    }

    private static boolean arnMatches(String pattern, String arn) {
        String[] patternParts = pattern.split(":", ARN_PARTS);
        String[] arnParts = arn.split(":", ARN_PARTS);
        if (patternParts.length != ARN_PARTS || arnParts.length != ARN_PARTS) {
            return false;
        }
        for (int i = 0; i < ARN_PARTS; i++) {
            if (!Wildcard.matches(patternParts[i], arnParts[i], false)) {
                return false;
            }
        }
        return true;
    }
}
