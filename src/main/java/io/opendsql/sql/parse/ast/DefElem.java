package io.opendsql.sql.parse.ast;

/**
 * A generic option {@code name [value]} (PostgreSQL's DefElem): EXPLAIN and VACUUM options,
 * sequence options, storage parameters, role options, function options. {@code value} may be null.
 */
public record DefElem(String name, Expr value) {
}
