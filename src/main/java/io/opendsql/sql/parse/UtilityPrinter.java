package io.opendsql.sql.parse;

import static io.opendsql.sql.parse.ExprPrinter.ident;
import static io.opendsql.sql.parse.ExprPrinter.list;
import static io.opendsql.sql.parse.ExprPrinter.string;

import io.opendsql.sql.parse.ast.UtilityStmt;
import io.opendsql.sql.parse.ast.UtilityStmt.TransactionMode;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints transaction control and utility statements. */
final class UtilityPrinter {
    private UtilityPrinter() {
    }

    static String print(UtilityStmt stmt) {
        return switch (stmt) {
            case UtilityStmt.TransactionStmt t -> transaction(t);
            case UtilityStmt.VariableSetStmt s -> set(s);
            case UtilityStmt.VariableShowStmt s -> "SHOW " + s.name();
            case UtilityStmt.ExplainStmt e -> "EXPLAIN " + (e.options().isEmpty() ? ""
                    : "(" + StatementPrinter.options(e.options()) + ") ") + StatementPrinter.print(e.query());
            case UtilityStmt.VacuumStmt v -> (v.vacuum() ? "VACUUM" : "ANALYZE")
                    + (v.options().isEmpty() ? "" : " (" + StatementPrinter.options(v.options()) + ")")
                    + (v.relations().isEmpty() ? "" : " " + v.relations().stream()
                    .map(r -> QueryPrinter.relation(r.relation())
                            + (r.columns().isEmpty() ? "" : "(" + QueryPrinter.names(r.columns()) + ")"))
                    .collect(Collectors.joining(", ")));
            case UtilityStmt.CallStmt c -> "CALL " + ExprPrinter.print(c.call());
            case UtilityStmt.PrepareStmt p -> "PREPARE " + ident(p.name())
                    + (p.argumentTypes().isEmpty() ? "" : "(" + p.argumentTypes().stream().map(ExprPrinter::type)
                    .collect(Collectors.joining(", ")) + ")") + " AS " + StatementPrinter.print(p.query());
            case UtilityStmt.ExecuteStmt e -> "EXECUTE " + ident(e.name())
                    + (e.parameters().isEmpty() ? "" : "(" + list(e.parameters()) + ")");
            case UtilityStmt.DeallocateStmt d -> "DEALLOCATE " + (d.name() == null ? "ALL" : ident(d.name()));
            case UtilityStmt.DeclareCursorStmt d -> "DECLARE " + ident(d.name())
                    + d.options().stream().filter(o -> !o.endsWith("hold")).map(o -> " " + o.toUpperCase(Locale.ROOT))
                    .collect(Collectors.joining())
                    + " CURSOR" + d.options().stream().filter(o -> o.endsWith("hold"))
                    .map(o -> " " + o.toUpperCase(Locale.ROOT)).collect(Collectors.joining())
                    + " FOR " + QueryPrinter.select(d.query());
            case UtilityStmt.FetchStmt f -> (f.move() ? "MOVE " : "FETCH ")
                    + (f.direction() == null ? "" : f.direction().toUpperCase(Locale.ROOT) + " FROM ") + ident(f.cursor());
            case UtilityStmt.ClosePortalStmt c -> "CLOSE " + (c.name() == null ? "ALL" : ident(c.name()));
            case UtilityStmt.DiscardStmt d -> "DISCARD " + d.target().toUpperCase(Locale.ROOT);
            case UtilityStmt.ListenStmt l -> "LISTEN " + ident(l.channel());
            case UtilityStmt.UnlistenStmt u -> "UNLISTEN " + (u.channel() == null ? "*" : ident(u.channel()));
            case UtilityStmt.NotifyStmt n -> "NOTIFY " + ident(n.channel())
                    + (n.payload() == null ? "" : ", " + string(n.payload()));
            case UtilityStmt.LockStmt l -> "LOCK TABLE " + relations(l.relations()) + " IN "
                    + l.mode().toUpperCase(Locale.ROOT) + " MODE" + (l.nowait() ? " NOWAIT" : "");
            case UtilityStmt.TruncateStmt t -> "TRUNCATE " + relations(t.relations())
                    + (t.restartSequences() ? " RESTART IDENTITY" : "") + (t.cascade() ? " CASCADE" : "");
            case UtilityStmt.CopyStmt c -> copy(c);
            case UtilityStmt.DoStmt d -> "DO " + (d.language() == null ? "" : "LANGUAGE " + ident(d.language()) + " ")
                    + string(d.code());
            case UtilityStmt.CheckpointStmt c -> "CHECKPOINT";
            case UtilityStmt.ConstraintsSetStmt c -> "SET CONSTRAINTS " + (c.constraints().isEmpty() ? "ALL"
                    : c.constraints().stream().map(ExprPrinter::qualified).collect(Collectors.joining(", ")))
                    + (c.deferred() ? " DEFERRED" : " IMMEDIATE");
            case UtilityStmt.LoadStmt l -> "LOAD " + string(l.file());
        };
    }

    static String relations(List<io.opendsql.sql.parse.ast.RangeVar> relations) {
        return relations.stream().map(QueryPrinter::relation).collect(Collectors.joining(", "));
    }

    private static String modes(List<TransactionMode> modes) {
        return modes.stream().map(m -> switch (m.name()) {
            case "transaction_isolation" -> "ISOLATION LEVEL " + m.value().toUpperCase(Locale.ROOT);
            case "transaction_read_only" -> m.value().equals("true") ? "READ ONLY" : "READ WRITE";
            default -> m.value().equals("true") ? "DEFERRABLE" : "NOT DEFERRABLE";
        }).collect(Collectors.joining(", "));
    }

    private static String transaction(UtilityStmt.TransactionStmt t) {
        String modes = t.modes().isEmpty() ? "" : " " + modes(t.modes());
        return switch (t.kind()) {
            case BEGIN -> "BEGIN" + modes;
            case START -> "START TRANSACTION" + modes;
            case COMMIT -> "COMMIT" + (t.chain() ? " AND CHAIN" : "");
            case ROLLBACK -> "ROLLBACK" + (t.chain() ? " AND CHAIN" : "");
            case SAVEPOINT -> "SAVEPOINT " + ident(t.name());
            case RELEASE -> "RELEASE SAVEPOINT " + ident(t.name());
            case ROLLBACK_TO -> "ROLLBACK TO SAVEPOINT " + ident(t.name());
            case PREPARE -> "PREPARE TRANSACTION " + string(t.name());
            case COMMIT_PREPARED -> "COMMIT PREPARED " + string(t.name());
            case ROLLBACK_PREPARED -> "ROLLBACK PREPARED " + string(t.name());
        };
    }

    static String set(UtilityStmt.VariableSetStmt s) {
        String scope = s.local() ? "SET LOCAL " : "SET ";
        if ("timezone".equals(s.name()) && (s.kind() == UtilityStmt.SetKind.VALUE
                || s.kind() == UtilityStmt.SetKind.DEFAULT)) {
            return scope + "TIME ZONE " + (s.kind() == UtilityStmt.SetKind.DEFAULT ? "DEFAULT" : list(s.values()));
        }
        return switch (s.kind()) {
            case VALUE -> scope + s.name() + " TO " + list(s.values());
            case DEFAULT -> scope + s.name() + " TO DEFAULT";
            case CURRENT -> scope + s.name() + " FROM CURRENT";
            case MULTI -> (s.sessionCharacteristics() ? "SET SESSION CHARACTERISTICS AS TRANSACTION "
                    : scope + "TRANSACTION ") + modes(s.transactionModes());
            case RESET -> "RESET " + s.name();
            case RESET_ALL -> "RESET ALL";
        };
    }

    private static String copy(UtilityStmt.CopyStmt c) {
        StringBuilder out = new StringBuilder("COPY ");
        if (c.query() != null) {
            out.append('(').append(StatementPrinter.print(c.query())).append(')');
        } else {
            out.append(QueryPrinter.relation(c.relation()));
            if (!c.columns().isEmpty()) {
                out.append(" (").append(QueryPrinter.names(c.columns())).append(')');
            }
        }
        out.append(c.from() ? " FROM " : " TO ");
        if (c.program()) {
            out.append("PROGRAM ");
        }
        out.append(c.fileName() == null ? (c.from() ? "STDIN" : "STDOUT") : string(c.fileName()));
        if (!c.options().isEmpty()) {
            out.append(" (").append(StatementPrinter.options(c.options())).append(')');
        }
        return out.toString();
    }
}
