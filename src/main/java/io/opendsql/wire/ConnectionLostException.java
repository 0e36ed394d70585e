package io.opendsql.wire;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writing to the client failed: the connection is gone. Distinct from any {@link UncheckedIOException} a
 * session might throw for its own reasons, which is an internal error ({@code XX000}), not a lost client.
 */
final class ConnectionLostException extends UncheckedIOException {
    ConnectionLostException(IOException cause) {
        super(cause);
    }
}
