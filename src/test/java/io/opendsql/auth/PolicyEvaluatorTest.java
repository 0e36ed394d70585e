package io.opendsql.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {
    private static final String CLUSTER = "arn:aws:dsql:us-east-1:123456789012:cluster/";
    private static final String DEV = CLUSTER + "devcluster";
    private static final String PROD = CLUSTER + "prodcluster";

    private static PolicyDocument policy(String statements) {
        return PolicyDocument.parse("{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}");
    }

    private static PolicyDecision decide(List<PolicyDocument> policies, String action, String resource,
                                         Map<String, String> context) {
        return PolicyEvaluator.evaluate(policies, action, resource, context);
    }

    @Test
    void nothingAttachedIsAnImplicitDeny() {
        assertThat(decide(List.of(), "dsql:DbConnect", DEV, Map.of())).isEqualTo(PolicyDecision.IMPLICIT_DENY);
        assertThat(PolicyDecision.IMPLICIT_DENY.allowed()).isFalse();
    }

    @Test
    void allowMatchesAndOtherActionsStayDenied() {
        List<PolicyDocument> policies = List.of(policy(
                "{\"Effect\":\"Allow\",\"Action\":\"dsql:DbConnect\",\"Resource\":\"" + DEV + "\"}"));
        assertThat(decide(policies, "dsql:DbConnect", DEV, Map.of())).isEqualTo(PolicyDecision.ALLOW);
        assertThat(decide(policies, "dsql:DbConnectAdmin", DEV, Map.of())).isEqualTo(PolicyDecision.IMPLICIT_DENY);
        assertThat(decide(policies, "dsql:DbConnect", PROD, Map.of())).isEqualTo(PolicyDecision.IMPLICIT_DENY);
    }

    @Test
    void explicitDenyOverridesAllowAcrossPolicies() {
        PolicyDocument allowAll = policy("{\"Effect\":\"Allow\",\"Action\":\"dsql:*\",\"Resource\":\"*\"}");
        PolicyDocument denyProd = policy("{\"Effect\":\"Deny\",\"Action\":\"dsql:DbConnect*\",\"Resource\":\"" + PROD + "\"}");
        assertThat(decide(List.of(allowAll, denyProd), "dsql:DbConnectAdmin", PROD, Map.of()))
                .isEqualTo(PolicyDecision.EXPLICIT_DENY);
        assertThat(decide(List.of(denyProd, allowAll), "dsql:DbConnectAdmin", PROD, Map.of()))
                .isEqualTo(PolicyDecision.EXPLICIT_DENY);
        assertThat(decide(List.of(allowAll, denyProd), "dsql:DbConnectAdmin", DEV, Map.of()))
                .isEqualTo(PolicyDecision.ALLOW);
    }

    @Test
    void actionsMatchCaseInsensitivelyWithWildcards() {
        List<PolicyDocument> policies = List.of(policy(
                "{\"Effect\":\"Allow\",\"Action\":[\"DSQL:dbconnect?dmin\",\"dsql:Get*\"],\"Resource\":\"*\"}"));
        assertThat(decide(policies, "dsql:DbConnectAdmin", DEV, Map.of())).isEqualTo(PolicyDecision.ALLOW);
        assertThat(decide(policies, "dsql:GetCluster", DEV, Map.of())).isEqualTo(PolicyDecision.ALLOW);
        assertThat(decide(policies, "dsql:DbConnect", DEV, Map.of())).isEqualTo(PolicyDecision.IMPLICIT_DENY);
        assertThat(decide(policies, "rds:GetCluster", DEV, Map.of())).isEqualTo(PolicyDecision.IMPLICIT_DENY);
    }

    @Test
    void resourcesMatchCaseSensitivelyWithWildcards() {
        List<PolicyDocument> policies = List.of(policy(
                "{\"Effect\":\"Allow\",\"Action\":\"dsql:DbConnect\",\"Resource\":\"" + CLUSTER + "dev*\"}"));
        assertThat(decide(policies, "dsql:DbConnect", DEV, Map.of())).isEqualTo(PolicyDecision.ALLOW);
        assertThat(decide(policies, "dsql:DbConnect", CLUSTER + "DEVCLUSTER", Map.of()))
                .isEqualTo(PolicyDecision.IMPLICIT_DENY);
        List<PolicyDocument> single = List.of(policy(
                "{\"Effect\":\"Allow\",\"Action\":\"dsql:DbConnect\",\"Resource\":\"" + CLUSTER + "devcluste?\"}"));
        assertThat(decide(single, "dsql:DbConnect", DEV, Map.of())).isEqualTo(PolicyDecision.ALLOW);
        assertThat(decide(single, "dsql:DbConnect", DEV + "s", Map.of())).isEqualTo(PolicyDecision.IMPLICIT_DENY);
    }

    @Test
    void notActionAndNotResourceInvertTheMatch() {
        List<PolicyDocument> policies = List.of(policy(
                "{\"Effect\":\"Allow\",\"NotAction\":\"dsql:DbConnectAdmin\",\"NotResource\":\"" + PROD + "\"}"));
        assertThat(decide(policies, "dsql:DbConnect", DEV, Map.of())).isEqualTo(PolicyDecision.ALLOW);
        assertThat(decide(policies, "dsql:DbConnectAdmin", DEV, Map.of())).isEqualTo(PolicyDecision.IMPLICIT_DENY);
        assertThat(decide(policies, "dsql:DbConnect", PROD, Map.of())).isEqualTo(PolicyDecision.IMPLICIT_DENY);
    }

    @Test
    void tagConditionAllowsOneClusterAndRefusesAnother() {
        List<PolicyDocument> policies = List.of(policy("""
                {"Effect":"Allow","Action":"dsql:DbConnect","Resource":"*",
                 "Condition":{"StringEquals":{"aws:ResourceTag/Environment":"dev"}}}"""));
        assertThat(decide(policies, "dsql:DbConnect", DEV, Map.of("aws:ResourceTag/Environment", "dev")))
                .isEqualTo(PolicyDecision.ALLOW);
        assertThat(decide(policies, "dsql:DbConnect", PROD, Map.of("aws:ResourceTag/Environment", "prod")))
                .isEqualTo(PolicyDecision.IMPLICIT_DENY);
        assertThat(decide(policies, "dsql:DbConnect", PROD, Map.of())).isEqualTo(PolicyDecision.IMPLICIT_DENY);
        // condition keys are case-insensitive, values are not
        assertThat(decide(policies, "dsql:DbConnect", DEV, Map.of("AWS:RESOURCETAG/environment", "dev")))
                .isEqualTo(PolicyDecision.ALLOW);
        assertThat(decide(policies, "dsql:DbConnect", DEV, Map.of("aws:ResourceTag/Environment", "Dev")))
                .isEqualTo(PolicyDecision.IMPLICIT_DENY);
    }

    @Test
    void multipleValuesAreOredAndMultipleKeysAnded() {
        List<PolicyDocument> policies = List.of(policy("""
                {"Effect":"Allow","Action":"dsql:DbConnect","Resource":"*",
                 "Condition":{"StringEquals":{"aws:ResourceTag/env":["dev","test"],"aws:PrincipalTag/team":"data"},
                              "StringLike":{"aws:PrincipalArn":"arn:aws:iam::*:user/a*"}}}"""));
        Map<String, String> matching = Map.of("aws:ResourceTag/env", "test", "aws:PrincipalTag/team", "data",
                "aws:PrincipalArn", "arn:aws:iam::123456789012:user/alice");
        assertThat(decide(policies, "dsql:DbConnect", DEV, matching)).isEqualTo(PolicyDecision.ALLOW);
        Map<String, String> wrongTeam = Map.of("aws:ResourceTag/env", "dev", "aws:PrincipalTag/team", "web",
                "aws:PrincipalArn", "arn:aws:iam::123456789012:user/alice");
        assertThat(decide(policies, "dsql:DbConnect", DEV, wrongTeam)).isEqualTo(PolicyDecision.IMPLICIT_DENY);
        Map<String, String> wrongArn = Map.of("aws:ResourceTag/env", "dev", "aws:PrincipalTag/team", "data",
                "aws:PrincipalArn", "arn:aws:iam::123456789012:user/bob");
        assertThat(decide(policies, "dsql:DbConnect", DEV, wrongArn)).isEqualTo(PolicyDecision.IMPLICIT_DENY);
    }

    @Test
    void negatedOperatorsAreNorAndTrueForMissingKeys() {
        List<PolicyDocument> policies = List.of(
                policy("{\"Effect\":\"Allow\",\"Action\":\"dsql:*\",\"Resource\":\"*\"}"),
                policy("""
                        {"Effect":"Deny","Action":"dsql:DbConnect","Resource":"*",
                         "Condition":{"StringNotEquals":{"aws:ResourceTag/env":["dev","test"]}}}"""));
        assertThat(decide(policies, "dsql:DbConnect", DEV, Map.of("aws:ResourceTag/env", "dev")))
                .isEqualTo(PolicyDecision.ALLOW);
        assertThat(decide(policies, "dsql:DbConnect", PROD, Map.of("aws:ResourceTag/env", "prod")))
                .isEqualTo(PolicyDecision.EXPLICIT_DENY);
        assertThat(decide(policies, "dsql:DbConnect", PROD, Map.of())).isEqualTo(PolicyDecision.EXPLICIT_DENY);
        List<PolicyDocument> notLike = List.of(policy("""
                {"Effect":"Allow","Action":"dsql:*","Resource":"*",
                 "Condition":{"StringNotLike":{"aws:PrincipalTag/team":"ops*"}}}"""));
        assertThat(decide(notLike, "dsql:DbConnect", DEV, Map.of("aws:PrincipalTag/team", "opsx")))
                .isEqualTo(PolicyDecision.IMPLICIT_DENY);
        assertThat(decide(notLike, "dsql:DbConnect", DEV, Map.of("aws:PrincipalTag/team", "data")))
                .isEqualTo(PolicyDecision.ALLOW);
    }

    @Test
    void seedProductionTagConditionAllowsTheProductionClusterOnly() {
        // the condition the DSQL guides' seed policy uses
        List<PolicyDocument> policies = List.of(policy("""
                {"Effect":"Allow","Action":["dsql:DbConnect","dsql:DbConnectAdmin"],
                 "Resource":"arn:aws:dsql:us-east-1:123456789012:cluster/*",
                 "Condition":{"StringEquals":{"aws:ResourceTag/Environment":"production"}}}"""));
        assertThat(decide(policies, "dsql:DbConnectAdmin", PROD, Map.of("aws:ResourceTag/Environment", "production")))
                .isEqualTo(PolicyDecision.ALLOW);
        assertThat(decide(policies, "dsql:DbConnectAdmin", DEV, Map.of("aws:ResourceTag/Environment", "staging")))
                .isEqualTo(PolicyDecision.IMPLICIT_DENY);
        assertThat(decide(policies, "dsql:DbConnectAdmin", DEV, Map.of())).isEqualTo(PolicyDecision.IMPLICIT_DENY);
        assertThat(decide(policies, "dsql:DbConnect", "arn:aws:dsql:eu-west-1:123456789012:cluster/prodcluster",
                Map.of("aws:ResourceTag/Environment", "production"))).isEqualTo(PolicyDecision.IMPLICIT_DENY);
    }

    @Test
    void ignoreCaseOperatorsCompareValuesWithoutCase() {
        List<PolicyDocument> policies = List.of(policy("""
                {"Effect":"Allow","Action":"dsql:DbConnect","Resource":"*",
                 "Condition":{"StringEqualsIgnoreCase":{"aws:ResourceTag/env":"Prod"},
                              "StringNotEqualsIgnoreCase":{"aws:PrincipalTag/team":"OPS"}}}"""));
        assertThat(decide(policies, "dsql:DbConnect", PROD, Map.of("aws:ResourceTag/env", "PROD",
                "aws:PrincipalTag/team", "data"))).isEqualTo(PolicyDecision.ALLOW);
        assertThat(decide(policies, "dsql:DbConnect", PROD, Map.of("aws:ResourceTag/env", "prod",
                "aws:PrincipalTag/team", "ops"))).isEqualTo(PolicyDecision.IMPLICIT_DENY);
    }

    @Test
    void arnOperatorsMatchEachPartWithWildcards() {
        List<PolicyDocument> policies = List.of(policy("""
                {"Effect":"Allow","Action":"dsql:DbConnect","Resource":"*",
                 "Condition":{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/app-*"}}}"""));
        assertThat(decide(policies, "dsql:DbConnect", DEV,
                Map.of("aws:PrincipalArn", "arn:aws:iam::123456789012:role/app-web"))).isEqualTo(PolicyDecision.ALLOW);
        assertThat(decide(policies, "dsql:DbConnect", DEV,
                Map.of("aws:PrincipalArn", "arn:aws:iam::123456789012:user/app-web")))
                .isEqualTo(PolicyDecision.IMPLICIT_DENY);
        // a wildcard stays inside its part: '*' in the account cannot swallow the colons
        assertThat(decide(policies, "dsql:DbConnect", DEV,
                Map.of("aws:PrincipalArn", "arn:aws:iam::1:2:role/app-web"))).isEqualTo(PolicyDecision.IMPLICIT_DENY);
        assertThat(decide(policies, "dsql:DbConnect", DEV, Map.of("aws:PrincipalArn", "not-an-arn")))
                .isEqualTo(PolicyDecision.IMPLICIT_DENY);
        List<PolicyDocument> notEquals = List.of(policy("""
                {"Effect":"Deny","Action":"dsql:*","Resource":"*",
                 "Condition":{"ArnNotEquals":{"aws:PrincipalArn":"arn:aws:iam::123456789012:user/admin"}}}"""));
        assertThat(decide(notEquals, "dsql:DbConnect", DEV,
                Map.of("aws:PrincipalArn", "arn:aws:iam::123456789012:user/eve"))).isEqualTo(PolicyDecision.EXPLICIT_DENY);
    }

    @Test
    void boolAndNullOperators() {
        List<PolicyDocument> secure = List.of(policy("""
                {"Effect":"Allow","Action":"dsql:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"TRUE"}}}"""));
        assertThat(decide(secure, "dsql:DbConnect", DEV, Map.of("aws:SecureTransport", "true")))
                .isEqualTo(PolicyDecision.ALLOW);
        assertThat(decide(secure, "dsql:DbConnect", DEV, Map.of("aws:SecureTransport", "false")))
                .isEqualTo(PolicyDecision.IMPLICIT_DENY);
        List<PolicyDocument> untagged = List.of(policy("""
                {"Effect":"Allow","Action":"dsql:*","Resource":"*","Condition":{"Null":{"aws:ResourceTag/env":"true"}}}"""));
        assertThat(decide(untagged, "dsql:DbConnect", DEV, Map.of())).isEqualTo(PolicyDecision.ALLOW);
        assertThat(decide(untagged, "dsql:DbConnect", DEV, Map.of("aws:ResourceTag/env", "dev")))
                .isEqualTo(PolicyDecision.IMPLICIT_DENY);
        List<PolicyDocument> tagged = List.of(policy("""
                {"Effect":"Allow","Action":"dsql:*","Resource":"*","Condition":{"Null":{"aws:ResourceTag/env":"false"}}}"""));
        assertThat(decide(tagged, "dsql:DbConnect", DEV, Map.of("aws:ResourceTag/env", "dev")))
                .isEqualTo(PolicyDecision.ALLOW);
    }

    @Test
    void ifExistsMatchesMissingKeysButStillChecksPresentOnes() {
        List<PolicyDocument> policies = List.of(policy("""
                {"Effect":"Allow","Action":"dsql:DbConnect","Resource":"*",
                 "Condition":{"StringEqualsIfExists":{"aws:ResourceTag/env":"dev"}}}"""));
        assertThat(decide(policies, "dsql:DbConnect", DEV, Map.of())).isEqualTo(PolicyDecision.ALLOW);
        assertThat(decide(policies, "dsql:DbConnect", DEV, Map.of("aws:ResourceTag/env", "dev")))
                .isEqualTo(PolicyDecision.ALLOW);
        assertThat(decide(policies, "dsql:DbConnect", PROD, Map.of("aws:ResourceTag/env", "prod")))
                .isEqualTo(PolicyDecision.IMPLICIT_DENY);
        // without IfExists a missing key fails a positive operator
        List<PolicyDocument> strict = List.of(policy("""
                {"Effect":"Allow","Action":"dsql:DbConnect","Resource":"*",
                 "Condition":{"StringEquals":{"aws:ResourceTag/env":"dev"}}}"""));
        assertThat(decide(strict, "dsql:DbConnect", DEV, Map.of())).isEqualTo(PolicyDecision.IMPLICIT_DENY);
    }

    @Test
    void wildcardMatcherHandlesBacktracking() {
        assertThat(Wildcard.matches("a*b*c", "axxbyyc", false)).isTrue();
        assertThat(Wildcard.matches("a*b*c", "axxbyy", false)).isFalse();
        assertThat(Wildcard.matches("*", "", false)).isTrue();
        assertThat(Wildcard.matches("?", "", false)).isFalse();
        assertThat(Wildcard.matches("a**?", "ab", false)).isTrue();
        assertThat(Wildcard.matches("*a*a*a*a*b", "a".repeat(200), false)).isFalse();
    }
}
