package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;

/**
 * The catalog as the text forms of the OID alias types read and write it: {@code 't'::regclass} looks the
 * relation up through the search path, a regclass value prints as the relation's name (schema-qualified when
 * the search path would not find it). {@link #NONE} knows only built-in types, as a context without a
 * database does.
 */
public interface ObjectNames {
    /** Knows no catalog: names of relations, functions, schemas and roles are not found, OIDs print as numbers. */
    ObjectNames NONE = new ObjectNames() {
    };

    /** The OID a name of {@code type} (one of the {@link PgType#isObjectReference} types) refers to. */
    default long oid(PgType type, String name) {
        if (type == PgType.REGTYPE) {
            return BuiltinTypeNames.oid(name);
        }
        throw notFound(type, name);
    }

    /** The text form of an OID of {@code type}; the number itself when no object has it. */
    default String name(PgType type, long oid) {
        if (type == PgType.REGTYPE) {
            return PgType.byOid((int) oid).map(t -> SqlType.of(t).formatType()).orElse(Long.toString(oid));
        }
        return Long.toString(oid);
    }

    /** PostgreSQL's error for a name that names nothing. */
    static DsqlException notFound(PgType type, String name) {
        return switch (type) {
            case REGCLASS -> DsqlException.of(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", name);
            case REGTYPE -> DsqlException.of(SqlState.UNDEFINED_OBJECT, "type \"%s\" does not exist", name);
            case REGPROC, REGPROCEDURE -> DsqlException.of(SqlState.UNDEFINED_FUNCTION,
                    "function \"%s\" does not exist", name);
            case REGNAMESPACE -> DsqlException.of(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", name);
            case REGROLE -> DsqlException.of(SqlState.UNDEFINED_OBJECT, "role \"%s\" does not exist", name);
            default -> throw new IllegalArgumentException(type + " does not name catalog objects");
        };
    }

    /** Built-in type names for regtype input. */
    final class BuiltinTypeNames {
        private BuiltinTypeNames() {
        }

        static long oid(String name) {
            try {
                return TypeNames.parse(name.trim()).type().oid();
            } catch (RuntimeException e) {
                throw notFound(PgType.REGTYPE, name.trim());
            }
        }
    }
}
