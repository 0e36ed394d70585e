package io.opendsql.sql.parse.ast;

import java.util.List;

/** Schemas, views, sequences, functions, domains, roles, privileges, comments, and recognized-only CREATEs. */
public sealed interface ObjectDdl extends Stmt {

    /** CREATE SCHEMA [IF NOT EXISTS] [name] [AUTHORIZATION role] [elements]. */
    record CreateSchemaStmt(int location, String name, String authorization, boolean ifNotExists,
                            List<Stmt> elements) implements ObjectDdl {
        public CreateSchemaStmt {
            elements = List.copyOf(elements);
        }
    }

    /** CREATE [OR REPLACE] [TEMP] [RECURSIVE] VIEW name [(cols)] [WITH (...)] AS query [WITH [..] CHECK OPTION]. */
    record ViewStmt(int location, RangeVar view, List<String> columns, SelectStmt query, boolean replace,
                    boolean recursive, String persistence, List<DefElem> options, String checkOption)
            implements ObjectDdl {
        public ViewStmt {
            columns = List.copyOf(columns);
            options = List.copyOf(options);
        }
    }

    /** CREATE [TEMP|UNLOGGED] SEQUENCE [IF NOT EXISTS] name options. */
    record CreateSeqStmt(int location, RangeVar sequence, List<DefElem> options, boolean ifNotExists,
                         String persistence) implements ObjectDdl {
        public CreateSeqStmt {
            options = List.copyOf(options);
        }
    }

    record AlterSeqStmt(int location, RangeVar sequence, List<DefElem> options, boolean ifExists)
            implements ObjectDdl {
        public AlterSeqStmt {
            options = List.copyOf(options);
        }
    }

    /** A function parameter: [mode] [name] type [DEFAULT expr]; mode is "in", "out", "inout", "variadic" or null. */
    record FunctionParameter(String name, TypeName type, String mode, Expr defaultValue) {
    }

    /**
     * CREATE [OR REPLACE] FUNCTION|PROCEDURE. {@code returnType} is null for procedures or
     * RETURNS TABLE (whose columns are OUT-like "table" parameters). Options include "language",
     * "as" (body strings as literals), "volatility", "strict", "security", ...; {@code sqlBody} is
     * a BEGIN ATOMIC body or RETURN statement.
     */
    record CreateFunctionStmt(int location, boolean replace, boolean procedure, List<String> name,
                              List<FunctionParameter> parameters, TypeName returnType,
                              List<FunctionParameter> returnsTable, List<DefElem> options, List<Stmt> sqlBody)
            implements ObjectDdl {
        public CreateFunctionStmt {
            name = List.copyOf(name);
            parameters = List.copyOf(parameters);
            returnsTable = List.copyOf(returnsTable);
            options = List.copyOf(options);
            sqlBody = sqlBody == null ? null : List.copyOf(sqlBody);
        }
    }

    /** ALTER FUNCTION|PROCEDURE|ROUTINE name(args) actions (property changes). */
    record AlterFunctionStmt(int location, ObjectType objectType, List<String> name, List<TypeName> arguments,
                             List<DefElem> actions) implements ObjectDdl {
        public AlterFunctionStmt {
            name = List.copyOf(name);
            arguments = arguments == null ? null : List.copyOf(arguments);
            actions = List.copyOf(actions);
        }
    }

    /** CREATE DOMAIN name [AS] type [COLLATE c] [DEFAULT ...] [constraints]. */
    record CreateDomainStmt(int location, List<String> name, TypeName type, List<String> collation,
                            List<TableDdl.Constraint> constraints) implements ObjectDdl {
        public CreateDomainStmt {
            name = List.copyOf(name);
            collation = collation == null ? List.of() : List.copyOf(collation);
            constraints = List.copyOf(constraints);
        }
    }

    /**
     * ALTER DOMAIN: {@code action} is "set default", "drop default", "set not null", "drop not null",
     * "add constraint", "drop constraint", "validate constraint".
     */
    record AlterDomainStmt(int location, List<String> name, String action, Expr defaultValue,
                           TableDdl.Constraint constraint, String constraintName, boolean ifExists, boolean cascade)
            implements ObjectDdl {
        public AlterDomainStmt {
            name = List.copyOf(name);
        }
    }

    enum RoleKind { ROLE, USER, GROUP }

    /** CREATE ROLE|USER|GROUP name [WITH] options; option names as PostgreSQL's (e.g. "canlogin", "addroleto"). */
    record CreateRoleStmt(int location, RoleKind kind, String name, List<DefElem> options) implements ObjectDdl {
        public CreateRoleStmt {
            options = List.copyOf(options);
        }
    }

    /** ALTER ROLE|USER name [WITH] options. */
    record AlterRoleStmt(int location, RoleKind kind, String role, List<DefElem> options) implements ObjectDdl {
        public AlterRoleStmt {
            options = List.copyOf(options);
        }
    }

    /** ALTER ROLE|USER name [IN DATABASE d] SET/RESET ... */
    record AlterRoleSetStmt(int location, String role, String database, UtilityStmt.VariableSetStmt setting)
            implements ObjectDdl {
    }

    record DropRoleStmt(int location, RoleKind kind, List<String> roles, boolean ifExists) implements ObjectDdl {
        public DropRoleStmt {
            roles = List.copyOf(roles);
        }
    }

    /** A privilege with optional column list; {@code name} null means ALL [PRIVILEGES]. */
    record AccessPriv(String name, List<String> columns) {
        public AccessPriv {
            columns = List.copyOf(columns);
        }
    }

    enum GrantTarget { OBJECT, ALL_IN_SCHEMA, DEFAULTS }

    /**
     * GRANT/REVOKE privileges ON objects. Objects are qualified names (or schema names for ALL ...
     * IN SCHEMA); function objects have argument types in {@code arguments}.
     */
    record GrantStmt(int location, boolean grant, List<AccessPriv> privileges, GrantTarget target,
                     ObjectType objectType, List<List<String>> objects, List<List<TypeName>> arguments,
                     List<String> grantees, boolean grantOption, String grantedBy, boolean cascade)
            implements ObjectDdl {
        public GrantStmt {
            privileges = List.copyOf(privileges);
            objects = objects.stream().map(List::copyOf).toList();
            arguments = arguments == null ? null
                    : arguments.stream().map(a -> a == null ? null : List.copyOf(a)).toList();
            grantees = List.copyOf(grantees);
        }
    }

    /** GRANT role TO role [WITH ADMIN OPTION] / REVOKE [ADMIN OPTION FOR] role FROM role. */
    record GrantRoleStmt(int location, boolean grant, List<String> roles, List<String> grantees, List<DefElem> options,
                         String grantedBy, boolean cascade) implements ObjectDdl {
        public GrantRoleStmt {
            roles = List.copyOf(roles);
            grantees = List.copyOf(grantees);
            options = List.copyOf(options);
        }
    }

    /** ALTER DEFAULT PRIVILEGES [FOR ROLE r] [IN SCHEMA s] GRANT|REVOKE ...; options "roles"/"schemas". */
    record AlterDefaultPrivilegesStmt(int location, List<String> roles, List<String> schemas, GrantStmt action)
            implements ObjectDdl {
        public AlterDefaultPrivilegesStmt {
            roles = List.copyOf(roles);
            schemas = List.copyOf(schemas);
        }
    }

    /** COMMENT ON object IS 'text' | NULL ({@code comment} null). */
    record CommentStmt(int location, ObjectType objectType, List<String> object, List<TypeName> arguments,
                       String comment) implements ObjectDdl {
        public CommentStmt {
            object = List.copyOf(object);
            arguments = arguments == null ? null : List.copyOf(arguments);
        }
    }

    /** DSQL: AWS IAM GRANT role TO 'arn' / AWS IAM REVOKE role FROM 'arn'. */
    record AwsIamGrantStmt(int location, boolean grant, String role, String arn) implements ObjectDdl {
    }

    /**
     * A CREATE, ALTER or DROP of an object kind DSQL does not support, recognized so it can be
     * rejected: {@code nodeTag} is PostgreSQL's parse-node tag ("Createdb", "CreateExtension",
     * "CreateTrig", "DefineStmt", ...), {@code name} the object's name when known.
     */
    record RecognizedStmt(int location, String nodeTag, ObjectType objectType, String name) implements ObjectDdl {
    }
}
