package io.opendsql.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** One-line error texts for command failures. */
final class ErrorText {
    private ErrorText() {
    }

    static String of(Exception e) {
        if (e instanceof NoSuchFileException missing) {
            return "file not found: " + missing.getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
