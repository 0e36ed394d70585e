package io.opendsql.sql.parse;

import static io.opendsql.sql.parse.ExprPrinter.ident;
import static io.opendsql.sql.parse.ExprPrinter.qualified;
import static io.opendsql.sql.parse.ExprPrinter.string;

import io.opendsql.sql.parse.ast.ObjectDdl;
import io.opendsql.sql.parse.ast.ObjectDdl.FunctionParameter;

import java.util.List;
import java.util.stream.Collectors;

/** Prints schema, view, sequence, function, domain, role, privilege and comment statements. */
final class ObjectDdlPrinter {
    private ObjectDdlPrinter() {
    }

    static String print(ObjectDdl stmt) {
        return switch (stmt) {
            case ObjectDdl.CreateSchemaStmt s -> "CREATE SCHEMA " + (s.ifNotExists() ? "IF NOT EXISTS " : "")
                    + (s.name() == null ? "" : ident(s.name()))
                    + (s.authorization() == null ? "" : (s.name() == null ? "" : " ") + "AUTHORIZATION "
                    + ident(s.authorization()))
                    + s.elements().stream().map(e -> " " + StatementPrinter.print(e)).collect(Collectors.joining());
            case ObjectDdl.ViewStmt v -> "CREATE " + (v.replace() ? "OR REPLACE " : "")
                    + (v.persistence() == null ? "" : TableDdlPrinter.upper(v.persistence()) + " ")
                    + (v.recursive() ? "RECURSIVE " : "") + "VIEW " + QueryPrinter.relation(v.view())
                    + (v.columns().isEmpty() ? "" : " (" + QueryPrinter.names(v.columns()) + ")")
                    + (v.options().isEmpty() ? "" : " WITH (" + TableDdlPrinter.reloptions(v.options()) + ")")
                    + " AS " + QueryPrinter.select(v.query())
                    + (v.checkOption() == null ? "" : " WITH " + TableDdlPrinter.upper(v.checkOption())
                    + " CHECK OPTION");
            case ObjectDdl.CreateSeqStmt s -> "CREATE " + (s.persistence() == null ? ""
                    : TableDdlPrinter.upper(s.persistence()) + " ") + "SEQUENCE " + (s.ifNotExists() ? "IF NOT EXISTS "
                    : "") + QueryPrinter.relation(s.sequence()) + sequenceOptions(s.options());
            case ObjectDdl.AlterSeqStmt s -> "ALTER SEQUENCE " + (s.ifExists() ? "IF EXISTS " : "")
                    + QueryPrinter.relation(s.sequence()) + sequenceOptions(s.options());
            case ObjectDdl.CreateFunctionStmt f -> function(f);
            case ObjectDdl.AlterFunctionStmt f -> "ALTER " + f.objectType().sql() + " "
                    + TableDdlPrinter.object(f.name(), f.arguments())
                    + f.actions().stream().map(o -> " " + functionOption(o)).collect(Collectors.joining());
            case ObjectDdl.CreateDomainStmt d -> "CREATE DOMAIN " + qualified(d.name()) + " AS "
                    + ExprPrinter.type(d.type())
                    + (d.collation().isEmpty() ? "" : " COLLATE " + qualified(d.collation()))
                    + d.constraints().stream().map(c -> " " + TableDdlPrinter.constraint(c, false))
                    .collect(Collectors.joining());
            case ObjectDdl.AlterDomainStmt d -> "ALTER DOMAIN " + qualified(d.name()) + " "
                    + (d.constraint() != null ? "ADD" : d.action().toUpperCase(java.util.Locale.ROOT))
                    + (d.defaultValue() == null ? "" : " " + ExprPrinter.print(d.defaultValue()))
                    + (d.constraint() != null ? " " + TableDdlPrinter.constraint(d.constraint(), true)
                    : d.constraintName() == null ? "" : " " + (d.ifExists() ? "IF EXISTS " : "")
                    + ident(d.constraintName())) + (d.cascade() ? " CASCADE" : "");
            case ObjectDdl.CreateRoleStmt r -> "CREATE " + r.kind() + " " + ident(r.name())
                    + (r.options().isEmpty() ? "" : " WITH" + roleOptions(r.options()));
            case ObjectDdl.AlterRoleStmt r -> "ALTER " + r.kind() + " " + ident(r.role())
                    + (r.options().isEmpty() ? "" : " WITH" + roleOptions(r.options()));
            case ObjectDdl.AlterRoleSetStmt r -> "ALTER ROLE " + ident(r.role())
                    + (r.database() == null ? "" : " IN DATABASE " + ident(r.database())) + " "
                    + UtilityPrinter.set(r.setting());
            case ObjectDdl.DropRoleStmt r -> "DROP " + r.kind() + (r.ifExists() ? " IF EXISTS " : " ")
                    + QueryPrinter.names(r.roles());
            case ObjectDdl.GrantStmt g -> grant(g);
            case ObjectDdl.GrantRoleStmt g -> (g.grant() ? "GRANT " : "REVOKE ")
                    + (g.grant() ? "" : g.options().stream().map(o -> ident(o.name()) + " OPTION FOR ")
                    .collect(Collectors.joining()))
                    + QueryPrinter.names(g.roles())
                    + (g.grant() ? " TO " : " FROM ") + QueryPrinter.names(g.grantees())
                    + (g.options().isEmpty() || !g.grant() ? "" : " WITH " + g.options().stream()
                    .map(o -> ident(o.name()) + " " + ExprPrinter.print(o.value())).collect(Collectors.joining(", ")))
                    + (g.grantedBy() == null ? "" : " GRANTED BY " + ident(g.grantedBy()))
                    + (g.cascade() ? " CASCADE" : "");
            case ObjectDdl.AlterDefaultPrivilegesStmt a -> "ALTER DEFAULT PRIVILEGES"
                    + (a.roles().isEmpty() ? "" : " FOR ROLE " + QueryPrinter.names(a.roles()))
                    + (a.schemas().isEmpty() ? "" : " IN SCHEMA " + QueryPrinter.names(a.schemas())) + " "
                    + grant(a.action());
            case ObjectDdl.CommentStmt c -> "COMMENT ON " + c.objectType().sql() + " " + commentTarget(c) + " IS "
                    + (c.comment() == null ? "NULL" : string(c.comment()));
            case ObjectDdl.AwsIamGrantStmt a -> "AWS IAM " + (a.grant() ? "GRANT " : "REVOKE ") + ident(a.role())
                    + (a.grant() ? " TO " : " FROM ") + string(a.arn());
            case ObjectDdl.RecognizedStmt r -> "-- " + r.nodeTag() + (r.name() == null ? "" : " " + r.name());
        };
    }

    static String sequenceOptions(List<io.opendsql.sql.parse.ast.DefElem> options) {
        return options.stream().map(o -> " " + (o.value() == null ? o.name().toUpperCase(java.util.Locale.ROOT)
                : o.name().toUpperCase(java.util.Locale.ROOT) + " " + (o.name().equals("as")
                ? ExprPrinter.type(((io.opendsql.sql.parse.ast.Expr.TypeCast) o.value()).type())
                : ExprPrinter.print(o.value())))).collect(Collectors.joining());
    }

    private static String parameter(FunctionParameter p) {
        return (p.mode() == null || p.mode().equals("table") ? "" : p.mode().toUpperCase(java.util.Locale.ROOT) + " ")
                + (p.name() == null ? "" : ident(p.name()) + " ") + ExprPrinter.type(p.type())
                + (p.defaultValue() == null ? "" : " DEFAULT " + ExprPrinter.print(p.defaultValue()));
    }

    private static String function(ObjectDdl.CreateFunctionStmt f) {
        StringBuilder out = new StringBuilder("CREATE ");
        if (f.replace()) {
            out.append("OR REPLACE ");
        }
        out.append(f.procedure() ? "PROCEDURE " : "FUNCTION ").append(qualified(f.name())).append('(')
                .append(f.parameters().stream().map(ObjectDdlPrinter::parameter).collect(Collectors.joining(", ")))
                .append(')');
        if (f.returnType() != null) {
            out.append(" RETURNS ").append(ExprPrinter.type(f.returnType()));
        } else if (!f.returnsTable().isEmpty()) {
            out.append(" RETURNS TABLE (").append(f.returnsTable().stream().map(ObjectDdlPrinter::parameter)
                    .collect(Collectors.joining(", "))).append(')');
        }
        for (io.opendsql.sql.parse.ast.DefElem option : f.options()) {
            out.append(' ').append(functionOption(option));
        }
        if (f.sqlBody() != null) {
            out.append(" BEGIN ATOMIC ").append(f.sqlBody().stream().map(s -> StatementPrinter.print(s) + ";")
                    .collect(Collectors.joining(" "))).append(" END");
        }
        return out.toString();
    }

    private static String grant(ObjectDdl.GrantStmt g) {
        StringBuilder out = new StringBuilder(g.grant() ? "GRANT " : "REVOKE ");
        if (!g.grant() && g.grantOption()) {
            out.append("GRANT OPTION FOR ");
        }
        out.append(g.privileges().stream().map(p -> (p.name() == null ? "ALL" : p.name().toUpperCase(
                java.util.Locale.ROOT)) + (p.columns().isEmpty() ? "" : " (" + QueryPrinter.names(p.columns()) + ")"))
                .collect(Collectors.joining(", ")));
        out.append(" ON ");
        switch (g.target()) {
            case ALL_IN_SCHEMA -> out.append("ALL ").append(g.objectType().sql()).append("S IN SCHEMA ");
            case DEFAULTS -> out.append(g.objectType().sql()).append('S');
            case OBJECT -> out.append(g.objectType().sql()).append(' ');
        }
        for (int i = 0; i < g.objects().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(TableDdlPrinter.object(g.objects().get(i), g.arguments() == null ? null : g.arguments().get(i)));
        }
        out.append(g.grant() ? " TO " : " FROM ").append(QueryPrinter.names(g.grantees()));
        if (g.grant() && g.grantOption()) {
            out.append(" WITH GRANT OPTION");
        }
        if (g.grantedBy() != null) {
            out.append(" GRANTED BY ").append(ident(g.grantedBy()));
        }
        if (g.cascade()) {
            out.append(" CASCADE");
        }
        return out.toString();
    }

    private static String commentTarget(ObjectDdl.CommentStmt c) {
        return switch (c.objectType()) {
            case CONSTRAINT, TRIGGER, POLICY, RULE -> ident(c.object().get(c.object().size() - 1)) + " ON "
                    + qualified(c.object().subList(0, c.object().size() - 1));
            default -> TableDdlPrinter.object(c.object(), c.arguments());
        };
    }

    private static String value(io.opendsql.sql.parse.ast.DefElem option) {
        return ((io.opendsql.sql.parse.ast.Expr.Literal) option.value()).value();
    }

    static String functionOption(io.opendsql.sql.parse.ast.DefElem o) {
        return switch (o.name()) {
            case "language" -> "LANGUAGE " + ident(value(o));
            case "volatility", "window" -> o.name().equals("window") ? "WINDOW" : value(o).toUpperCase(java.util.Locale.ROOT);
            case "strict" -> value(o).equals("true") ? "STRICT" : "CALLED ON NULL INPUT";
            case "security" -> "SECURITY " + value(o).toUpperCase(java.util.Locale.ROOT);
            case "leakproof" -> value(o).equals("true") ? "LEAKPROOF" : "NOT LEAKPROOF";
            case "parallel" -> "PARALLEL " + ident(value(o));
            case "set" -> value(o);
            case "reset" -> "RESET " + value(o);
            case "as" -> "AS " + (o.value() instanceof io.opendsql.sql.parse.ast.Expr.Row row
                    ? ExprPrinter.list(row.args()) : ExprPrinter.print(o.value()));
            default -> o.name().toUpperCase(java.util.Locale.ROOT) + " " + ExprPrinter.print(o.value());
        };
    }

    private static String roleOptions(List<io.opendsql.sql.parse.ast.DefElem> options) {
        StringBuilder out = new StringBuilder();
        for (io.opendsql.sql.parse.ast.DefElem o : options) {
            out.append(' ');
            String flag = switch (o.name()) {
                case "canlogin" -> "LOGIN";
                case "superuser" -> "SUPERUSER";
                case "createdb" -> "CREATEDB";
                case "createrole" -> "CREATEROLE";
                case "isreplication" -> "REPLICATION";
                case "bypassrls" -> "BYPASSRLS";
                case "inherit" -> "INHERIT";
                default -> null;
            };
            if (flag != null) {
                out.append(value(o).equals("true") ? flag : "NO" + flag);
                continue;
            }
            String members = o.value() instanceof io.opendsql.sql.parse.ast.Expr.Row row ? ExprPrinter.list(row.args())
                    : null;
            out.append(switch (o.name()) {
                case "password" -> "PASSWORD " + (o.value() == null ? "NULL" : ExprPrinter.print(o.value()));
                case "connectionlimit" -> "CONNECTION LIMIT " + ExprPrinter.print(o.value());
                case "validUntil" -> "VALID UNTIL " + ExprPrinter.print(o.value());
                case "rolemembers" -> "ROLE " + members;
                case "adminmembers" -> "ADMIN " + members;
                case "addroleto" -> "IN ROLE " + members;
                default -> o.name().toUpperCase(java.util.Locale.ROOT) + " " + ExprPrinter.print(o.value());
            });
        }
        return out.toString();
    }
}
