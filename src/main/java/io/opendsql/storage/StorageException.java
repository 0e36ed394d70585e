package io.opendsql.storage;

/**
 * A storage fault: I/O error, corruption, use after close. Never a user error; the session layer reports it
 * as {@code XX000}. The message names the store so a log line says which database failed.
 */
public final class StorageException extends RuntimeException {
    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
