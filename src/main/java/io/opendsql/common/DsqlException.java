package io.opendsql.common;

import static java.util.Objects.requireNonNull;

/**
 * The one error type a user ever sees: SQLSTATE, message and optional detail, hint and position.
 * Only the wire layer encodes it. Anything else thrown inside a session becomes {@code XX000}.
 *
 * <pre>
 * throw DsqlException.of(UNDEFINED_TABLE, "relation \"%s\" does not exist", name).at(position);
 * </pre>
 *
 * Instances are immutable; {@link #at}, {@link #hint}, {@link #detail} and {@link #fatal} return copies.
 */
public final class DsqlException extends RuntimeException {
    private final SqlState state;
    private final Severity severity;
    private final String detail;
    private final String hint;
    private final int position;

    private DsqlException(SqlState state, Severity severity, String message, String detail, String hint,
                          int position, Throwable cause) {
        super(message, cause, false, cause != null);
        this.state = requireNonNull(state, "state");
        this.severity = requireNonNull(severity, "severity");
        this.detail = detail;
        this.hint = hint;
        this.position = position;
    }

    /** An ERROR with a message formatted by {@link String#format} when arguments are given. */
    public static DsqlException of(SqlState state, String format, Object... args) {
        String message = args.length == 0 ? format : String.format(format, args);
        return new DsqlException(state, Severity.ERROR, message, null, null, 0, null);
    }

    /** An internal fault: {@code XX000} carrying the cause for the server log. */
    public static DsqlException internal(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new DsqlException(SqlState.INTERNAL_ERROR, Severity.ERROR, message, null, null, 0, cause);
    }

    /** The same error at a 1-based character position in the statement text. */
    public DsqlException at(int position) {
        return new DsqlException(state, severity, getMessage(), detail, hint, position, getCause());
    }

    public DsqlException hint(String hint) {
        return new DsqlException(state, severity, getMessage(), detail, hint, position, getCause());
    }

    public DsqlException detail(String detail) {
        return new DsqlException(state, severity, getMessage(), detail, hint, position, getCause());
    }

    /** The same error as a FATAL, which ends the connection. */
    public DsqlException fatal() {
        return new DsqlException(state, Severity.FATAL, getMessage(), detail, hint, position, getCause());
    }

    /** The same report with another severity, e.g. NOTICE or WARNING for a non-error message. */
    public DsqlException withSeverity(Severity severity) {
        return new DsqlException(state, severity, getMessage(), detail, hint, position, getCause());
    }

    public SqlState state() {
        return state;
    }

    public Severity severity() {
        return severity;
    }

    /** Detail text, or null. */
    public String detail() {
        return detail;
    }

    /** Hint text, or null. */
    public String hint() {
        return hint;
    }

    /** 1-based character position in the statement, or 0 when there is none. */
    public int position() {
        return position;
    }

    @Override
    public String toString() {
        return severity + " " + state.code() + " " + getMessage()
                + (detail == null ? "" : " DETAIL: " + detail)
                + (hint == null ? "" : " HINT: " + hint)
                + (position == 0 ? "" : " at " + position);
    }
}
