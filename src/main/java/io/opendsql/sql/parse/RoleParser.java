package io.opendsql.sql.parse;

import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.DefElem;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.ObjectDdl;
import io.opendsql.sql.parse.ast.ObjectDdl.RoleKind;
import io.opendsql.sql.parse.ast.Stmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** CREATE/ALTER/DROP ROLE, USER and GROUP, and RoleSpec. */
final class RoleParser extends GrammarArea {
    RoleParser(Grammar grammar) {
        super(grammar);
    }

    /** RoleSpec: NonReservedWord | CURRENT_ROLE | CURRENT_USER | SESSION_USER. */
    String roleSpec() {
        Token t = peek();
        if (t.isKeyword("current_role") || t.isKeyword("current_user") || t.isKeyword("session_user")) {
            next();
            return t.value();
        }
        return nonReservedWord();
    }

    List<String> roleList() {
        List<String> roles = new ArrayList<>();
        do {
            roles.add(roleSpec());
        } while (acceptChar(','));
        return roles;
    }

    private static RoleKind kind(Token t) {
        return RoleKind.valueOf(t.value().toUpperCase(Locale.ROOT));
    }

    /** CREATE ROLE|USER|GROUP name [WITH] options; the cursor is at ROLE/USER/GROUP. */
    Stmt create(int at) {
        Token kindToken = next();
        String name = roleSpec();
        acceptKeyword("with");
        List<DefElem> options = new ArrayList<>();
        while (true) {
            DefElem option = option(true);
            if (option == null) {
                break;
            }
            options.add(option);
        }
        return new ObjectDdl.CreateRoleStmt(at, kind(kindToken), name, options);
    }

    /** ALTER ROLE|USER|GROUP ...; the cursor is at ROLE/USER/GROUP. */
    Stmt alter(int at) {
        Token kindToken = next();
        if (kindToken.isKeyword("user") && isKeyword("mapping")) {
            throw syntaxError();
        }
        boolean all = kindToken.isKeyword("role") && isKeyword("all") || kindToken.isKeyword("user")
                && isKeyword("all");
        String role = all ? next().value() : roleSpec();
        if (isKeyword("rename")) {
            next();
            expectKeyword("to");
            String newName = roleSpec();
            return new io.opendsql.sql.parse.ast.TableDdl.RenameStmt(at, io.opendsql.sql.parse.ast.ObjectType.ROLE,
                    null, List.of(role), null, null, newName, false);
        }
        if (kindToken.isKeyword("group") && (isKeyword("add") || isKeyword("drop"))) {
            boolean add = next().isKeyword("add");
            expectKeyword("user");
            List<String> members = roleList();
            return new ObjectDdl.GrantRoleStmt(at, add, List.of(role), members, List.of(), null, false);
        }
        String database = null;
        if (isKeyword("in")) {
            next();
            expectKeyword("database");
            database = colId();
        }
        if (isKeyword("set") || isKeyword("reset")) {
            Token start = next();
            io.opendsql.sql.parse.ast.UtilityStmt.VariableSetStmt setting;
            if (start.isKeyword("set")) {
                setting = g.utility.settings().setRest(start.start(), false);
            } else if (acceptKeyword("all")) {
                setting = new io.opendsql.sql.parse.ast.UtilityStmt.VariableSetStmt(start.start(),
                        io.opendsql.sql.parse.ast.UtilityStmt.SetKind.RESET_ALL, null, List.of(), false, List.of(),
                        false);
            } else {
                setting = new io.opendsql.sql.parse.ast.UtilityStmt.VariableSetStmt(start.start(),
                        io.opendsql.sql.parse.ast.UtilityStmt.SetKind.RESET, g.utility.settings().varName(),
                        List.of(), false, List.of(), false);
            }
            return new ObjectDdl.AlterRoleSetStmt(at, role, database, setting);
        }
        if (database != null) {
            throw syntaxError();
        }
        acceptKeyword("with");
        List<DefElem> options = new ArrayList<>();
        while (true) {
            DefElem option = option(false);
            if (option == null) {
                break;
            }
            options.add(option);
        }
        if (options.isEmpty() && !kindToken.isKeyword("group")) {
            // ALTER ROLE r WITH (nothing) is valid in PostgreSQL only with at least an empty list.
            return new ObjectDdl.AlterRoleStmt(at, kind(kindToken), role, options);
        }
        return new ObjectDdl.AlterRoleStmt(at, kind(kindToken), role, options);
    }

    /** DROP ROLE|USER|GROUP [IF EXISTS] name, ...; the cursor is at ROLE/USER/GROUP. */
    Stmt drop(int at) {
        Token kindToken = next();
        boolean ifExists = false;
        if (isKeyword("if") && isKeyword(1, "exists")) {
            next();
            expectKeyword("exists");
            ifExists = true;
        }
        return new ObjectDdl.DropRoleStmt(at, kind(kindToken), roleList(), ifExists);
    }

    /** CreateOptRoleElem / AlterOptRoleElem, or null when none starts here. */
    private DefElem option(boolean create) {
        Token t = peek();
        if (t.isKeyword("password")) {
            next();
            if (acceptKeyword("null")) {
                return new DefElem("password", null);
            }
            return new DefElem("password", string(peek(), stringConstant()));
        }
        if (t.isKeyword("encrypted")) {
            next();
            expectKeyword("password");
            return new DefElem("password", string(peek(), stringConstant()));
        }
        if (t.kind() == TokenKind.IDENT && t.value().equals("unencrypted") && isKeyword(1, "password")) {
            throw error(SqlState.FEATURE_NOT_SUPPORTED, "UNENCRYPTED PASSWORD is no longer supported", t.start())
                    .hint("Remove UNENCRYPTED to store the password in encrypted form instead.");
        }
        if (t.isKeyword("inherit")) {
            next();
            return new DefElem("inherit", bool(t, true));
        }
        if (t.isKeyword("connection")) {
            next();
            expectKeyword("limit");
            return new DefElem("connectionlimit", g.utility.numericOnly());
        }
        if (t.isKeyword("valid")) {
            next();
            expectKeyword("until");
            return new DefElem("validUntil", string(peek(), stringConstant()));
        }
        if (t.isKeyword("user")) {
            next();
            return new DefElem("rolemembers", names(t, roleList()));
        }
        if (create) {
            if (t.isKeyword("sysid")) {
                next();
                return new DefElem("sysid", new Expr.Literal(peek().start(), Expr.LiteralKind.INTEGER,
                        Integer.toString(integerConstant())));
            }
            if (t.isKeyword("admin")) {
                next();
                return new DefElem("adminmembers", names(t, roleList()));
            }
            if (t.isKeyword("role")) {
                next();
                return new DefElem("rolemembers", names(t, roleList()));
            }
            if (t.isKeyword("in")) {
                next();
                if (!acceptKeyword("role")) {
                    expectKeyword("group");
                }
                return new DefElem("addroleto", names(t, roleList()));
            }
        }
        if (t.kind() == TokenKind.IDENT) {
            String word = t.value();
            String name;
            boolean value = !word.startsWith("no");
            switch (word) {
                case "superuser", "nosuperuser" -> name = "superuser";
                case "createrole", "nocreaterole" -> name = "createrole";
                case "createdb", "nocreatedb" -> name = "createdb";
                case "login", "nologin" -> name = "canlogin";
                case "replication", "noreplication" -> name = "isreplication";
                case "bypassrls", "nobypassrls" -> name = "bypassrls";
                case "noinherit" -> name = "inherit";
                default -> throw error(SqlState.SYNTAX_ERROR, "unrecognized role option \"" + word + "\"",
                        t.start());
            }
            next();
            return new DefElem(name, bool(t, value));
        }
        return null;
    }

    private static Expr bool(Token at, boolean value) {
        return new Expr.Literal(at.start(), Expr.LiteralKind.BOOLEAN, Boolean.toString(value));
    }

    private static Expr string(Token at, String value) {
        return new Expr.Literal(at.start(), Expr.LiteralKind.STRING, value);
    }

    private static Expr names(Token at, List<String> names) {
        List<Expr> items = new ArrayList<>();
        for (String name : names) {
            items.add(new Expr.ColumnRef(at.start(), List.of(name), false));
        }
        return new Expr.Row(at.start(), items, false);
    }
}
