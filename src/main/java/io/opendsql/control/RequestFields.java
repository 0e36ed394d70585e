package io.opendsql.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opendsql.control.ApiException.FieldProblem;
import io.opendsql.control.ApiException.ValidationReason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the members of a request (JSON body, path labels, query parameters) and checks them against the
 * model's constraints, collecting every problem so one ValidationException lists them all, in the AWS
 * wording {@code N validation error(s) detected: Value 'x' at 'field' failed to satisfy constraint: ...}.
 * A body that is not a JSON object, or a member of the wrong JSON type, is {@code cannotParse}.
 */
final class RequestFields {
    static final Pattern CLIENT_TOKEN = Pattern.compile("[!-~]+");
    static final Pattern CLUSTER_ARN = Pattern.compile("arn:aws(-[^:]+)?:dsql:[a-z0-9-]{1,20}:[0-9]{12}:cluster/[a-z0-9]{26}");
    static final Pattern TAG_TEXT = Pattern.compile("[a-zA-Z0-9_.:/=+\\-@ ]*");
    static final Pattern KMS_KEY = Pattern.compile("[a-zA-Z0-9:/_-]+");
    static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode body;
    private final List<FieldProblem> problems = new ArrayList<>();

    private RequestFields(ObjectNode body) {
        this.body = body;
    }

    /** Parses a request body; an empty body is an empty object. */
    static RequestFields parse(byte[] bytes) {
        if (bytes.length == 0) {
            return new RequestFields(JSON.createObjectNode());
        }
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (IOException e) {
            throw ApiException.cannotParse("Unable to parse the request body as JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || node.isMissingNode()) {
            return new RequestFields(JSON.createObjectNode());
        }
        if (!(node instanceof ObjectNode object)) {
            throw ApiException.cannotParse("The request body must be a JSON object.");
        }
        return new RequestFields(object);
    }

    /** For operations without a body. */
    static RequestFields none() {
        return new RequestFields(JSON.createObjectNode());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    Boolean bool(String name) {
        JsonNode node = member(name);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            throw wrongType(name, "a boolean");
        }
        return node.booleanValue();
    }

    String string(String name) {
        JsonNode node = member(name);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw wrongType(name, "a string");
        }
        return node.textValue();
    }

    Map<String, String> stringMap(String name) {
        JsonNode node = member(name);
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            throw wrongType(name, "an object of strings");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isTextual()) {
                throw wrongType(name + "." + entry.getKey(), "a string");
            }
            values.put(entry.getKey(), entry.getValue().textValue());
        }
        return values;
    }

    /** A nested structure, or null. */
    RequestFields object(String name) {
        JsonNode node = member(name);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ObjectNode object)) {
            throw wrongType(name, "an object");
        }
        RequestFields nested = new RequestFields(object);
        return nested;
    }

    List<String> stringList(String name) {
        JsonNode node = member(name);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            throw wrongType(name, "a list of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw wrongType(name, "a list of strings");
            }
            values.add(element.textValue());
        }
        return values;
    }

    private JsonNode member(String name) {
        JsonNode node = body.get(name);
        return node == null || node.isNull() ? null : node;
    }

    private static ApiException wrongType(String name, String expected) {
        return ApiException.validation(ValidationReason.CANNOT_PARSE, "Cannot parse the request: '" + name
                + "' must be " + expected + ".", List.of(new FieldProblem(name, "must be " + expected)));
    }

    /** Records a problem with {@code field} unless {@code ok}. */
    void check(boolean ok, String field, String value, String constraint) {
        if (!ok) {
            problems.add(new FieldProblem(field, "Value " + (value == null ? "null" : "'" + value + "'") + " at '"
                    + field + "' failed to satisfy constraint: " + constraint));
        }
    }

    void checkClientToken(String field, String token) {
        if (token != null) {
            check(token.length() >= 1 && token.length() <= 128, field, token,
                    "Member must have length between 1 and 128");
            check(CLIENT_TOKEN.matcher(token).matches(), field, token, "Member must satisfy regular expression pattern: [!-~]+");
        }
    }

    void checkClusterId(String field, String id) {
        check(ClusterIds.valid(id), field, id, "Member must satisfy regular expression pattern: [a-z0-9]{26}");
    }

    void checkTags(String field, Map<String, String> tags) {
        if (tags == null) {
            return;
        }
        check(tags.size() <= ClusterRegistry.MAX_TAGS, field, null, "Member must have at most 200 entries");
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            checkTagKey(field, tag.getKey());
            String value = tag.getValue();
            check(value.length() <= 256, field + "." + tag.getKey(), value, "Member must have length less than or equal to 256");
            check(TAG_TEXT.matcher(value).matches(), field + "." + tag.getKey(), value,
                    "Member must satisfy regular expression pattern: [a-zA-Z0-9_.:/=+\\-@ ]*");
        }
    }

    void checkTagKey(String field, String key) {
        check(!key.isEmpty() && key.length() <= 128, field, key, "Member must have length between 1 and 128");
        check(TAG_TEXT.matcher(key).matches(), field, key,
                "Member must satisfy regular expression pattern: [a-zA-Z0-9_.:/=+\\-@ ]*");
        check(!key.startsWith("aws:"), field, key, "Tag keys must not start with 'aws:'");
    }

    void checkKmsKey(String field, String key) {
        if (key != null) {
            check(!key.isEmpty() && key.length() <= 2048, field, key, "Member must have length between 1 and 2048");
            check(KMS_KEY.matcher(key).matches(), field, key, "Member must satisfy regular expression pattern: [a-zA-Z0-9:/_-]+");
        }
    }

    void checkPolicy(String field, String policy) {
        if (policy == null) {
            return;
        }
        check(!policy.isEmpty() && policy.length() <= 20480, field, null, "Member must have length between 1 and 20480");
        boolean object;
        try {
            object = JSON.readTree(policy) instanceof ObjectNode;
        } catch (IOException e) {
            object = false;
        }
        check(object, field, null, "Member must be a JSON policy document (a JSON object)");
    }

    /** A multiRegionProperties member, checked; null when absent. */
    MultiRegionProperties multiRegionProperties(String name) {
        RequestFields nested = object(name);
        if (nested == null) {
            return null;
        }
        String witness = nested.string("witnessRegion");
        List<String> clusters = nested.stringList("clusters");
        if (witness != null) {
            check(witness.length() <= 50 && REGION.matcher(witness).matches(), name + ".witnessRegion", witness,
                    "Member must be a Region name");
        }
        if (clusters != null) {
            for (String arn : clusters) {
                check(CLUSTER_ARN.matcher(arn).matches(), name + ".clusters", arn,
                        "Member must satisfy regular expression pattern: " + CLUSTER_ARN.pattern());
            }
        }
        return new MultiRegionProperties(witness, clusters);
    }

    /** Throws one ValidationException listing every recorded problem. */
    void throwIfInvalid() {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder().append(problems.size())
                .append(problems.size() == 1 ? " validation error detected: " : " validation errors detected: ");
        for (int i = 0; i < problems.size(); i++) {
            message.append(i == 0 ? "" : "; ").append(problems.get(i).message());
        }
        throw ApiException.validation(ValidationReason.FIELD_VALIDATION_FAILED, message.toString(), problems);
    }
}
