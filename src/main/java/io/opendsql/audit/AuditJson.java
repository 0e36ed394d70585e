package io.opendsql.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One audit event as one line of JSON (UTF-8, ending in a newline). Fields with no value are left out.
 * Every line has {@code time} (ISO-8601 UTC), {@code event} ({@code connect} or {@code catalog}) and
 * {@code cluster}:
 * <pre>
 * {"time":"...","event":"connect","cluster":"...","result":"refused","source":"127.0.0.1:5123",
 *  "serverName":"...","databaseRole":"admin","database":"postgres","principal":"arn:aws:iam::...:user/app",
 *  "iamRole":"arn:aws:iam::...:role/r","accessKeyId":"AKIA...","action":"DbConnectAdmin",
 *  "sqlState":"28000","reason":"..."}
 * {"time":"...","event":"catalog","cluster":"...","databaseRole":"admin","principal":"...",
 *  "commandTag":"GRANT","object":"public.orders","detail":"SELECT TO myapp"}
 * </pre>
 * As a last guard, a value that looks like an auth token or a signed query (it contains
 * {@code X-Amz-Signature=}, {@code X-Amz-Credential=} or {@code X-Amz-Security-Token=}) is replaced by
 * {@value #REDACTED}.
 */
final class AuditJson {
    static final String REDACTED = "<redacted: looked like a token>";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TOKEN_MARKS =
            List.of("x-amz-signature=", "x-amz-credential=", "x-amz-security-token=");

    private AuditJson() {
    }

    static byte[] line(String clusterId, AuditEvent event) {
        ObjectNode node = JSON.createObjectNode();
        put(node, "time", event.time().toString());
        switch (event) {
            case ConnectionAttempt attempt -> {
                put(node, "event", "connect");
                put(node, "cluster", clusterId);
                put(node, "result", attempt.accepted() ? "accepted" : "refused");
                put(node, "source", attempt.source());
                put(node, "serverName", attempt.serverName());
                put(node, "databaseRole", attempt.databaseRole());
                put(node, "database", attempt.database());
                put(node, "principal", attempt.principal());
                put(node, "iamRole", attempt.iamRole());
                put(node, "accessKeyId", attempt.accessKeyId());
                put(node, "action", attempt.action());
                put(node, "sqlState", attempt.sqlState());
                put(node, "reason", attempt.reason());
            }
            case CatalogChange change -> {
                put(node, "event", "catalog");
                put(node, "cluster", clusterId);
                put(node, "databaseRole", change.databaseRole());
                put(node, "principal", change.principal());
                put(node, "commandTag", change.commandTag());
                put(node, "object", change.objectName());
                put(node, "detail", change.detail());
            }
        }
        try {
            return (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an audit event as JSON", e);
        }
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, looksLikeToken(value) ? REDACTED : value);
        }
    }

    static boolean looksLikeToken(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String mark : TOKEN_MARKS) {
            if (lower.contains(mark)) {
                return true;
            }
        }
        return false;
    }
}
