package io.opendsql.audit;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One cluster's audit log as JSON lines in {@code <directory>/}{@value #FILE_NAME}, owner-only. Each event
 * is appended with one write; when the next line would take the file past {@code maxBytes}, the file is
 * rotated first: {@code audit.jsonl.1} becomes {@code .2} and so on up to {@code keepFiles} rotated files
 * (the oldest is deleted), and the current file becomes {@code .1}. Lines are not forced to disk one by
 * one; the operating system writes them out.
 */
public final class JsonLinesAuditLog implements AuditLog {
    public static final String FILE_NAME = "audit.jsonl";

    private static final Logger log = LoggerFactory.getLogger(JsonLinesAuditLog.class);

    private final Path directory;
    private final String clusterId;
    private final long maxBytes;
    private final int keepFiles;

    /**
     * @param directory where the files live; created on the first event
     * @param clusterId written into every line
     * @param maxBytes the size a file may reach before rotation (a single longer line still gets its own file)
     * @param keepFiles how many rotated files to keep, at least 1
     */
    public JsonLinesAuditLog(Path directory, String clusterId, long maxBytes, int keepFiles) {
        this.directory = requireNonNull(directory, "directory");
        this.clusterId = requireNonNull(clusterId, "clusterId");
        if (maxBytes < 1 || keepFiles < 1) {
            throw new IllegalArgumentException("an audit log needs maxBytes >= 1 and keepFiles >= 1");
        }
        this.maxBytes = maxBytes;
        this.keepFiles = keepFiles;
    }

    /** The file being written. */
    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    /** The {@code n}-th rotated file, 1 being the newest. */
    public Path rotatedFile(int n) {
        return directory.resolve(FILE_NAME + "." + n);
    }

    @Override
    public synchronized void record(AuditEvent event) {
        byte[] line = AuditJson.line(clusterId, event);
        try {
            rotateIfFull(line.length);
            append(line);
        } catch (IOException | RuntimeException e) {
            log.error("cannot write to the audit log {}; event dropped: {}", file(), e.toString());
        }
    }

    private void rotateIfFull(int lineLength) throws IOException {
        long size;
        try {
            size = Files.size(file());
        } catch (NoSuchFileException e) {
            return;
        }
        if (size == 0 || size + lineLength <= maxBytes) {
            return;
        }
        Files.deleteIfExists(rotatedFile(keepFiles));
        for (int n = keepFiles - 1; n >= 1; n--) {
            if (Files.exists(rotatedFile(n))) {
                Files.move(rotatedFile(n), rotatedFile(n + 1), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.move(file(), rotatedFile(1), StandardCopyOption.ATOMIC_MOVE);
    }

    private void append(byte[] line) throws IOException {
        Path file = file();
        if (!Files.exists(file)) {
            createPrivate(file);
        }
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            out.write(line);
        }
    }

    private void createPrivate(Path file) throws IOException {
        boolean posix = Files.getFileStore(Files.createDirectories(directory.getParent()))
                .supportsFileAttributeView("posix");
        if (!Files.isDirectory(directory)) {
            try {
                if (posix) {
                    Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectory(directory);
                }
            } catch (FileAlreadyExistsException raced) {
                // another writer made it first
            }
        }
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            // appended to below
        }
    }

    @Override
    public String toString() {
        return "JsonLinesAuditLog[" + file() + "]";
    }
}
