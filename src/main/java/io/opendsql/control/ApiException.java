package io.opendsql.control;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refused control-plane request: the error type, its message and the extra members of the error
 * shape ({@code reason} and {@code fieldList} of ValidationException, {@code resourceId} and
 * {@code resourceType} of ResourceNotFoundException…). The HTTP layer turns it into the restJson1 error
 * response the SDKs parse.
 */
public final class ApiException extends RuntimeException {
    /** The {@code reason} values of ValidationException. */
    public enum ValidationReason {
        UNKNOWN_OPERATION("unknownOperation"),
        CANNOT_PARSE("cannotParse"),
        FIELD_VALIDATION_FAILED("fieldValidationFailed"),
        DELETION_PROTECTION_ENABLED("deletionProtectionEnabled"),
        OTHER("other");

        private final String wireName;

        ValidationReason(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /** One entry of ValidationException's {@code fieldList}. */
    public record FieldProblem(String name, String message) {
    }

    private final ApiErrorType type;
    private final Map<String, Object> members;
    private final Integer retryAfterSeconds;

    private ApiException(ApiErrorType type, String message, Map<String, Object> members, Integer retryAfterSeconds) {
        super(requireNonNull(message, "message"), null, false, false);
        this.type = requireNonNull(type, "type");
        this.members = Map.copyOf(members);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException validation(ValidationReason reason, String message, List<FieldProblem> fields) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("reason", reason.wireName());
        if (!fields.isEmpty()) {
            members.put("fieldList", List.copyOf(fields));
        }
        return new ApiException(ApiErrorType.VALIDATION, message, members, null);
    }

    /** A ValidationException with reason {@code fieldValidationFailed} naming one field. */
    public static ApiException invalidField(String field, String message) {
        return validation(ValidationReason.FIELD_VALIDATION_FAILED, "1 validation error detected: Value at '" + field
                + "' failed to satisfy constraint: " + message, List.of(new FieldProblem(field, message)));
    }

    public static ApiException cannotParse(String message) {
        return validation(ValidationReason.CANNOT_PARSE, message, List.of());
    }

    public static ApiException notFound(String resourceType, String resourceId, String message) {
        return new ApiException(ApiErrorType.RESOURCE_NOT_FOUND, message,
                Map.of("resourceId", resourceId, "resourceType", resourceType), null);
    }

    public static ApiException clusterNotFound(String id) {
        return notFound("cluster", id, "Cluster not found: " + id);
    }

    public static ApiException conflict(String resourceType, String resourceId, String message) {
        return new ApiException(ApiErrorType.CONFLICT, message,
                Map.of("resourceId", resourceId, "resourceType", resourceType), null);
    }

    public static ApiException quotaExceeded(String resourceType, String resourceId, String quotaCode, String message) {
        return new ApiException(ApiErrorType.SERVICE_QUOTA_EXCEEDED, message, Map.of("resourceId", resourceId,
                "resourceType", resourceType, "serviceCode", "dsql", "quotaCode", quotaCode), null);
    }

    public static ApiException throttled(String message, int retryAfterSeconds) {
        return new ApiException(ApiErrorType.THROTTLING, message, Map.of(), retryAfterSeconds);
    }

    public static ApiException internal(String message) {
        return new ApiException(ApiErrorType.INTERNAL_SERVER, message, Map.of(), 1);
    }

    /** An AccessDeniedException, or one of the authentication error types. */
    public static ApiException of(ApiErrorType type, String message) {
        return new ApiException(type, message, Map.of(), null);
    }

    public ApiErrorType type() {
        return type;
    }

    /** Members of the error shape besides {@code message}: strings, or a list of {@link FieldProblem}. */
    public Map<String, Object> members() {
        return members;
    }

    /** The {@code Retry-After} header value, or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
