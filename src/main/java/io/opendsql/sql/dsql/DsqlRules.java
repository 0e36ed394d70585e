package io.opendsql.sql.dsql;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.ObjectDdl;
import io.opendsql.sql.parse.ast.SelectBody;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.TableDdl;
import io.opendsql.sql.parse.ast.UtilityStmt;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Statements Aurora DSQL refuses, with its SQLSTATE and exact message (spec §5.8 and §11). The rules
 * are data: a statement matcher and the message it gets. Checked before analysis, so DSQL's
 * refusal wins over any other error the statement would raise.
 */
public final class DsqlRules {
    /** One refusal: the message for a statement, or empty when the rule does not apply. */
    public record Rule(String name, Function<Stmt, Optional<String>> message) {
    }

    /** DSQL's parse-node tags for {@code RecognizedStmt}s with a known message. */
    private static final Map<String, String> RECOGNIZED = Map.of(
            "Createdb", "unsupported statement: Createdb",
            "CreateExtension", "unsupported statement: CreateExtension",
            "CreateTrig", "CREATE TRIGGER not supported");

    public static final List<Rule> RULES = List.of(
            new Rule("truncate", s -> s instanceof UtilityStmt.TruncateStmt
                    ? Optional.of("unsupported statement: Truncate") : Optional.empty()),
            new Rule("recognized", s -> s instanceof ObjectDdl.RecognizedStmt r
                    ? Optional.ofNullable(RECOGNIZED.get(r.nodeTag())) : Optional.empty()),
            new Rule("procedure", s -> s instanceof ObjectDdl.CreateFunctionStmt f && f.procedure()
                    ? Optional.of("PROCEDURE is not supported") : Optional.empty()),
            new Rule("function language", DsqlRules::functionLanguage),
            new Rule("temporary table", s -> temporary(s)
                    ? Optional.of("TEMPORARY or TEMP table not supported for CREATE TABLE") : Optional.empty()),
            new Rule("transaction characteristics", s -> s instanceof UtilityStmt.VariableSetStmt v
                    && !v.sessionCharacteristics()
                    && (!v.transactionModes().isEmpty() || v.kind() == UtilityStmt.SetKind.MULTI)
                    ? Optional.of("SET TRANSACTION is not supported") : Optional.empty()),
            new Rule("discard", s -> s instanceof UtilityStmt.DiscardStmt d
                    ? Optional.of("DISCARD " + d.target().toUpperCase(Locale.ROOT) + " is not supported")
                    : Optional.empty()),
            new Rule("savepoints", s -> s instanceof UtilityStmt.TransactionStmt t && switch (t.kind()) {
                case SAVEPOINT, RELEASE, ROLLBACK_TO -> true;
                default -> false;
            } ? Optional.of("savepoints are not supported") : Optional.empty()),
            new Rule("two-phase commit", s -> s instanceof UtilityStmt.TransactionStmt t && switch (t.kind()) {
                case PREPARE, COMMIT_PREPARED, ROLLBACK_PREPARED -> true;
                default -> false;
            } ? Optional.of("two-phase commit is not supported") : Optional.empty()),
            new Rule("chain", s -> s instanceof UtilityStmt.TransactionStmt t && t.chain()
                    ? Optional.of("AND CHAIN is not supported") : Optional.empty()),
            new Rule("create table as", s -> createTableAs(s)
                    ? Optional.of("unsupported statement: CreateTableAs") : Optional.empty()));

    private DsqlRules() {
    }

    /** Throws {@code 0A000} with DSQL's message when a rule refuses the statement. */
    public static void check(Stmt statement) {
        for (Rule rule : RULES) {
            Optional<String> message = rule.message().apply(statement);
            if (message.isPresent()) {
                throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "%s", message.get());
            }
        }
    }

    /**
     * CREATE TABLE AS, and SELECT … INTO (PostgreSQL runs it as CREATE TABLE AS): INTO in the statement's
     * leftmost SELECT, the only place PostgreSQL accepts it.
     */
    private static boolean createTableAs(Stmt s) {
        if (s instanceof TableDdl.CreateTableAsStmt c) {
            return !c.materialized();
        }
        if (!(s instanceof SelectStmt select)) {
            return false;
        }
        SelectBody body = select.body();
        while (true) {
            switch (body) {
                case SelectStmt nested -> body = nested.body();
                case SelectBody.SetOperation set -> body = set.left();
                case SelectBody.SelectCore core -> {
                    return core.into() != null;
                }
                case SelectBody.Values values -> {
                    return false;
                }
            }
        }
    }

    private static boolean temporary(Stmt s) {
        String persistence = switch (s) {
            case TableDdl.CreateStmt c -> c.persistence();
            case TableDdl.CreateTableAsStmt c -> c.persistence();
            default -> null;
        };
        return persistence != null && persistence.toLowerCase(Locale.ROOT).startsWith("temp");
    }

    private static Optional<String> functionLanguage(Stmt s) {
        if (!(s instanceof ObjectDdl.CreateFunctionStmt f)) {
            return Optional.empty();
        }
        return f.options().stream()
                .filter(o -> o.name().equals("language") && o.value() != null)
                .map(o -> languageName(o.value()))
                .filter(language -> !language.equals("sql"))
                .findFirst()
                .map(language -> "CREATE FUNCTION with language " + language + " not supported");
    }

    private static String languageName(Expr value) {
        return switch (value) {
            case Expr.Literal l -> l.value().toLowerCase(Locale.ROOT);
            case Expr.ColumnRef c -> String.join(".", c.names()).toLowerCase(Locale.ROOT);
            default -> value.toString();
        };
    }
}
