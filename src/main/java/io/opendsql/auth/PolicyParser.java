package io.opendsql.auth;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads AWS identity-policy JSON and validates it: {@code Version} 2012-10-17 or 2008-10-17; {@code Statement}
 * an object or a non-empty list; per statement {@code Effect} Allow|Deny, exactly one of
 * {@code Action}/{@code NotAction} and of {@code Resource}/{@code NotResource} (string or list), optional
 * {@code Sid} and {@code Condition} with the operators of {@link ConditionOperator}. Anything else is refused
 * with {@code 22023 malformed policy document: <what and where>}.
 */
final class PolicyParser {
    /** Longest accepted document, in characters. */
    static final int MAX_LENGTH = 65_536;

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT_FIELDS =
            Set.of("Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition");
    private static final Pattern ACTION = Pattern.compile("\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?]+");
    private static final Pattern SID = Pattern.compile("[A-Za-z0-9]*");

    private PolicyParser() {
    }

    static PolicyDocument parse(String text) {
        if (text == null || text.isBlank()) {
            throw malformed("the document is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw malformed("the document is longer than " + MAX_LENGTH + " characters");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw malformed("invalid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw malformed("the document must be a JSON object");
        }
        checkFields(root, DOCUMENT_FIELDS, "the document");
        JsonNode version = root.get("Version");
        if (version == null || !version.isTextual() || !VERSIONS.contains(version.asText())) {
            throw malformed("Version must be \"2012-10-17\" or \"2008-10-17\"");
        }
        JsonNode statementNode = root.get("Statement");
        if (statementNode == null) {
            throw malformed("Statement is missing");
        }
        List<JsonNode> statementNodes = new ArrayList<>();
        if (statementNode.isObject()) {
            statementNodes.add(statementNode);
        } else if (statementNode.isArray() && !statementNode.isEmpty()) {
            statementNode.forEach(statementNodes::add);
        } else {
            throw malformed("Statement must be an object or a non-empty list of objects");
        }
        List<PolicyStatement> statements = new ArrayList<>();
        for (int i = 0; i < statementNodes.size(); i++) {
            statements.add(statement(statementNodes.get(i), "Statement[" + i + "]"));
        }
        return new PolicyDocument(version.asText(), statements, text);
    }

    private static PolicyStatement statement(JsonNode node, String where) {
        if (!node.isObject()) {
            throw malformed(where + " must be an object");
        }
        if (node.has("Principal") || node.has("NotPrincipal")) {
            throw malformed(where + ": an identity policy cannot name a Principal");
        }
        checkFields(node, STATEMENT_FIELDS, where);
        String sid = null;
        if (node.has("Sid")) {
            if (!node.get("Sid").isTextual() || !SID.matcher(node.get("Sid").asText()).matches()) {
                throw malformed(where + ".Sid must be a string of letters and digits");
            }
            sid = node.get("Sid").asText();
        }
        JsonNode effectNode = node.get("Effect");
        Effect effect = null;
        for (Effect candidate : Effect.values()) {
            if (effectNode != null && effectNode.isTextual() && candidate.jsonName().equals(effectNode.asText())) {
                effect = candidate;
            }
        }
        if (effect == null) {
            throw malformed(where + ".Effect must be \"Allow\" or \"Deny\"");
        }
        boolean notAction = exactlyOne(node, "Action", "NotAction", where);
        List<String> actions = strings(node.get(notAction ? "NotAction" : "Action"),
                where + (notAction ? ".NotAction" : ".Action"));
        for (String action : actions) {
            if (!ACTION.matcher(action).matches()) {
                throw malformed(where + ": action \"" + action + "\" is not \"*\" or \"<service>:<action>\"");
            }
        }
        boolean notResource = exactlyOne(node, "Resource", "NotResource", where);
        List<String> resources = strings(node.get(notResource ? "NotResource" : "Resource"),
                where + (notResource ? ".NotResource" : ".Resource"));
        for (String resource : resources) {
            if (!resource.equals("*") && !resource.startsWith("arn:")) {
                throw malformed(where + ": resource \"" + resource + "\" is not \"*\" or an ARN");
            }
        }
        List<PolicyCondition> conditions = node.has("Condition")
                ? conditions(node.get("Condition"), where + ".Condition") : List.of();
        return new PolicyStatement(sid, effect, actions, notAction, resources, notResource, conditions);
    }

    private static List<PolicyCondition> conditions(JsonNode node, String where) {
        if (!node.isObject()) {
            throw malformed(where + " must be an object");
        }
        List<PolicyCondition> conditions = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> operatorEntry = it.next();
            String name = operatorEntry.getKey();
            boolean ifExists = name.endsWith(ConditionOperator.IF_EXISTS);
            String baseName = ifExists ? name.substring(0, name.length() - ConditionOperator.IF_EXISTS.length()) : name;
            ConditionOperator operator = ConditionOperator.fromJsonName(baseName)
                    .filter(found -> !ifExists || found.allowsIfExists())
                    .orElseThrow(() -> malformed(where + ": unknown condition operator \"" + name
                            + "\" (supported: " + supportedOperators() + ", each but Null also with IfExists)"));
            JsonNode keys = operatorEntry.getValue();
            if (!keys.isObject() || keys.isEmpty()) {
                throw malformed(where + "." + name + " must be a non-empty object of condition keys");
            }
            for (Iterator<Map.Entry<String, JsonNode>> keyIt = keys.fields(); keyIt.hasNext(); ) {
                Map.Entry<String, JsonNode> keyEntry = keyIt.next();
                if (keyEntry.getKey().isBlank()) {
                    throw malformed(where + "." + name + " has an empty condition key");
                }
                List<String> values = strings(keyEntry.getValue(), where + "." + name + "." + keyEntry.getKey());
                conditions.add(new PolicyCondition(operator, keyEntry.getKey(), values, ifExists));
            }
        }
        return conditions;
    }

    private static String supportedOperators() {
        return String.join(", ", Arrays.stream(ConditionOperator.values()).map(ConditionOperator::jsonName).toList());
    }

    /** True when {@code negative} is the one present. */
    private static boolean exactlyOne(JsonNode node, String positive, String negative, String where) {
        if (node.has(positive) == node.has(negative)) {
            throw malformed(where + " must have exactly one of " + positive + " and " + negative);
        }
        return node.has(negative);
    }

    /** A string, or a non-empty list of strings; numbers and booleans count as their text. */
    private static List<String> strings(JsonNode node, String where) {
        List<String> values = new ArrayList<>();
        if (node.isArray() && !node.isEmpty()) {
            node.forEach(element -> values.add(scalar(element, where)));
        } else if (!node.isArray()) {
            values.add(scalar(node, where));
        } else {
            throw malformed(where + " must be a string or a non-empty list of strings");
        }
        return values;
    }

    private static String scalar(JsonNode node, String where) {
        if (node.isTextual() || node.isNumber() || node.isBoolean()) {
            return node.asText();
        }
        throw malformed(where + " must be a string or a non-empty list of strings");
    }

    private static void checkFields(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw malformed(where + " has unsupported element \"" + name + "\"");
            }
        }
    }

    private static DsqlException malformed(String detail) {
        return DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "malformed policy document: %s", detail);
    }
}
