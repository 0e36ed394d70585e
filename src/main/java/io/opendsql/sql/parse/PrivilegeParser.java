package io.opendsql.sql.parse;

import io.opendsql.sql.parse.FunctionDdlParser.FunctionReference;
import io.opendsql.sql.parse.ast.DefElem;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.ObjectDdl;
import io.opendsql.sql.parse.ast.ObjectDdl.AccessPriv;
import io.opendsql.sql.parse.ast.ObjectDdl.GrantTarget;
import io.opendsql.sql.parse.ast.ObjectType;
import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.TypeName;

import java.util.ArrayList;
import java.util.List;

/** GRANT/REVOKE on objects and of roles, ALTER DEFAULT PRIVILEGES, and DSQL's AWS IAM GRANT/REVOKE. */
final class PrivilegeParser extends GrammarArea {
    PrivilegeParser(Grammar grammar) {
        super(grammar);
    }

    /** AWS IAM GRANT role TO 'arn' | AWS IAM REVOKE role FROM 'arn'. */
    Stmt awsIam() {
        Token start = next();
        Token iam = peek();
        if (iam.kind() != TokenKind.IDENT || !iam.value().equals("iam")) {
            throw syntaxError();
        }
        next();
        boolean grant;
        if (acceptKeyword("grant")) {
            grant = true;
        } else {
            expectKeyword("revoke");
            grant = false;
        }
        String role = g.objects.roles().roleSpec();
        expectKeyword(grant ? "to" : "from");
        String arn = stringConstant();
        return new ObjectDdl.AwsIamGrantStmt(start.start(), grant, role, arn);
    }

    Stmt grantOrRevoke() {
        Token start = next();
        boolean grant = start.isKeyword("grant");
        boolean grantOptionFor = false;
        List<DefElem> roleOptions = new ArrayList<>();
        if (!grant && isKeyword("grant")) {
            next();
            expectKeyword("option");
            expectKeyword("for");
            grantOptionFor = true;
        } else if (!grant && isColId(peek()) && isKeyword(1, "option")) {
            roleOptions.add(new DefElem(next().value(), null));
            next();
            expectKeyword("for");
        }
        List<AccessPriv> privileges = privileges();
        if (isKeyword("on")) {
            next();
            return onObjects(start.start(), grant, grantOptionFor, privileges);
        }
        // Role membership: GRANT role, ... TO role, ... / REVOKE role, ... FROM role, ...
        List<String> roles = new ArrayList<>();
        for (AccessPriv privilege : privileges) {
            if (privilege.name() == null || !privilege.columns().isEmpty()) {
                throw syntaxError();
            }
            roles.add(privilege.name());
        }
        expectKeyword(grant ? "to" : "from");
        List<String> grantees = g.objects.roles().roleList();
        if (grant && isKeyword("with")) {
            next();
            do {
                Token option = peek();
                String name = colLabel();
                String value;
                if (acceptKeyword("option") || acceptKeyword("true")) {
                    value = "true";
                } else {
                    expectKeyword("false");
                    value = "false";
                }
                roleOptions.add(new DefElem(name, new Expr.Literal(option.start(), Expr.LiteralKind.BOOLEAN,
                        value)));
            } while (acceptChar(','));
        }
        String grantedBy = grantedBy();
        boolean cascade = !grant && behavior();
        return new ObjectDdl.GrantRoleStmt(start.start(), grant, roles, grantees, roleOptions, grantedBy, cascade);
    }

    private String grantedBy() {
        if (isKeyword("granted")) {
            next();
            expectKeyword("by");
            return g.objects.roles().roleSpec();
        }
        return null;
    }

    private boolean behavior() {
        if (acceptKeyword("cascade")) {
            return true;
        }
        acceptKeyword("restrict");
        return false;
    }

    /** privileges: ALL [PRIVILEGES] [(cols)] | privilege (',' privilege)*. */
    private List<AccessPriv> privileges() {
        if (isKeyword("all")) {
            next();
            acceptKeyword("privileges");
            List<String> columns = isChar('(') ? parenthesizedColIds() : List.of();
            return List.of(new AccessPriv(null, columns));
        }
        List<AccessPriv> privileges = new ArrayList<>();
        do {
            Token t = peek();
            String name;
            if (t.isKeyword("select") || t.isKeyword("references") || t.isKeyword("create")) {
                next();
                name = t.value();
            } else if (t.isKeyword("alter") && isKeyword(1, "system")) {
                next();
                next();
                name = "alter system";
            } else {
                name = colId();
            }
            List<String> columns = isChar('(') ? parenthesizedColIds() : List.of();
            privileges.add(new AccessPriv(name, columns));
        } while (acceptChar(','));
        return privileges;
    }

    private Stmt onObjects(int at, boolean grant, boolean grantOptionFor, List<AccessPriv> privileges) {
        GrantTarget target = GrantTarget.OBJECT;
        ObjectType type = ObjectType.TABLE;
        List<List<String>> objects = new ArrayList<>();
        List<List<TypeName>> arguments = null;
        Token t = peek();
        String word = t.kind() == TokenKind.KEYWORD ? t.value() : "";
        if (word.equals("all")) {
            next();
            Token kind = peek();
            if (!(kind.isKeyword("tables") || kind.isKeyword("sequences") || kind.isKeyword("functions")
                    || kind.isKeyword("procedures") || kind.isKeyword("routines"))) {
                throw syntaxError();
            }
            next();
            type = switch (kind.value()) {
                case "tables" -> ObjectType.TABLE;
                case "sequences" -> ObjectType.SEQUENCE;
                case "functions" -> ObjectType.FUNCTION;
                case "procedures" -> ObjectType.PROCEDURE;
                default -> ObjectType.ROUTINE;
            };
            expectKeyword("in");
            expectKeyword("schema");
            target = GrantTarget.ALL_IN_SCHEMA;
            do {
                objects.add(List.of(colId()));
            } while (acceptChar(','));
        } else {
            switch (word) {
                case "table", "sequence" -> {
                    next();
                    type = word.equals("table") ? ObjectType.TABLE : ObjectType.SEQUENCE;
                    qualifiedNames(objects);
                }
                case "function", "procedure", "routine" -> {
                    next();
                    type = ObjectType.valueOf(word.toUpperCase(java.util.Locale.ROOT));
                    arguments = new ArrayList<>();
                    do {
                        FunctionReference reference = g.objects.functions().functionWithArgtypes();
                        objects.add(reference.name());
                        arguments.add(reference.arguments());
                    } while (acceptChar(','));
                }
                case "database", "schema", "tablespace", "language" -> {
                    next();
                    type = ObjectType.valueOf(word.toUpperCase(java.util.Locale.ROOT));
                    do {
                        objects.add(List.of(colId()));
                    } while (acceptChar(','));
                }
                case "domain", "type" -> {
                    next();
                    type = word.equals("domain") ? ObjectType.DOMAIN : ObjectType.TYPE;
                    do {
                        objects.add(anyName());
                    } while (acceptChar(','));
                }
                case "foreign" -> {
                    next();
                    if (acceptKeyword("server")) {
                        type = ObjectType.SERVER;
                    } else {
                        expectKeyword("data");
                        expectKeyword("wrapper");
                        type = ObjectType.FOREIGN_DATA_WRAPPER;
                    }
                    do {
                        objects.add(List.of(colId()));
                    } while (acceptChar(','));
                }
                case "large" -> {
                    next();
                    expectKeyword("object");
                    type = ObjectType.LARGE_OBJECT;
                    do {
                        Token n = peek();
                        objects.add(List.of(((Expr.Literal) g.utility.numericOnly()).value()));
                        n.kind();
                    } while (acceptChar(','));
                }
                default -> qualifiedNames(objects);
            }
        }
        expectKeyword(grant ? "to" : "from");
        List<String> grantees = grantees();
        boolean grantOption = grantOptionFor;
        if (grant && isKeyword("with") && isKeyword(1, "grant")) {
            next();
            next();
            expectKeyword("option");
            grantOption = true;
        }
        String grantedBy = grantedBy();
        boolean cascade = !grant && behavior();
        return new ObjectDdl.GrantStmt(at, grant, privileges, target, type, objects, arguments, grantees, grantOption,
                grantedBy, cascade);
    }

    private void qualifiedNames(List<List<String>> objects) {
        do {
            objects.add(anyName());
        } while (acceptChar(','));
    }

    /** grantee_list: [GROUP] RoleSpec, including PUBLIC. */
    private List<String> grantees() {
        List<String> grantees = new ArrayList<>();
        do {
            acceptKeyword("group");
            grantees.add(g.objects.roles().roleSpec());
        } while (acceptChar(','));
        return grantees;
    }

    /** ALTER DEFAULT PRIVILEGES [IN SCHEMA s | FOR ROLE|USER r]... GRANT|REVOKE ... ON TABLES|... */
    Stmt alterDefaultPrivileges(int at) {
        expectKeyword("default");
        expectKeyword("privileges");
        List<String> roles = new ArrayList<>();
        List<String> schemas = new ArrayList<>();
        while (true) {
            if (isKeyword("in")) {
                next();
                expectKeyword("schema");
                do {
                    schemas.add(colId());
                } while (acceptChar(','));
            } else if (isKeyword("for")) {
                next();
                if (!acceptKeyword("role")) {
                    expectKeyword("user");
                }
                roles.addAll(g.objects.roles().roleList());
            } else {
                break;
            }
        }
        Token start = peek();
        boolean grant;
        if (acceptKeyword("grant")) {
            grant = true;
        } else {
            expectKeyword("revoke");
            grant = false;
        }
        boolean grantOptionFor = false;
        if (!grant && isKeyword("grant") && isKeyword(1, "option")) {
            next();
            next();
            expectKeyword("for");
            grantOptionFor = true;
        }
        List<AccessPriv> privileges = privileges();
        expectKeyword("on");
        Token kind = peek();
        ObjectType type = switch (kind.kind() == TokenKind.KEYWORD ? kind.value() : "") {
            case "tables" -> ObjectType.TABLE;
            case "functions" -> ObjectType.FUNCTION;
            case "routines" -> ObjectType.ROUTINE;
            case "sequences" -> ObjectType.SEQUENCE;
            case "types" -> ObjectType.TYPE;
            case "schemas" -> ObjectType.SCHEMA;
            default -> throw syntaxError();
        };
        next();
        expectKeyword(grant ? "to" : "from");
        List<String> grantees = grantees();
        boolean grantOption = grantOptionFor;
        if (grant && isKeyword("with")) {
            next();
            expectKeyword("grant");
            expectKeyword("option");
            grantOption = true;
        }
        boolean cascade = !grant && behavior();
        ObjectDdl.GrantStmt action = new ObjectDdl.GrantStmt(start.start(), grant, privileges, GrantTarget.DEFAULTS,
                type, List.of(), null, grantees, grantOption, null, cascade);
        return new ObjectDdl.AlterDefaultPrivilegesStmt(at, roles, schemas, action);
    }
}
