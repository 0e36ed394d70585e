package io.opendsql.catalog;

import static io.opendsql.common.SqlState.DEPENDENT_OBJECTS_STILL_EXIST;
import static io.opendsql.common.SqlState.DUPLICATE_COLUMN;
import static io.opendsql.common.SqlState.DUPLICATE_FUNCTION;
import static io.opendsql.common.SqlState.DUPLICATE_OBJECT;
import static io.opendsql.common.SqlState.DUPLICATE_SCHEMA;
import static io.opendsql.common.SqlState.DUPLICATE_TABLE;
import static io.opendsql.common.SqlState.INVALID_SCHEMA_NAME;
import static io.opendsql.common.SqlState.PROGRAM_LIMIT_EXCEEDED;
import static io.opendsql.common.SqlState.TOO_MANY_COLUMNS;
import static io.opendsql.common.SqlState.UNDEFINED_COLUMN;
import static io.opendsql.common.SqlState.UNDEFINED_FUNCTION;
import static io.opendsql.common.SqlState.UNDEFINED_OBJECT;
import static io.opendsql.common.SqlState.UNDEFINED_TABLE;
import static io.opendsql.common.SqlState.WRONG_OBJECT_TYPE;

import io.opendsql.common.DsqlException;
import java.util.List;

/** Every error the catalog raises, with PostgreSQL's (or DSQL's, for limits) SQLSTATE and text. */
final class CatalogErrors {
    private CatalogErrors() {
    }

    static DsqlException schemaNotFound(String name) {
        return DsqlException.of(INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", name);
    }

    static DsqlException schemaExists(String name) {
        return DsqlException.of(DUPLICATE_SCHEMA, "schema \"%s\" already exists", name);
    }

    static DsqlException relationNotFound(String name) {
        return DsqlException.of(UNDEFINED_TABLE, "relation \"%s\" does not exist", name);
    }

    /** {@code DROP VIEW v} / {@code DROP TABLE t} of a missing relation: {@code view "v" does not exist}. */
    static DsqlException relationNotFound(RelationKind kind, String name) {
        return DsqlException.of(kind == RelationKind.INDEX ? UNDEFINED_OBJECT : UNDEFINED_TABLE,
                "%s \"%s\" does not exist", kind.displayName(), name);
    }

    static DsqlException relationExists(String name) {
        return DsqlException.of(DUPLICATE_TABLE, "relation \"%s\" already exists", name);
    }

    static DsqlException wrongKind(String name, RelationKind expected) {
        return DsqlException.of(WRONG_OBJECT_TYPE, "\"%s\" is not %s %s", name,
                expected == RelationKind.INDEX ? "an" : "a", expected.displayName());
    }

    static DsqlException columnNotFound(String column, String table) {
        return DsqlException.of(UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist", column, table);
    }

    static DsqlException keyColumnNotFound(String column) {
        return DsqlException.of(UNDEFINED_COLUMN, "column \"%s\" named in key does not exist", column);
    }

    static DsqlException columnExists(String column, String table) {
        return DsqlException.of(DUPLICATE_COLUMN, "column \"%s\" of relation \"%s\" already exists", column, table);
    }

    static DsqlException columnSpecifiedTwice(String column) {
        return DsqlException.of(DUPLICATE_COLUMN, "column \"%s\" specified more than once", column);
    }

    static DsqlException columnTwiceInKey(String column, String constraint) {
        return DsqlException.of(DUPLICATE_COLUMN, "column \"%s\" appears twice in %s constraint", column,
                constraint);
    }

    static DsqlException constraintNotFound(String name, String table) {
        return DsqlException.of(UNDEFINED_OBJECT, "constraint \"%s\" of relation \"%s\" does not exist", name,
                table);
    }

    static DsqlException constraintExists(String name, String table) {
        return DsqlException.of(DUPLICATE_OBJECT, "constraint \"%s\" for relation \"%s\" already exists", name,
                table);
    }

    static DsqlException functionNotFound(String signature) {
        return DsqlException.of(UNDEFINED_FUNCTION, "function %s does not exist", signature);
    }

    static DsqlException functionExists(String signature) {
        return DsqlException.of(DUPLICATE_FUNCTION, "function %s already exists with same argument types",
                signature);
    }

    static DsqlException typeExists(String name) {
        return DsqlException.of(DUPLICATE_OBJECT, "type \"%s\" already exists", name);
    }

    static DsqlException typeNotFound(String name) {
        return DsqlException.of(UNDEFINED_OBJECT, "type \"%s\" does not exist", name);
    }

    static DsqlException roleNotFound(String name) {
        return DsqlException.of(UNDEFINED_OBJECT, "role \"%s\" does not exist", name);
    }

    static DsqlException roleExists(String name) {
        return DsqlException.of(DUPLICATE_OBJECT, "role \"%s\" already exists", name);
    }

    static DsqlException roleHasDependents(String name, List<String> details) {
        DsqlException error = DsqlException.of(DEPENDENT_OBJECTS_STILL_EXIST,
                "role \"%s\" cannot be dropped because some objects depend on it", name);
        return details.isEmpty() ? error : error.detail(String.join("\n", details));
    }

    /** {@code cannot drop table t because other objects depend on it}, with PostgreSQL's detail and hint. */
    static DsqlException hasDependents(String what, List<String> details) {
        return DsqlException.of(DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop %s because other objects depend on it",
                        what)
                .detail(String.join("\n", details))
                .hint("Use DROP ... CASCADE to drop the dependent objects too.");
    }

    static DsqlException systemSchema(String name) {
        return DsqlException.of(DEPENDENT_OBJECTS_STILL_EXIST,
                "cannot drop schema %s because it is required by the database system", name);
    }

    static DsqlException indexRequiredByConstraint(String index, String constraint, String table) {
        return DsqlException.of(DEPENDENT_OBJECTS_STILL_EXIST,
                        "cannot drop index %s because constraint %s on table %s requires it", index, constraint, table)
                .hint("You can drop constraint %s on table %s instead.".formatted(constraint, table));
    }

    static DsqlException tooManySchemas(int limit) {
        return DsqlException.of(PROGRAM_LIMIT_EXCEEDED, "more than %d schemas not allowed", limit);
    }

    static DsqlException tooManyTables(int limit) {
        return DsqlException.of(PROGRAM_LIMIT_EXCEEDED, "creating more than %d tables not allowed", limit);
    }

    static DsqlException tooManyViews(int limit) {
        return DsqlException.of(PROGRAM_LIMIT_EXCEEDED, "creating more than %d views not allowed", limit);
    }

    static DsqlException tooManyIndexes(int limit) {
        return DsqlException.of(PROGRAM_LIMIT_EXCEEDED, "more than %d indexes per table are not allowed", limit);
    }

    static DsqlException tooManyColumns(int limit) {
        return DsqlException.of(TOO_MANY_COLUMNS, "tables can have at most %d columns", limit);
    }

    static DsqlException tooManyKeyColumns(int limit) {
        return DsqlException.of(TOO_MANY_COLUMNS, "more than %d column keys in an index are not supported", limit);
    }
}
