package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A validated identity policy. {@link PolicyParser} builds it from AWS policy JSON; {@code text} keeps
 * the document as the user wrote it.
 *
 * @param version the {@code Version} element
 * @param statements the statements in document order
 * @param text the original JSON text
 */
public record PolicyDocument(String version, List<PolicyStatement> statements, String text) {
    public PolicyDocument {
        requireNonNull(version, "version");
        statements = List.copyOf(statements);
        requireNonNull(text, "text");
    }

    /** Parses and validates AWS policy JSON; see {@link PolicyParser#parse}. */
    public static PolicyDocument parse(String json) {
        return PolicyParser.parse(json);
    }
}
