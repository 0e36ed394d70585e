package io.opendsql.sql.parse;

import static io.opendsql.sql.parse.ExprPrinter.ident;
import static io.opendsql.sql.parse.ExprPrinter.qualified;

import io.opendsql.sql.parse.ast.ColumnDef;
import io.opendsql.sql.parse.ast.ObjectType;
import io.opendsql.sql.parse.ast.TableDdl;
import io.opendsql.sql.parse.ast.TableDdl.AlterTableCmd;
import io.opendsql.sql.parse.ast.TableDdl.Constraint;
import io.opendsql.sql.parse.ast.TypeName;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints table and index DDL. */
final class TableDdlPrinter {
    private TableDdlPrinter() {
    }

    static String print(TableDdl stmt) {
        return switch (stmt) {
            case TableDdl.CreateStmt c -> create(c);
            case TableDdl.CreateTableAsStmt c -> "CREATE " + (c.persistence() == null ? "" : upper(c.persistence()) + " ")
                    + (c.materialized() ? "MATERIALIZED VIEW " : "TABLE ") + (c.ifNotExists() ? "IF NOT EXISTS " : "")
                    + QueryPrinter.relation(c.relation().withAlias(null))
                    + (c.columns().isEmpty() ? "" : " (" + QueryPrinter.names(c.columns()) + ")")
                    + " AS " + QueryPrinter.select(c.query()) + (c.withData() ? "" : " WITH NO DATA");
            case TableDdl.IndexStmt i -> index(i);
            case TableDdl.AlterTableStmt a -> "ALTER " + a.objectType().sql() + (a.async() ? " ASYNC" : "")
                    + (a.ifExists() ? " IF EXISTS " : " ") + QueryPrinter.relation(a.relation()) + " "
                    + a.commands().stream().map(TableDdlPrinter::command).collect(Collectors.joining(", "));
            case TableDdl.DropStmt d -> drop(d);
            case TableDdl.RenameStmt r -> "ALTER " + r.objectType().sql() + (r.ifExists() ? " IF EXISTS " : " ")
                    + object(r.object(), r.arguments()) + " RENAME "
                    + (r.subname() == null ? "" : (r.subtype() == ObjectType.CONSTRAINT ? "CONSTRAINT " : "COLUMN ")
                    + ident(r.subname()) + " ") + "TO " + ident(r.newName());
            case TableDdl.AlterObjectSchemaStmt s -> "ALTER " + s.objectType().sql() + " "
                    + object(s.object(), s.arguments()) + " SET SCHEMA " + ident(s.newSchema());
            case TableDdl.AlterOwnerStmt o -> "ALTER " + o.objectType().sql() + " " + object(o.object(), o.arguments())
                    + " OWNER TO " + ident(o.newOwner());
        };
    }

    static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    static String object(List<String> names, List<TypeName> arguments) {
        String text = qualified(names);
        if (arguments != null) {
            text += "(" + arguments.stream().map(ExprPrinter::type).collect(Collectors.joining(", ")) + ")";
        }
        return text;
    }

    private static String create(TableDdl.CreateStmt c) {
        StringBuilder out = new StringBuilder("CREATE ");
        if (c.persistence() != null) {
            out.append(upper(c.persistence())).append(' ');
        }
        out.append("TABLE ");
        if (c.ifNotExists()) {
            out.append("IF NOT EXISTS ");
        }
        out.append(QueryPrinter.relation(c.relation()));
        if (c.partitionOf() != null) {
            out.append(" PARTITION OF ").append(QueryPrinter.relation(c.partitionOf()));
        }
        if (c.partitionOf() == null || !c.elements().isEmpty()) {
            out.append(" (").append(c.elements().stream().map(TableDdlPrinter::element)
                    .collect(Collectors.joining(", "))).append(')');
        }
        if (c.partitionBound() != null) {
            out.append(' ').append(c.partitionBound());
        }
        if (!c.inherits().isEmpty()) {
            out.append(" INHERITS (").append(UtilityPrinter.relations(c.inherits())).append(')');
        }
        if (c.partitionBy() != null) {
            out.append(" PARTITION BY ").append(upper(c.partitionBy().strategy())).append(" (")
                    .append(c.partitionBy().parameters().stream().map(StatementPrinter::indexElem)
                            .collect(Collectors.joining(", "))).append(')');
        }
        if (c.accessMethod() != null) {
            out.append(" USING ").append(ident(c.accessMethod()));
        }
        if (!c.with().isEmpty()) {
            out.append(" WITH (").append(reloptions(c.with())).append(')');
        }
        if (c.onCommit() != null) {
            out.append(" ON COMMIT ").append(upper(c.onCommit()));
        }
        if (c.tablespace() != null) {
            out.append(" TABLESPACE ").append(ident(c.tablespace()));
        }
        return out.toString();
    }

    static String reloptions(List<io.opendsql.sql.parse.ast.DefElem> options) {
        return options.stream().map(o -> o.value() == null ? o.name() : o.name() + " = " + ExprPrinter.print(o.value()))
                .collect(Collectors.joining(", "));
    }

    private static String element(TableDdl.TableElement element) {
        return switch (element) {
            case TableDdl.ColumnElement c -> column(c.column());
            case Constraint c -> constraint(c, true);
            case TableDdl.TableLike l -> "LIKE " + QueryPrinter.relation(l.source())
                    + l.options().stream().map(o -> " " + upper(o)).collect(Collectors.joining());
        };
    }

    static String column(ColumnDef c) {
        StringBuilder out = new StringBuilder(ident(c.name()));
        if (c.type() != null) {
            out.append(' ').append(ExprPrinter.type(c.type()));
        }
        if (c.storage() != null) {
            out.append(" STORAGE ").append(upper(c.storage()));
        }
        if (!c.collation().isEmpty()) {
            out.append(" COLLATE ").append(qualified(c.collation()));
        }
        for (Constraint constraint : c.constraints()) {
            out.append(' ').append(constraint(constraint, false));
        }
        return out.toString();
    }

    static String constraint(Constraint c, boolean table) {
        StringBuilder out = new StringBuilder();
        if (c.name() != null) {
            out.append("CONSTRAINT ").append(ident(c.name())).append(' ');
        }
        switch (c.type()) {
            case NULL -> out.append("NULL");
            case NOT_NULL -> out.append("NOT NULL");
            case DEFAULT -> out.append("DEFAULT ").append(ExprPrinter.print(c.expression()));
            case CHECK -> out.append("CHECK (").append(ExprPrinter.print(c.expression())).append(')');
            case PRIMARY_KEY, UNIQUE -> {
                out.append(c.type() == TableDdl.ConstraintType.UNIQUE ? "UNIQUE" : "PRIMARY KEY");
                if (c.nullsNotDistinct()) {
                    out.append(" NULLS NOT DISTINCT");
                }
                if (c.indexName() != null) {
                    out.append(" USING INDEX ").append(ident(c.indexName()));
                }
                if (!c.keys().isEmpty()) {
                    out.append(" (").append(QueryPrinter.names(c.keys())).append(')');
                }
                if (!c.including().isEmpty()) {
                    out.append(" INCLUDE (").append(QueryPrinter.names(c.including())).append(')');
                }
                if (!c.options().isEmpty()) {
                    out.append(" WITH (").append(reloptions(c.options())).append(')');
                }
            }
            case FOREIGN_KEY -> {
                if (table) {
                    out.append("FOREIGN KEY (").append(QueryPrinter.names(c.keys())).append(") ");
                }
                out.append("REFERENCES ").append(QueryPrinter.relation(c.referencedTable()));
                if (!c.referencedColumns().isEmpty()) {
                    out.append(" (").append(QueryPrinter.names(c.referencedColumns())).append(')');
                }
                if (c.matchType() != null) {
                    out.append(" MATCH ").append(upper(c.matchType()));
                }
                if (c.onDelete() != null) {
                    out.append(" ON DELETE ").append(upper(c.onDelete()));
                    if (!c.onDeleteColumns().isEmpty()) {
                        out.append(" (").append(QueryPrinter.names(c.onDeleteColumns())).append(')');
                    }
                }
                if (c.onUpdate() != null) {
                    out.append(" ON UPDATE ").append(upper(c.onUpdate()));
                }
            }
            case IDENTITY -> {
                out.append("GENERATED ").append(upper(c.generatedWhen())).append(" AS IDENTITY");
                if (!c.options().isEmpty()) {
                    out.append(" (").append(ObjectDdlPrinter.sequenceOptions(c.options()).trim()).append(')');
                }
            }
            case GENERATED -> out.append("GENERATED ALWAYS AS (").append(ExprPrinter.print(c.expression()))
                    .append(") STORED");
            case EXCLUSION -> out.append("EXCLUDE (...)");
        }
        if (c.deferrable()) {
            out.append(" DEFERRABLE");
        }
        if (c.initiallyDeferred()) {
            out.append(" INITIALLY DEFERRED");
        }
        if (c.notValid()) {
            out.append(" NOT VALID");
        }
        if (c.noInherit()) {
            out.append(" NO INHERIT");
        }
        return out.toString();
    }

    private static String index(TableDdl.IndexStmt i) {
        StringBuilder out = new StringBuilder("CREATE ");
        if (i.unique()) {
            out.append("UNIQUE ");
        }
        out.append("INDEX ");
        if (i.concurrent()) {
            out.append("CONCURRENTLY ");
        }
        if (i.async()) {
            out.append("ASYNC ");
        }
        if (i.ifNotExists()) {
            out.append("IF NOT EXISTS ");
        }
        if (i.name() != null) {
            out.append(ident(i.name())).append(' ');
        }
        out.append("ON ").append(QueryPrinter.relation(i.relation()));
        if (i.accessMethod() != null) {
            out.append(" USING ").append(ident(i.accessMethod()));
        }
        out.append(" (").append(i.elements().stream().map(StatementPrinter::indexElem)
                .collect(Collectors.joining(", "))).append(')');
        if (!i.including().isEmpty()) {
            out.append(" INCLUDE (").append(i.including().stream().map(StatementPrinter::indexElem)
                    .collect(Collectors.joining(", "))).append(')');
        }
        if (i.nullsNotDistinct()) {
            out.append(" NULLS NOT DISTINCT");
        }
        if (!i.with().isEmpty()) {
            out.append(" WITH (").append(reloptions(i.with())).append(')');
        }
        if (i.tablespace() != null) {
            out.append(" TABLESPACE ").append(ident(i.tablespace()));
        }
        if (i.where() != null) {
            out.append(" WHERE ").append(ExprPrinter.print(i.where()));
        }
        return out.toString();
    }

    private static String command(AlterTableCmd c) {
        String name = c.name() == null ? "" : ident(c.name());
        String behavior = c.cascade() ? " CASCADE" : "";
        return switch (c.type()) {
            case ADD_COLUMN -> "ADD COLUMN " + (c.ifNotExists() ? "IF NOT EXISTS " : "") + column(c.column());
            case DROP_COLUMN -> "DROP COLUMN " + (c.ifExists() ? "IF EXISTS " : "") + name + behavior;
            case ALTER_COLUMN_TYPE -> "ALTER COLUMN " + name + " TYPE " + ExprPrinter.type(c.dataType())
                    + (c.detail() == null ? "" : " COLLATE " + qualified(List.of(c.detail().split("\\."))))
                    + (c.expression() == null ? "" : " USING " + ExprPrinter.print(c.expression()));
            case SET_DEFAULT -> "ALTER COLUMN " + name + " SET DEFAULT " + ExprPrinter.print(c.expression());
            case DROP_DEFAULT -> "ALTER COLUMN " + name + " DROP DEFAULT";
            case SET_NOT_NULL -> "ALTER COLUMN " + name + " SET NOT NULL";
            case DROP_NOT_NULL -> "ALTER COLUMN " + name + " DROP NOT NULL";
            case DROP_EXPRESSION -> "ALTER COLUMN " + name + " DROP EXPRESSION" + (c.ifExists() ? " IF EXISTS" : "");
            case ADD_IDENTITY -> "ALTER COLUMN " + name + " ADD " + constraint(c.constraint(), false);
            case SET_IDENTITY -> "ALTER COLUMN " + name + " " + c.options().stream()
                    .map(o -> o.name().equals("generated") ? "SET GENERATED "
                            + upper(((io.opendsql.sql.parse.ast.Expr.Literal) o.value()).value())
                            : o.name().equals("restart") ? "RESTART" + (o.value() == null ? ""
                            : " WITH " + ExprPrinter.print(o.value()))
                            : "SET" + ObjectDdlPrinter.sequenceOptions(List.of(o))).collect(Collectors.joining(" "));
            case DROP_IDENTITY -> "ALTER COLUMN " + name + " DROP IDENTITY" + (c.ifExists() ? " IF EXISTS" : "");
            case SET_STATISTICS -> "ALTER COLUMN " + name + " SET STATISTICS " + ExprPrinter.print(c.expression());
            case SET_STORAGE -> "ALTER COLUMN " + name + " SET STORAGE " + upper(c.detail());
            case SET_COMPRESSION -> "ALTER COLUMN " + name + " SET COMPRESSION " + c.detail();
            case ADD_CONSTRAINT, ADD_CONSTRAINT_USING_INDEX -> "ADD " + constraint(c.constraint(), true);
            case DROP_CONSTRAINT -> "DROP CONSTRAINT " + (c.ifExists() ? "IF EXISTS " : "") + name + behavior;
            case VALIDATE_CONSTRAINT -> "VALIDATE CONSTRAINT " + name;
            case ALTER_CONSTRAINT -> "ALTER CONSTRAINT " + name
                    + (c.constraint().deferrable() ? " DEFERRABLE" : " NOT DEFERRABLE")
                    + (c.constraint().initiallyDeferred() ? " INITIALLY DEFERRED" : " INITIALLY IMMEDIATE");
            case OWNER_TO -> "OWNER TO " + name;
            case ENABLE_TRIGGER -> "ENABLE TRIGGER " + (c.name().equals("all") || c.name().equals("user")
                    ? upper(c.name()) : name);
            case DISABLE_TRIGGER -> "DISABLE TRIGGER " + (c.name().equals("all") || c.name().equals("user")
                    ? upper(c.name()) : name);
            case SET_OPTIONS -> (c.name() == null ? "SET (" : "ALTER COLUMN " + name + " SET (")
                    + reloptions(c.options()) + ")";
            case RESET_OPTIONS -> (c.name() == null ? "RESET (" : "ALTER COLUMN " + name + " RESET (")
                    + reloptions(c.options()) + ")";
            case ENABLE_ROW_SECURITY -> "ENABLE ROW LEVEL SECURITY";
            case DISABLE_ROW_SECURITY -> "DISABLE ROW LEVEL SECURITY";
            case FORCE_ROW_SECURITY -> "FORCE ROW LEVEL SECURITY";
            case NO_FORCE_ROW_SECURITY -> "NO FORCE ROW LEVEL SECURITY";
            case REPLICA_IDENTITY -> "REPLICA IDENTITY " + upper(c.detail());
            case SET_LOGGED -> "SET LOGGED";
            case SET_UNLOGGED -> "SET UNLOGGED";
            case SET_TABLESPACE -> "SET TABLESPACE " + name;
            case SET_ACCESS_METHOD -> "SET ACCESS METHOD " + name;
            case CLUSTER_ON -> "CLUSTER ON " + name;
            case SET_WITHOUT_CLUSTER -> c.name() == null ? "SET WITHOUT CLUSTER" : "SET WITHOUT OIDS";
            case INHERIT -> "INHERIT " + name;
            case NO_INHERIT -> "NO INHERIT " + name;
            case ATTACH_PARTITION -> "ATTACH PARTITION " + name;
            case DETACH_PARTITION -> "DETACH PARTITION " + name;
            case ENABLE_RULE -> "ENABLE RULE " + name;
            case DISABLE_RULE -> "DISABLE RULE " + name;
            case OF -> "OF " + c.name();
            case NOT_OF -> "NOT OF";
        };
    }

    private static String drop(TableDdl.DropStmt d) {
        StringBuilder out = new StringBuilder("DROP ").append(d.objectType().sql()).append(' ');
        if (d.concurrent()) {
            out.append("CONCURRENTLY ");
        }
        if (d.ifExists()) {
            out.append("IF EXISTS ");
        }
        for (int i = 0; i < d.objects().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(object(d.objects().get(i), d.arguments() == null ? null : d.arguments().get(i)));
        }
        if (d.onTable() != null) {
            out.append(" ON ").append(QueryPrinter.relation(d.onTable()));
        }
        if (d.cascade()) {
            out.append(" CASCADE");
        }
        return out.toString();
    }
}
