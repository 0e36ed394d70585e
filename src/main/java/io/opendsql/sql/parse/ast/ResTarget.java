package io.opendsql.sql.parse.ast;

/** A select-list item {@code value [AS name]} or a RETURNING item; {@code name} may be null. */
public record ResTarget(int location, Expr value, String name) {
}
