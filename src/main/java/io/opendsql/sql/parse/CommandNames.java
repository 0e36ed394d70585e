package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.DmlStmt;
import io.opendsql.sql.parse.ast.ObjectDdl;
import io.opendsql.sql.parse.ast.ObjectType;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.TableDdl;
import io.opendsql.sql.parse.ast.UtilityStmt;

import java.util.Locale;

/**
 * The command name PostgreSQL puts in a CommandComplete tag (CreateCommandName), before any row
 * count: {@code SELECT}, {@code INSERT}, {@code CREATE TABLE}, {@code START TRANSACTION}, ...
 */
public final class CommandNames {
    private CommandNames() {
    }

    public static String of(Stmt stmt) {
        return switch (stmt) {
            case SelectStmt s -> "SELECT";
            case DmlStmt.InsertStmt i -> "INSERT";
            case DmlStmt.UpdateStmt u -> "UPDATE";
            case DmlStmt.DeleteStmt d -> "DELETE";
            case UtilityStmt u -> utility(u);
            case TableDdl t -> table(t);
            case ObjectDdl o -> object(o);
        };
    }

    private static String utility(UtilityStmt stmt) {
        return switch (stmt) {
            case UtilityStmt.TransactionStmt t -> switch (t.kind()) {
                case BEGIN -> "BEGIN";
                case START -> "START TRANSACTION";
                case COMMIT -> "COMMIT";
                case ROLLBACK, ROLLBACK_TO -> "ROLLBACK";
                case SAVEPOINT -> "SAVEPOINT";
                case RELEASE -> "RELEASE";
                case PREPARE -> "PREPARE TRANSACTION";
                case COMMIT_PREPARED -> "COMMIT PREPARED";
                case ROLLBACK_PREPARED -> "ROLLBACK PREPARED";
            };
            case UtilityStmt.VariableSetStmt s -> s.kind() == UtilityStmt.SetKind.RESET
                    || s.kind() == UtilityStmt.SetKind.RESET_ALL ? "RESET" : "SET";
            case UtilityStmt.VariableShowStmt s -> "SHOW";
            case UtilityStmt.ExplainStmt e -> "EXPLAIN";
            case UtilityStmt.VacuumStmt v -> v.vacuum() ? "VACUUM" : "ANALYZE";
            case UtilityStmt.CallStmt c -> "CALL";
            case UtilityStmt.PrepareStmt p -> "PREPARE";
            case UtilityStmt.ExecuteStmt e -> "EXECUTE";
            case UtilityStmt.DeallocateStmt d -> d.name() == null ? "DEALLOCATE ALL" : "DEALLOCATE";
            case UtilityStmt.DeclareCursorStmt d -> "DECLARE CURSOR";
            case UtilityStmt.FetchStmt f -> f.move() ? "MOVE" : "FETCH";
            case UtilityStmt.ClosePortalStmt c -> c.name() == null ? "CLOSE CURSOR ALL" : "CLOSE CURSOR";
            case UtilityStmt.DiscardStmt d -> "DISCARD " + d.target().toUpperCase(Locale.ROOT);
            case UtilityStmt.ListenStmt l -> "LISTEN";
            case UtilityStmt.UnlistenStmt u -> "UNLISTEN";
            case UtilityStmt.NotifyStmt n -> "NOTIFY";
            case UtilityStmt.LockStmt l -> "LOCK TABLE";
            case UtilityStmt.TruncateStmt t -> "TRUNCATE TABLE";
            case UtilityStmt.CopyStmt c -> "COPY";
            case UtilityStmt.DoStmt d -> "DO";
            case UtilityStmt.CheckpointStmt c -> "CHECKPOINT";
            case UtilityStmt.ConstraintsSetStmt c -> "SET CONSTRAINTS";
            case UtilityStmt.LoadStmt l -> "LOAD";
        };
    }

    private static String table(TableDdl stmt) {
        return switch (stmt) {
            case TableDdl.CreateStmt c -> "CREATE TABLE";
            case TableDdl.CreateTableAsStmt c -> c.materialized() ? "CREATE MATERIALIZED VIEW" : "CREATE TABLE AS";
            case TableDdl.IndexStmt i -> "CREATE INDEX";
            case TableDdl.AlterTableStmt a -> "ALTER " + a.objectType().sql();
            case TableDdl.DropStmt d -> "DROP " + d.objectType().sql();
            case TableDdl.RenameStmt r -> "ALTER " + r.objectType().sql();
            case TableDdl.AlterObjectSchemaStmt s -> "ALTER " + s.objectType().sql();
            case TableDdl.AlterOwnerStmt o -> "ALTER " + o.objectType().sql();
        };
    }

    private static String object(ObjectDdl stmt) {
        return switch (stmt) {
            case ObjectDdl.CreateSchemaStmt s -> "CREATE SCHEMA";
            case ObjectDdl.ViewStmt v -> "CREATE VIEW";
            case ObjectDdl.CreateSeqStmt s -> "CREATE SEQUENCE";
            case ObjectDdl.AlterSeqStmt s -> "ALTER SEQUENCE";
            case ObjectDdl.CreateFunctionStmt f -> f.procedure() ? "CREATE PROCEDURE" : "CREATE FUNCTION";
            case ObjectDdl.AlterFunctionStmt f -> "ALTER " + f.objectType().sql();
            case ObjectDdl.CreateDomainStmt d -> "CREATE DOMAIN";
            case ObjectDdl.AlterDomainStmt d -> "ALTER DOMAIN";
            case ObjectDdl.CreateRoleStmt r -> "CREATE ROLE";
            case ObjectDdl.AlterRoleStmt r -> "ALTER ROLE";
            case ObjectDdl.AlterRoleSetStmt r -> "ALTER ROLE";
            case ObjectDdl.DropRoleStmt r -> "DROP ROLE";
            case ObjectDdl.GrantStmt g -> g.grant() ? "GRANT" : "REVOKE";
            case ObjectDdl.GrantRoleStmt g -> g.grant() ? "GRANT ROLE" : "REVOKE ROLE";
            case ObjectDdl.AlterDefaultPrivilegesStmt a -> "ALTER DEFAULT PRIVILEGES";
            case ObjectDdl.CommentStmt c -> "COMMENT";
            case ObjectDdl.AwsIamGrantStmt a -> a.grant() ? "AWS IAM GRANT" : "AWS IAM REVOKE";
            case ObjectDdl.RecognizedStmt r -> recognized(r);
        };
    }

    private static String recognized(ObjectDdl.RecognizedStmt r) {
        if (r.nodeTag().startsWith("Alter")) {
            return r.objectType() == null ? "ALTER SYSTEM" : "ALTER " + r.objectType().sql();
        }
        if (r.nodeTag().startsWith("Drop")) {
            return r.objectType() == ObjectType.ROLE ? "DROP OWNED" : "DROP";
        }
        return r.objectType() == null ? "CREATE" : "CREATE " + r.objectType().sql();
    }
}
