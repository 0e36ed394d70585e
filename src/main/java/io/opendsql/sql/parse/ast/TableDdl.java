package io.opendsql.sql.parse.ast;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Tables and indexes: CREATE TABLE, CREATE INDEX, ALTER TABLE, and the generic DROP, RENAME, OWNER and SET SCHEMA. */
public sealed interface TableDdl extends Stmt {

    /** An element of CREATE TABLE's list: a column, a table constraint, or LIKE. */
    sealed interface TableElement permits ColumnElement, Constraint, TableLike {
    }

    record ColumnElement(ColumnDef column) implements TableElement {
    }

    /** {@code LIKE source [INCLUDING|EXCLUDING option ...]}; options are e.g. "including defaults". */
    record TableLike(int location, RangeVar source, List<String> options) implements TableElement {
        public TableLike {
            options = List.copyOf(options);
        }
    }

    enum ConstraintType { NULL, NOT_NULL, DEFAULT, CHECK, PRIMARY_KEY, UNIQUE, FOREIGN_KEY, IDENTITY, GENERATED, EXCLUSION }

    /**
     * A column or table constraint (PostgreSQL's Constraint node).
     *
     * @param expression CHECK, DEFAULT or GENERATED ALWAYS AS expression
     * @param keys key columns of a table constraint (UNIQUE, PRIMARY KEY, FOREIGN KEY)
     * @param including INCLUDE columns
     * @param generatedWhen "always" or "by default" for identity columns
     * @param options sequence options of an identity column, or WITH (...) index parameters
     * @param indexName USING INDEX name
     * @param referencedTable, referencedColumns, matchType, onDelete, onUpdate: FOREIGN KEY / REFERENCES
     */
    record Constraint(int location, String name, ConstraintType type, Expr expression, List<String> keys,
                      List<String> including, boolean nullsNotDistinct, String generatedWhen,
                      List<DefElem> options, String indexName, RangeVar referencedTable,
                      List<String> referencedColumns, String matchType, String onDelete, List<String> onDeleteColumns,
                      String onUpdate, boolean deferrable, boolean initiallyDeferred, boolean notValid,
                      boolean noInherit) implements TableElement {
        public Constraint {
            requireNonNull(type, "type");
            keys = List.copyOf(keys);
            including = List.copyOf(including);
            options = List.copyOf(options);
            referencedColumns = List.copyOf(referencedColumns);
            onDeleteColumns = List.copyOf(onDeleteColumns);
        }

        public static Constraint of(int location, String name, ConstraintType type) {
            return new Constraint(location, name, type, null, List.of(), List.of(), false, null, List.of(), null,
                    null, List.of(), null, null, List.of(), null, false, false, false, false);
        }
    }

    /** PARTITION BY strategy (params). */
    record PartitionSpec(String strategy, List<IndexElem> parameters) {
        public PartitionSpec {
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * CREATE [persistence] TABLE. {@code persistence} is null, "temp" or "unlogged"; {@code partitionOf}
     * is the parent for {@code PARTITION OF}, with {@code partitionBound} the bound as written.
     */
    record CreateStmt(int location, RangeVar relation, List<TableElement> elements, boolean ifNotExists,
                      String persistence, List<RangeVar> inherits, PartitionSpec partitionBy, RangeVar partitionOf,
                      String partitionBound,
                      List<DefElem> with, String onCommit, String tablespace, String accessMethod)
            implements TableDdl {
        public CreateStmt {
            requireNonNull(relation, "relation");
            elements = List.copyOf(elements);
            inherits = List.copyOf(inherits);
            with = List.copyOf(with);
        }
    }

    /** CREATE TABLE ... AS query and CREATE MATERIALIZED VIEW ({@code materialized}). */
    record CreateTableAsStmt(int location, RangeVar relation, List<String> columns, SelectStmt query,
                             boolean materialized, boolean ifNotExists, String persistence, boolean withData)
            implements TableDdl {
        public CreateTableAsStmt {
            columns = List.copyOf(columns);
        }
    }

    /** An index column or expression with collation, operator class, ordering and NULLS placement. */
    record IndexElem(int location, String name, Expr expression, List<String> collation, List<String> opclass,
                     SortBy.Direction ordering, SortBy.Nulls nulls) {
        public IndexElem {
            collation = List.copyOf(collation);
            opclass = List.copyOf(opclass);
        }
    }

    /** CREATE [UNIQUE] INDEX [CONCURRENTLY | ASYNC] [IF NOT EXISTS] [name] ON [ONLY] t [USING m] (...) .... */
    record IndexStmt(int location, String name, RangeVar relation, String accessMethod, List<IndexElem> elements,
                     List<IndexElem> including, List<DefElem> with, String tablespace, Expr where, boolean unique,
                     boolean nullsNotDistinct, boolean concurrent, boolean async, boolean ifNotExists)
            implements TableDdl {
        public IndexStmt {
            elements = List.copyOf(elements);
            including = List.copyOf(including);
            with = List.copyOf(with);
        }
    }

    enum AlterTableType {
        ADD_COLUMN, DROP_COLUMN, ALTER_COLUMN_TYPE, SET_DEFAULT, DROP_DEFAULT, SET_NOT_NULL, DROP_NOT_NULL,
        DROP_EXPRESSION, ADD_IDENTITY, SET_IDENTITY, DROP_IDENTITY, SET_STATISTICS, SET_STORAGE, SET_COMPRESSION,
        ADD_CONSTRAINT, ADD_CONSTRAINT_USING_INDEX, DROP_CONSTRAINT, VALIDATE_CONSTRAINT, ALTER_CONSTRAINT,
        OWNER_TO, ENABLE_TRIGGER, DISABLE_TRIGGER, SET_OPTIONS, RESET_OPTIONS, ENABLE_ROW_SECURITY,
        DISABLE_ROW_SECURITY, FORCE_ROW_SECURITY, NO_FORCE_ROW_SECURITY, REPLICA_IDENTITY, SET_LOGGED,
        SET_UNLOGGED, SET_TABLESPACE, SET_ACCESS_METHOD, CLUSTER_ON, SET_WITHOUT_CLUSTER, INHERIT, NO_INHERIT,
        ATTACH_PARTITION, DETACH_PARTITION, ENABLE_RULE, DISABLE_RULE, OF, NOT_OF
    }

    /**
     * One ALTER TABLE action (PostgreSQL's AlterTableCmd). {@code name} is the column, constraint,
     * trigger, owner or other object the action names; {@code detail} carries a secondary word
     * (USING INDEX name, trigger ALL/USER, replica identity, storage mode).
     */
    record AlterTableCmd(AlterTableType type, String name, ColumnDef column, Constraint constraint, Expr expression,
                         TypeName dataType, List<DefElem> options, String detail, boolean ifExists,
                         boolean ifNotExists, boolean cascade) {
        public AlterTableCmd {
            requireNonNull(type, "type");
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    /** ALTER TABLE|INDEX|VIEW|SEQUENCE ... actions, with DSQL's ASYNC. */
    record AlterTableStmt(int location, ObjectType objectType, RangeVar relation, boolean ifExists, boolean async,
                          List<AlterTableCmd> commands) implements TableDdl {
        public AlterTableStmt {
            commands = List.copyOf(commands);
        }
    }

    /**
     * DROP object_type [IF EXISTS] name [, ...] [CASCADE | RESTRICT]. For functions, {@code arguments}
     * has one entry per object (null when the argument list was omitted).
     */
    record DropStmt(int location, ObjectType objectType, List<List<String>> objects, List<List<TypeName>> arguments,
                    boolean ifExists, boolean cascade, boolean concurrent, RangeVar onTable) implements TableDdl {
        public DropStmt {
            objects = objects.stream().map(List::copyOf).toList();
            arguments = arguments == null ? null
                    : arguments.stream().map(a -> a == null ? null : List.copyOf(a)).toList();
        }
    }

    /** ALTER ... RENAME [COLUMN|CONSTRAINT sub] TO new; {@code subname} is null when renaming the object itself. */
    record RenameStmt(int location, ObjectType objectType, ObjectType subtype, List<String> object,
                      List<TypeName> arguments, String subname, String newName, boolean ifExists)
            implements TableDdl {
        public RenameStmt {
            object = List.copyOf(object);
            arguments = arguments == null ? null : List.copyOf(arguments);
        }
    }

    /** ALTER ... SET SCHEMA s. */
    record AlterObjectSchemaStmt(int location, ObjectType objectType, List<String> object, List<TypeName> arguments,
                                 String newSchema, boolean ifExists) implements TableDdl {
        public AlterObjectSchemaStmt {
            object = List.copyOf(object);
            arguments = arguments == null ? null : List.copyOf(arguments);
        }
    }

    /** ALTER ... OWNER TO role. */
    record AlterOwnerStmt(int location, ObjectType objectType, List<String> object, List<TypeName> arguments,
                          String newOwner) implements TableDdl {
        public AlterOwnerStmt {
            object = List.copyOf(object);
            arguments = arguments == null ? null : List.copyOf(arguments);
        }
    }
}
