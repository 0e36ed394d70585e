package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

/**
 * A refused {@code AssumeRole}, with the error code and message STS gives: {@code AccessDenied} when the
 * caller may not assume the role (also when the role does not exist, as in AWS), {@code ValidationError}
 * for bad parameters.
 */
public final class AssumeRoleException extends RuntimeException {
    /** STS's error codes for AssumeRole refusals. */
    public enum Code {
        ACCESS_DENIED("AccessDenied"),
        VALIDATION_ERROR("ValidationError");

        private final String stsCode;

        Code(String stsCode) {
            this.stsCode = stsCode;
        }

        /** The code STS sends, e.g. {@code AccessDenied}. */
        public String stsCode() {
            return stsCode;
        }
    }

    private final Code code;

    AssumeRoleException(Code code, String message) {
        super(requireNonNull(message, "message"), null, false, false);
        this.code = requireNonNull(code, "code");
    }

    public Code code() {
        return code;
    }
}
