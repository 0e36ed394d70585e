package io.opendsql.control;

/**
 * The errors the control plane answers with: the DSQL model's exceptions with their HTTP status codes,
 * and the AWS front-end authentication errors, which are not in the DSQL model (the SDKs surface them as
 * their service's base exception, {@code DsqlException} in Java and {@code DSQLServiceException} in
 * JavaScript, carrying this code).
 */
public enum ApiErrorType {
    VALIDATION("ValidationException", 400),
    ACCESS_DENIED("AccessDeniedException", 403),
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 404),
    CONFLICT("ConflictException", 409),
    SERVICE_QUOTA_EXCEEDED("ServiceQuotaExceededException", 402),
    THROTTLING("ThrottlingException", 429),
    INTERNAL_SERVER("InternalServerException", 500),
    /** No {@code Authorization} header (AWS: "Missing Authentication Token"). */
    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException", 403),
    /** An {@code Authorization} header that cannot be parsed, or required signed headers missing. */
    INCOMPLETE_SIGNATURE("IncompleteSignatureException", 403),
    /** The access key id (or its session token) is not known. */
    UNRECOGNIZED_CLIENT("UnrecognizedClientException", 403),
    /** The temporary credentials that signed the request have expired. */
    EXPIRED_TOKEN("ExpiredTokenException", 403),
    /** Signature mismatch, wrong credential scope, or a request date outside the 15-minute window. */
    INVALID_SIGNATURE("InvalidSignatureException", 403);

    private final String code;
    private final int httpStatus;

    ApiErrorType(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** The error code sent in {@code x-amzn-ErrorType}, e.g. {@code ValidationException}. */
    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
