package io.opendsql.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyParserTest {
    @Test
    void parsesStatementListWithConditions() {
        PolicyDocument policy = PolicyDocument.parse("""
                {"Version": "2012-10-17", "Id": "p1", "Statement": [
                  {"Sid": "Connect", "Effect": "Allow", "Action": ["dsql:DbConnect", "dsql:DbConnectAdmin"],
                   "Resource": "arn:aws:dsql:us-east-1:123456789012:cluster/*",
                   "Condition": {"StringEquals": {"aws:ResourceTag/Environment": ["dev", "test"]},
                                 "StringNotLike": {"aws:PrincipalTag/team": "ops*"}}},
                  {"Effect": "Deny", "NotAction": "dsql:Get*", "NotResource": ["arn:aws:dsql:*:*:cluster/keep"]}
                ]}""");
        assertThat(policy.version()).isEqualTo("2012-10-17");
        assertThat(policy.statements()).hasSize(2);
        PolicyStatement first = policy.statements().get(0);
        assertThat(first.sid()).isEqualTo("Connect");
        assertThat(first.effect()).isEqualTo(Effect.ALLOW);
        assertThat(first.actions()).containsExactly("dsql:DbConnect", "dsql:DbConnectAdmin");
        assertThat(first.conditions()).containsExactly(
                new PolicyCondition(ConditionOperator.STRING_EQUALS, "aws:ResourceTag/Environment", List.of("dev", "test"), false),
                new PolicyCondition(ConditionOperator.STRING_NOT_LIKE, "aws:PrincipalTag/team", List.of("ops*"), false));
        PolicyStatement second = policy.statements().get(1);
        assertThat(second.notAction()).isTrue();
        assertThat(second.notResource()).isTrue();
        assertThat(second.actions()).containsExactly("dsql:Get*");
    }

    @Test
    void acceptsASingleStatementObject() {
        PolicyDocument policy = PolicyDocument.parse(
                "{\"Version\":\"2008-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}");
        assertThat(policy.statements()).hasSize(1);
    }

    @Test
    void unknownConditionOperatorIsRefusedWithTheSupportedList() {
        assertThatThrownBy(() -> PolicyDocument.parse("""
                {"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dsql:*","Resource":"*",
                 "Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}}"""))
                .isInstanceOfSatisfying(DsqlException.class, e -> {
                    assertThat(e.state()).isEqualTo(SqlState.INVALID_PARAMETER_VALUE);
                    assertThat(e.getMessage()).isEqualTo("malformed policy document: Statement[0].Condition: unknown "
                            + "condition operator \"IpAddress\" (supported: StringEquals, StringNotEquals, "
                            + "StringEqualsIgnoreCase, StringNotEqualsIgnoreCase, StringLike, StringNotLike, ArnEquals, "
                            + "ArnLike, ArnNotEquals, ArnNotLike, Bool, Null, each but Null also with IfExists)");
                });
    }

    @Test
    void ifExistsIsASuffixOfEveryOperatorButNull() {
        PolicyDocument policy = PolicyDocument.parse("""
                {"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dsql:*","Resource":"*",
                 "Condition":{"ArnLikeIfExists":{"aws:PrincipalArn":"arn:aws:iam::*:role/*"},
                              "Null":{"aws:ResourceTag/env":"false"}}}}""");
        assertThat(policy.statements().getFirst().conditions()).containsExactly(
                new PolicyCondition(ConditionOperator.ARN_LIKE, "aws:PrincipalArn", List.of("arn:aws:iam::*:role/*"), true),
                new PolicyCondition(ConditionOperator.NULL, "aws:ResourceTag/env", List.of("false"), false));
        assertThatThrownBy(() -> PolicyDocument.parse("""
                {"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dsql:*","Resource":"*",
                 "Condition":{"NullIfExists":{"aws:ResourceTag/env":"true"}}}}"""))
                .hasMessageContaining("unknown condition operator \"NullIfExists\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'' | the document is empty",
        "[] | the document must be a JSON object",
        "{ | invalid JSON",
        "{\"Statement\":[]} | Version must be",
        "{\"Version\":\"2020-01-01\",\"Statement\":[]} | Version must be",
        "{\"Version\":\"2012-10-17\"} | Statement is missing",
        "{\"Version\":\"2012-10-17\",\"Statement\":[]} | Statement must be an object or a non-empty list",
        "{\"Version\":\"2012-10-17\",\"Statement\":[],\"Extra\":1} | unsupported element \"Extra\"",
        "{\"Version\":\"2012-10-17\",\"Version\":\"2012-10-17\",\"Statement\":{}} | invalid JSON",
        "{\"Version\":\"2012-10-17\",\"Statement\":[1]} | Statement[0] must be an object",
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"allow\",\"Action\":\"*\",\"Resource\":\"*\"}} | Effect must be",
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Action\":\"*\",\"Resource\":\"*\"}} | Effect must be",
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Resource\":\"*\"}} | exactly one of Action and NotAction",
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"NotAction\":\"*\",\"Resource\":\"*\"}} | exactly one of Action and NotAction",
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\"}} | exactly one of Resource and NotResource",
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":[],\"Resource\":\"*\"}} | Action must be a string or a non-empty list",
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":{},\"Resource\":\"*\"}} | Action must be a string",
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"DbConnect\",\"Resource\":\"*\"}} | is not \"*\" or \"<service>:<action>\"",
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"cluster\"}} | is not \"*\" or an ARN",
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}} | cannot name a Principal",
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Sid\":\"a b\",\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}} | Sid must be",
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":[]}} | Condition must be an object",
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{}}}} | non-empty object of condition keys",
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"k\":[]}}}} | must be a string or a non-empty list",
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"stringequals\":{\"k\":\"v\"}}}} | unknown condition operator \"stringequals\"",
    })
    void malformedDocumentsAreRefused(String json, String expected) {
        assertThatThrownBy(() -> PolicyDocument.parse(json))
                .isInstanceOfSatisfying(DsqlException.class, e -> {
                    assertThat(e.state()).isEqualTo(SqlState.INVALID_PARAMETER_VALUE);
                    assertThat(e.getMessage()).startsWith("malformed policy document: ").contains(expected);
                });
    }
}
