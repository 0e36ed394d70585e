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
                    + TableDdlPrinter.object(f.name(), f.arguments()) + " " + StatementPrinter.options(f.actions());
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
                    + (r.options().isEmpty() ? "" : " WITH " + StatementPrinter.options(r.options()));
            case ObjectDdl.AlterRoleStmt r -> "ALTER " + r.kind() + " " + ident(r.role())
                    + (r.options().isEmpty() ? "" : " WITH " + StatementPrinter.options(r.options()));
            case ObjectDdl.AlterRoleSetStmt r -> "ALTER ROLE " + ident(r.role())
                    + (r.database() == null ? "" : " IN DATABASE " + ident(r.database())) + " "
                    + UtilityPrinter.set(r.setting());
            case ObjectDdl.DropRoleStmt r -> "DROP " + r.kind() + (r.ifExists() ? " IF EXISTS " : " ")
                    + QueryPrinter.names(r.roles());
            case ObjectDdl.GrantStmt g -> grant(g);
            case ObjectDdl.GrantRoleStmt g -> (g.grant() ? "GRANT " : "REVOKE ") + QueryPrinter.names(g.roles())
                    + (g.grant() ? " TO " : " FROM ") + QueryPrinter.names(g.grantees())
                    + (g.options().isEmpty() ? "" : " WITH " + StatementPrinter.options(g.options()))
                    + (g.grantedBy() == null ? "" : " GRANTED BY " + ident(g.grantedBy()))
                    + (g.cascade() ? " CASCADE" : "");
            case ObjectDdl.AlterDefaultPrivilegesStmt a -> "ALTER DEFAULT PRIVILEGES"
                    + (a.roles().isEmpty() ? "" : " FOR ROLE " + QueryPrinter.names(a.roles()))
                    + (a.schemas().isEmpty() ? "" : " IN SCHEMA " + QueryPrinter.names(a.schemas())) + " "
                    + grant(a.action());
            case ObjectDdl.CommentStmt c -> "COMMENT ON " + c.objectType().sql() + " "
                    + TableDdlPrinter.object(c.object(), c.arguments()) + " IS "
                    + (c.comment() == null ? "NULL" : string(c.comment()));
            case ObjectDdl.AwsIamGrantStmt a -> "AWS IAM " + (a.grant() ? "GRANT " : "REVOKE ") + ident(a.role())
                    + (a.grant() ? " TO " : " FROM ") + string(a.arn());
            case ObjectDdl.RecognizedStmt r -> "-- " + r.nodeTag() + (r.name() == null ? "" : " " + r.name());
        };
    }

    private static String sequenceOptions(List<io.opendsql.sql.parse.ast.DefElem> options) {
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
            out.append(' ').append(option.name().toUpperCase(java.util.Locale.ROOT));
            if (option.value() != null) {
                out.append(' ').append(ExprPrinter.print(option.value()));
            }
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
}
