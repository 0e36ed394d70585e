package io.opendsql.wire;

import io.opendsql.common.DsqlException;
import java.util.Locale;

/**
 * The fields of an ErrorResponse or NoticeResponse. The source location fields (F, L, R) name the Java
 * frame that raised an internal error; for ordinary errors, whose exceptions carry no stack, they name the
 * SQLSTATE condition so that verbose clients still show a stable location.
 */
final class ErrorFields {
    static final byte SEVERITY = 'S';
    static final byte SEVERITY_NON_LOCALIZED = 'V';
    static final byte CODE = 'C';
    static final byte MESSAGE = 'M';
    static final byte DETAIL = 'D';
    static final byte HINT = 'H';
    static final byte POSITION = 'P';
    static final byte FILE = 'F';
    static final byte LINE = 'L';
    static final byte ROUTINE = 'R';

    private ErrorFields() {
    }

    static void write(DsqlException error, MessageWriter writer) {
        String severity = error.severity().name();
        field(writer, SEVERITY, severity);
        field(writer, SEVERITY_NON_LOCALIZED, severity);
        field(writer, CODE, error.state().code());
        field(writer, MESSAGE, error.getMessage() == null ? "" : error.getMessage());
        if (error.detail() != null) {
            field(writer, DETAIL, error.detail());
        }
        if (error.hint() != null) {
            field(writer, HINT, error.hint());
        }
        if (error.position() > 0) {
            field(writer, POSITION, Integer.toString(error.position()));
        }
        StackTraceElement origin = origin(error);
        if (origin != null) {
            field(writer, FILE, origin.getFileName() == null ? origin.getClassName() : origin.getFileName());
            field(writer, LINE, Integer.toString(Math.max(origin.getLineNumber(), 0)));
            field(writer, ROUTINE, origin.getMethodName());
        } else {
            field(writer, FILE, "opendsql");
            field(writer, LINE, "0");
            field(writer, ROUTINE, error.state().name().toLowerCase(Locale.ROOT));
        }
        writer.int8(0);
    }

    private static StackTraceElement origin(DsqlException error) {
        Throwable cause = error.getCause();
        if (cause != null && cause.getStackTrace().length > 0) {
            return cause.getStackTrace()[0];
        }
        return error.getStackTrace().length > 0 ? error.getStackTrace()[0] : null;
    }

    private static void field(MessageWriter writer, byte code, String value) {
        writer.int8(code).string(value);
    }
}
