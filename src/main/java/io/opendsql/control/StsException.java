package io.opendsql.control;

import static java.util.Objects.requireNonNull;

/**
 * A refused STS request: the query-protocol error code (e.g. {@code AccessDenied},
 * {@code InvalidClientTokenId}), its HTTP status and message. {@link StsXml#error} renders it.
 */
final class StsException extends RuntimeException {
    private final String code;
    private final int httpStatus;

    StsException(String code, int httpStatus, String message) {
        super(requireNonNull(message, "message"), null, false, false);
        this.code = requireNonNull(code, "code");
        this.httpStatus = httpStatus;
    }

    static StsException validation(String message) {
        return new StsException("ValidationError", 400, message);
    }

    /** The STS form of an authentication or throttling refusal the DSQL API would give as {@code e}. */
    static StsException of(ApiException e) {
        return switch (e.type()) {
            case MISSING_AUTHENTICATION_TOKEN -> new StsException("MissingAuthenticationToken", 403,
                    "Request is missing Authentication Token");
            case INCOMPLETE_SIGNATURE -> new StsException("IncompleteSignature", 403, e.getMessage());
            case UNRECOGNIZED_CLIENT -> new StsException("InvalidClientTokenId", 403, e.getMessage());
            case EXPIRED_TOKEN -> new StsException("ExpiredToken", 403, e.getMessage());
            case INVALID_SIGNATURE -> new StsException("SignatureDoesNotMatch", 403, e.getMessage());
            case THROTTLING -> new StsException("Throttling", 400, e.getMessage());
            case ACCESS_DENIED -> new StsException("AccessDenied", 403, e.getMessage());
            case VALIDATION, RESOURCE_NOT_FOUND, CONFLICT, SERVICE_QUOTA_EXCEEDED ->
                    new StsException("ValidationError", 400, e.getMessage());
            case INTERNAL_SERVER -> new StsException("InternalFailure", 500, e.getMessage());
        };
    }

    String code() {
        return code;
    }

    int httpStatus() {
        return httpStatus;
    }
}
