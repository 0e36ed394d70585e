package io.opendsql.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The on-disk form of {@link IamState} ({@code <dataDir>/iam/iam.json}):
 * <pre>
 * {"formatVersion": 1, "accountId": "123456789012", "region": "us-east-1", "defaultAccessKeyId": "AKIA...",
 *  "principals": [{"type": "user", "name": "...", "created": "...", "tags": {}, "policies": {"name": {...}}}],
 *  "accessKeys": [{"accessKeyId": "...", "secretAccessKey": "...", "principal": "arn:...", "created": "...",
 *                  "sessionToken": null, "expiration": null, "sessionName": null}]}
 * </pre>
 * Policies are stored as JSON objects and validated again when loaded. Temporary credentials of role
 * sessions have a session token, an expiration and a session name.
 */
final class IamStateJson {
    static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private IamStateJson() {
    }

    static byte[] write(IamState state) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("accountId", state.accountId());
        root.put("region", state.region());
        root.put("defaultAccessKeyId", state.defaultAccessKeyId());
        ArrayNode principals = root.putArray("principals");
        for (Principal principal : state.principals().values()) {
            ObjectNode node = principals.addObject();
            node.put("type", principal.type().arnName());
            node.put("name", principal.name());
            node.put("created", principal.created().toString());
            ObjectNode tags = node.putObject("tags");
            principal.tags().forEach(tags::put);
            ObjectNode policies = node.putObject("policies");
            for (Map.Entry<String, PolicyDocument> policy : principal.policies().entrySet()) {
                policies.set(policy.getKey(), JSON.readTree(policy.getValue().text()));
            }
        }
        ArrayNode keys = root.putArray("accessKeys");
        for (AccessKey key : state.accessKeys().values()) {
            ObjectNode node = keys.addObject();
            node.put("accessKeyId", key.accessKeyId());
            node.put("secretAccessKey", key.secretAccessKey());
            node.put("sessionToken", key.sessionToken());
            node.put("principal", key.principalArn());
            node.put("created", key.created().toString());
            node.put("expiration", key.expiration() == null ? null : key.expiration().toString());
            node.put("sessionName", key.sessionName());
        }
        return JSON.writeValueAsBytes(root);
    }

    static IamState read(byte[] bytes) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IOException("IAM store is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw new IOException("IAM store has an unknown format version");
        }
        String accountId = text(root, "accountId");
        Map<String, Principal> principals = new LinkedHashMap<>();
        for (JsonNode node : root.path("principals")) {
            PrincipalType type = switch (text(node, "type")) {
                case "user" -> PrincipalType.USER;
                case "role" -> PrincipalType.ROLE;
                default -> throw new IOException("IAM store has a principal of unknown type");
            };
            String name = text(node, "name");
            Map<String, String> tags = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.path("tags").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> tag = it.next();
                tags.put(tag.getKey(), tag.getValue().asText());
            }
            Map<String, PolicyDocument> policies = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.path("policies").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> policy = it.next();
                policies.put(policy.getKey(), PolicyDocument.parse(JSON.writeValueAsString(policy.getValue())));
            }
            Principal principal = new Principal(type.arn(accountId, name), type, name,
                    Instant.parse(text(node, "created")), tags, policies);
            principals.put(principal.arn(), principal);
        }
        Map<String, AccessKey> keys = new LinkedHashMap<>();
        for (JsonNode node : root.path("accessKeys")) {
            AccessKey key = new AccessKey(text(node, "accessKeyId"), text(node, "secretAccessKey"),
                    optionalText(node, "sessionToken"), text(node, "principal"), Instant.parse(text(node, "created")),
                    optionalText(node, "expiration") == null ? null : Instant.parse(optionalText(node, "expiration")),
                    optionalText(node, "sessionName"));
            keys.put(key.accessKeyId(), key);
        }
        return new IamState(accountId, text(root, "region"), optionalText(root, "defaultAccessKeyId"), principals, keys);
    }

    private static String text(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException("IAM store lacks field " + field);
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
