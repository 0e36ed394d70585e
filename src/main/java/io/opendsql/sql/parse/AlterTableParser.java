package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.ColumnDef;
import io.opendsql.sql.parse.ast.DefElem;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.ObjectDdl;
import io.opendsql.sql.parse.ast.ObjectType;
import io.opendsql.sql.parse.ast.RangeVar;
import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.TableDdl;
import io.opendsql.sql.parse.ast.TableDdl.AlterTableCmd;
import io.opendsql.sql.parse.ast.TableDdl.AlterTableType;
import io.opendsql.sql.parse.ast.TypeName;

import java.util.ArrayList;
import java.util.List;

/** ALTER TABLE|INDEX|VIEW|SEQUENCE (actions, RENAME, SET SCHEMA), DSQL's ALTER TABLE ASYNC, and ALTER DOMAIN. */
final class AlterTableParser extends GrammarArea {
    AlterTableParser(Grammar grammar) {
        super(grammar);
    }

    private static AlterTableCmd cmd(AlterTableType type, String name) {
        return new AlterTableCmd(type, name, null, null, null, null, null, null, false, false, false);
    }

    /** After ALTER; the cursor is at TABLE, INDEX, VIEW, SEQUENCE, MATERIALIZED VIEW or FOREIGN TABLE. */
    Stmt alter(int at) {
        ObjectType type;
        if (acceptKeyword("materialized")) {
            expectKeyword("view");
            type = ObjectType.MATERIALIZED_VIEW;
        } else if (acceptKeyword("foreign")) {
            expectKeyword("table");
            type = ObjectType.FOREIGN_TABLE;
        } else {
            type = ObjectType.valueOf(next().value().toUpperCase(java.util.Locale.ROOT));
        }
        boolean async = false;
        if (type == ObjectType.TABLE && peek().kind() == TokenKind.IDENT && peek().value().equals("async")) {
            next();
            async = true;
        }
        boolean ifExists = false;
        if (isKeyword("if") && isKeyword(1, "exists")) {
            next();
            expectKeyword("exists");
            ifExists = true;
        }
        RangeVar relation = type == ObjectType.TABLE || type == ObjectType.FOREIGN_TABLE
                ? g.from.relationExpr() : qualifiedName();
        List<String> object = names(relation);
        if (isKeyword("rename")) {
            next();
            if (acceptKeyword("to") || type == ObjectType.INDEX || type == ObjectType.SEQUENCE) {
                if (in.previous().isKeyword("rename")) {
                    expectKeyword("to");
                }
                return new TableDdl.RenameStmt(at, type, null, object, null, null, colId(), ifExists);
            }
            ObjectType subtype = ObjectType.COLUMN;
            if (acceptKeyword("constraint")) {
                subtype = ObjectType.CONSTRAINT;
            } else {
                acceptKeyword("column");
            }
            String subname = colId();
            expectKeyword("to");
            return new TableDdl.RenameStmt(at, type, subtype, object, null, subname, colId(), ifExists);
        }
        if (isKeyword("set") && isKeyword(1, "schema")) {
            next();
            next();
            return new TableDdl.AlterObjectSchemaStmt(at, type, object, null, colId(), ifExists);
        }
        if (type == ObjectType.SEQUENCE && !isKeyword("owner") && !isKeyword("set") && !isKeyword("reset")) {
            List<DefElem> options = g.ddl.constraints().sequenceOptions(false);
            return new ObjectDdl.AlterSeqStmt(at, relation, options, ifExists);
        }
        List<AlterTableCmd> commands = new ArrayList<>();
        do {
            commands.add(command());
        } while (acceptChar(','));
        return new TableDdl.AlterTableStmt(at, type, relation, ifExists, async, commands);
    }

    private static List<String> names(RangeVar r) {
        List<String> names = new ArrayList<>();
        if (r.catalog() != null) {
            names.add(r.catalog());
        }
        if (r.schema() != null) {
            names.add(r.schema());
        }
        names.add(r.name());
        return names;
    }

    private boolean ifExistsClause() {
        if (isKeyword("if") && isKeyword(1, "exists")) {
            next();
            next();
            return true;
        }
        return false;
    }

    private boolean cascade() {
        if (acceptKeyword("cascade")) {
            return true;
        }
        acceptKeyword("restrict");
        return false;
    }

    private AlterTableCmd command() {
        Token t = peek();
        switch (t.kind() == TokenKind.KEYWORD ? t.value() : "") {
            case "add" -> {
                next();
                if (g.ddl.constraints().startsTableConstraint()) {
                    TableDdl.Constraint constraint = g.ddl.constraints().tableConstraint();
                    AlterTableType type = constraint.indexName() != null ? AlterTableType.ADD_CONSTRAINT_USING_INDEX
                            : AlterTableType.ADD_CONSTRAINT;
                    return new AlterTableCmd(type, constraint.name(), null, constraint, null, null, null, null, false,
                            false, false);
                }
                acceptKeyword("column");
                boolean ifNotExists = g.ddl.ifNotExists();
                ColumnDef column = g.ddl.columnDef();
                return new AlterTableCmd(AlterTableType.ADD_COLUMN, column.name(), column, null, null, null, null,
                        null, false, ifNotExists, false);
            }
            case "drop" -> {
                next();
                if (acceptKeyword("constraint")) {
                    boolean ifExists = ifExistsClause();
                    String name = colId();
                    return new AlterTableCmd(AlterTableType.DROP_CONSTRAINT, name, null, null, null, null, null, null,
                            ifExists, false, cascade());
                }
                acceptKeyword("column");
                boolean ifExists = ifExistsClause();
                String name = colId();
                return new AlterTableCmd(AlterTableType.DROP_COLUMN, name, null, null, null, null, null, null,
                        ifExists, false, cascade());
            }
            case "alter" -> {
                next();
                if (acceptKeyword("constraint")) {
                    String name = colId();
                    List<TableDdl.Constraint> attrs = new ArrayList<>();
                    boolean deferrable = false;
                    boolean initiallyDeferred = false;
                    while (true) {
                        if (acceptKeyword("deferrable")) {
                            deferrable = true;
                        } else if (isKeyword("not") && isKeyword(1, "deferrable")) {
                            next();
                            next();
                        } else if (acceptKeyword("initially")) {
                            initiallyDeferred = acceptKeyword("deferred");
                            if (!initiallyDeferred) {
                                expectKeyword("immediate");
                            }
                        } else {
                            break;
                        }
                    }
                    TableDdl.Constraint constraint = new TableDdl.Constraint(t.start(), name,
                            TableDdl.ConstraintType.FOREIGN_KEY, null, List.of(), List.of(), false, null, List.of(),
                            null, null, List.of(), null, null, List.of(), null, deferrable, initiallyDeferred, false,
                            false);
                    attrs.add(constraint);
                    return new AlterTableCmd(AlterTableType.ALTER_CONSTRAINT, name, null, constraint, null, null, null,
                            null, false, false, false);
                }
                acceptKeyword("column");
                return alterColumn(colId());
            }
            case "validate" -> {
                next();
                expectKeyword("constraint");
                return cmd(AlterTableType.VALIDATE_CONSTRAINT, colId());
            }
            case "owner" -> {
                next();
                expectKeyword("to");
                return cmd(AlterTableType.OWNER_TO, g.objects.roles().roleSpec());
            }
            case "enable", "disable" -> {
                return enableDisable();
            }
            case "set" -> {
                return set();
            }
            case "reset" -> {
                next();
                return new AlterTableCmd(AlterTableType.RESET_OPTIONS, null, null, null, null, null,
                        g.ddl.reloptions(), null, false, false, false);
            }
            case "replica" -> {
                next();
                expectKeyword("identity");
                String detail;
                if (acceptKeyword("using")) {
                    expectKeyword("index");
                    detail = "using index " + colId();
                } else if (acceptKeyword("default") ) {
                    detail = "default";
                } else if (acceptKeyword("full")) {
                    detail = "full";
                } else {
                    expectKeyword("nothing");
                    detail = "nothing";
                }
                return new AlterTableCmd(AlterTableType.REPLICA_IDENTITY, null, null, null, null, null, null, detail,
                        false, false, false);
            }
            case "force", "no" -> {
                next();
                if (t.isKeyword("no")) {
                    if (acceptKeyword("inherit")) {
                        return cmd(AlterTableType.NO_INHERIT, qualifiedName().name());
                    }
                    expectKeyword("force");
                }
                expectKeyword("row");
                expectKeyword("level");
                expectKeyword("security");
                return cmd(t.isKeyword("no") ? AlterTableType.NO_FORCE_ROW_SECURITY
                        : AlterTableType.FORCE_ROW_SECURITY, null);
            }
            case "inherit" -> {
                next();
                return cmd(AlterTableType.INHERIT, qualifiedName().name());
            }
            case "cluster" -> {
                next();
                expectKeyword("on");
                return cmd(AlterTableType.CLUSTER_ON, colId());
            }
            case "attach", "detach" -> {
                next();
                expectKeyword("partition");
                RangeVar partition = qualifiedName();
                g.objects.skipToStatementEnd();
                return cmd(t.isKeyword("attach") ? AlterTableType.ATTACH_PARTITION : AlterTableType.DETACH_PARTITION,
                        partition.name());
            }
            case "of" -> {
                next();
                return cmd(AlterTableType.OF, String.join(".", anyName()));
            }
            case "not" -> {
                next();
                expectKeyword("of");
                return cmd(AlterTableType.NOT_OF, null);
            }
            default -> throw syntaxError();
        }
    }

    private AlterTableCmd enableDisable() {
        boolean enable = next().isKeyword("enable");
        if (enable && (acceptKeyword("always") || acceptKeyword("replica"))) {
            if (isKeyword("rule")) {
                next();
                return cmd(AlterTableType.ENABLE_RULE, colId());
            }
        }
        if (acceptKeyword("trigger")) {
            String name;
            if (acceptKeyword("all")) {
                name = "all";
            } else if (acceptKeyword("user")) {
                name = "user";
            } else {
                name = colId();
            }
            return cmd(enable ? AlterTableType.ENABLE_TRIGGER : AlterTableType.DISABLE_TRIGGER, name);
        }
        if (acceptKeyword("rule")) {
            return cmd(enable ? AlterTableType.ENABLE_RULE : AlterTableType.DISABLE_RULE, colId());
        }
        expectKeyword("row");
        expectKeyword("level");
        expectKeyword("security");
        return cmd(enable ? AlterTableType.ENABLE_ROW_SECURITY : AlterTableType.DISABLE_ROW_SECURITY, null);
    }

    private AlterTableCmd set() {
        next();
        if (acceptKeyword("logged")) {
            return cmd(AlterTableType.SET_LOGGED, null);
        }
        if (acceptKeyword("unlogged")) {
            return cmd(AlterTableType.SET_UNLOGGED, null);
        }
        if (acceptKeyword("tablespace")) {
            return cmd(AlterTableType.SET_TABLESPACE, colId());
        }
        if (acceptKeyword("access")) {
            expectKeyword("method");
            return cmd(AlterTableType.SET_ACCESS_METHOD, colId());
        }
        if (acceptKeyword("without")) {
            if (acceptKeyword("cluster")) {
                return cmd(AlterTableType.SET_WITHOUT_CLUSTER, null);
            }
            expectKeyword("oids");
            return cmd(AlterTableType.SET_WITHOUT_CLUSTER, "oids");
        }
        return new AlterTableCmd(AlterTableType.SET_OPTIONS, null, null, null, null, null, g.ddl.reloptions(), null,
                false, false, false);
    }

    private AlterTableCmd alterColumn(String column) {
        Token t = peek();
        if (acceptKeyword("set")) {
            if (acceptKeyword("default")) {
                Expr value = g.expressions.expr();
                return new AlterTableCmd(AlterTableType.SET_DEFAULT, column, null, null, value, null, null, null,
                        false, false, false);
            }
            if (acceptKeyword("not")) {
                expectKeyword("null");
                return cmd(AlterTableType.SET_NOT_NULL, column);
            }
            if (acceptKeyword("data")) {
                expectKeyword("type");
                return alterType(column);
            }
            if (acceptKeyword("statistics")) {
                Expr value = g.utility.numericOnly();
                return new AlterTableCmd(AlterTableType.SET_STATISTICS, column, null, null, value, null, null, null,
                        false, false, false);
            }
            if (acceptKeyword("storage")) {
                String mode = acceptKeyword("default") ? "default" : colId();
                return new AlterTableCmd(AlterTableType.SET_STORAGE, column, null, null, null, null, null, mode, false,
                        false, false);
            }
            if (acceptKeyword("compression")) {
                String mode = acceptKeyword("default") ? "default" : colId();
                return new AlterTableCmd(AlterTableType.SET_COMPRESSION, column, null, null, null, null, null, mode,
                        false, false, false);
            }
            if (isChar('(')) {
                return new AlterTableCmd(AlterTableType.SET_OPTIONS, column, null, null, null, null,
                        g.ddl.reloptions(), null, false, false, false);
            }
            in.reset(in.mark() - 1);
        }
        if (isKeyword("set") || isKeyword("restart")) {
            // alter_identity_column_option_list
            List<DefElem> options = new ArrayList<>();
            while (isKeyword("set") || isKeyword("restart")) {
                if (acceptKeyword("set")) {
                    if (acceptKeyword("generated")) {
                        String when = acceptKeyword("always") ? "always" : null;
                        if (when == null) {
                            expectKeyword("by");
                            expectKeyword("default");
                            when = "by default";
                        }
                        options.add(new DefElem("generated", new Expr.Literal(t.start(), Expr.LiteralKind.STRING,
                                when)));
                    } else {
                        options.addAll(g.ddl.constraints().sequenceOptions(false, 1));
                    }
                } else {
                    options.addAll(g.ddl.constraints().sequenceOptions(false, 1));
                }
            }
            return new AlterTableCmd(AlterTableType.SET_IDENTITY, column, null, null, null, null, options, null,
                    false, false, false);
        }
        if (acceptKeyword("drop")) {
            if (acceptKeyword("default")) {
                return cmd(AlterTableType.DROP_DEFAULT, column);
            }
            if (acceptKeyword("not")) {
                expectKeyword("null");
                return cmd(AlterTableType.DROP_NOT_NULL, column);
            }
            if (acceptKeyword("expression")) {
                return new AlterTableCmd(AlterTableType.DROP_EXPRESSION, column, null, null, null, null, null, null,
                        ifExistsClause(), false, false);
            }
            expectKeyword("identity");
            return new AlterTableCmd(AlterTableType.DROP_IDENTITY, column, null, null, null, null, null, null,
                    ifExistsClause(), false, false);
        }
        if (acceptKeyword("type")) {
            return alterType(column);
        }
        if (acceptKeyword("add")) {
            expectKeyword("generated");
            String when;
            if (acceptKeyword("always")) {
                when = "always";
            } else {
                expectKeyword("by");
                expectKeyword("default");
                when = "by default";
            }
            expectKeyword("as");
            expectKeyword("identity");
            List<DefElem> options = List.of();
            if (acceptChar('(')) {
                options = g.ddl.constraints().sequenceOptions(true);
                expectChar(')');
            }
            TableDdl.Constraint identity = new TableDdl.Constraint(t.start(), null, TableDdl.ConstraintType.IDENTITY,
                    null, List.of(), List.of(), false, when, options, null, null, List.of(), null, null, List.of(),
                    null, false, false, false, false);
            return new AlterTableCmd(AlterTableType.ADD_IDENTITY, column, null, identity, null, null, options, when,
                    false, false, false);
        }
        if (acceptKeyword("reset")) {
            return new AlterTableCmd(AlterTableType.RESET_OPTIONS, column, null, null, null, null, g.ddl.reloptions(),
                    null, false, false, false);
        }
        throw syntaxError();
    }

    private AlterTableCmd alterType(String column) {
        TypeName type = g.types.typeName();
        String collation = null;
        if (acceptKeyword("collate")) {
            collation = String.join(".", anyName());
        }
        Expr using = null;
        if (acceptKeyword("using")) {
            using = g.expressions.expr();
        }
        return new AlterTableCmd(AlterTableType.ALTER_COLUMN_TYPE, column, null, null, using, type, null, collation,
                false, false, false);
    }

    /** ALTER DOMAIN name action; the cursor is after DOMAIN. */
    Stmt alterDomain(int at) {
        List<String> name = anyName();
        if (acceptKeyword("rename")) {
            if (acceptKeyword("constraint")) {
                String old = colId();
                expectKeyword("to");
                return new TableDdl.RenameStmt(at, ObjectType.DOMAIN, ObjectType.CONSTRAINT, name, null, old, colId(),
                        false);
            }
            expectKeyword("to");
            return new TableDdl.RenameStmt(at, ObjectType.DOMAIN, null, name, null, null, colId(), false);
        }
        if (acceptKeyword("owner")) {
            expectKeyword("to");
            return new TableDdl.AlterOwnerStmt(at, ObjectType.DOMAIN, name, null, g.objects.roles().roleSpec());
        }
        if (isKeyword("set") && isKeyword(1, "schema")) {
            next();
            next();
            return new TableDdl.AlterObjectSchemaStmt(at, ObjectType.DOMAIN, name, null, colId(), false);
        }
        if (acceptKeyword("set")) {
            if (acceptKeyword("default")) {
                return new ObjectDdl.AlterDomainStmt(at, name, "set default", g.expressions.expr(), null, null, false,
                        false);
            }
            expectKeyword("not");
            expectKeyword("null");
            return new ObjectDdl.AlterDomainStmt(at, name, "set not null", null, null, null, false, false);
        }
        if (acceptKeyword("drop")) {
            if (acceptKeyword("default")) {
                return new ObjectDdl.AlterDomainStmt(at, name, "drop default", null, null, null, false, false);
            }
            if (acceptKeyword("not")) {
                expectKeyword("null");
                return new ObjectDdl.AlterDomainStmt(at, name, "drop not null", null, null, null, false, false);
            }
            expectKeyword("constraint");
            boolean ifExists = ifExistsClause();
            String constraint = colId();
            return new ObjectDdl.AlterDomainStmt(at, name, "drop constraint", null, null, constraint, ifExists,
                    cascade());
        }
        if (acceptKeyword("add")) {
            TableDdl.Constraint constraint = g.ddl.constraints().tableConstraint();
            return new ObjectDdl.AlterDomainStmt(at, name, "add constraint", null, constraint, constraint.name(),
                    false, false);
        }
        expectKeyword("validate");
        expectKeyword("constraint");
        return new ObjectDdl.AlterDomainStmt(at, name, "validate constraint", null, null, colId(), false, false);
    }
}
