package io.opendsql.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendsql.common.DsqlException;
import io.opendsql.sql.parse.ast.DmlStmt;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.SelectBody;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.UtilityStmt;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParserTest {
    @Test
    void splitsStatementsKeepingTextAndOffsets() {
        String sql = "  SELECT 1 ;;\n insert into t values (1); -- tail\n BEGIN";
        List<Statement> statements = Parser.parse(sql);
        assertThat(statements).extracting(Statement::text)
                .containsExactly("SELECT 1", "insert into t values (1)", "BEGIN");
        assertThat(statements).extracting(Statement::location).containsExactly(2, 15, 50);
        assertThat(statements.get(1).node()).isInstanceOf(DmlStmt.InsertStmt.class);
        assertThat(statements.get(2).node()).isInstanceOf(UtilityStmt.TransactionStmt.class);
        assertThat(Parser.parse(" ; -- nothing\n")).isEmpty();
    }

    @Test
    void errorPositionsAreRelativeToTheWholeString() {
        assertThatThrownBy(() -> Parser.parse("SELECT 1;\nSELECT (2"))
                .isInstanceOfSatisfying(DsqlException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("42601");
                    assertThat(e.getMessage()).isEqualTo("syntax error at end of input");
                    assertThat(e.position()).isEqualTo(20);
                });
    }

    @Test
    void nodesCarrySourceLocations() {
        SelectStmt select = (SelectStmt) Parser.parseOne("SELECT a + 1 FROM t WHERE b").node();
        SelectBody.SelectCore core = (SelectBody.SelectCore) select.body();
        Expr.Operator plus = (Expr.Operator) core.targets().get(0).value();
        assertThat(plus.location()).isEqualTo(7);
        assertThat(plus.right().location()).isEqualTo(11);
        assertThat(core.where().location()).isEqualTo(26);
    }

    private static void assertTooDeep(String sql) {
        int overflows = Parser.STACK_OVERFLOWS.get();
        assertThatThrownBy(() -> Parser.parse(sql)).isInstanceOfSatisfying(DsqlException.class, e -> {
            assertThat(e.state().code()).isEqualTo("54001");
            assertThat(e.getMessage()).isEqualTo("stack depth limit exceeded");
            assertThat(e.hint()).isEqualTo("Increase the configuration parameter \"max_stack_depth\" (currently "
                    + "2048kB), after ensuring the platform's stack depth limit is adequate.");
        });
        assertThat(Parser.STACK_OVERFLOWS.get()).as("depth counter, not StackOverflowError").isEqualTo(overflows);
    }

    /** Nesting just under the limit must parse on a thread with Java's default 1 MB stack. */
    @Test
    void nestingUnderTheLimitFitsInADefaultThreadStack() throws Exception {
        int n = 240;
        List<String> inputs = List.of(
                "SELECT " + "(".repeat(n) + "1" + ")".repeat(n),
                "SELECT " + "- ".repeat(n) + "1",
                "SELECT " + "ARRAY[".repeat(n) + "1" + "]".repeat(n),
                "SELECT " + "(SELECT ".repeat(n) + "1" + ")".repeat(n),
                "SELECT * FROM " + "(".repeat(n) + "a JOIN b ON true" + ")".repeat(n),
                "SELECT " + "f(".repeat(n) + "1" + ")".repeat(n),
                "SELECT " + "CASE WHEN ".repeat(n) + "1" + " THEN 1 END".repeat(n),
                "SELECT 1 IN " + "(SELECT 1 IN ".repeat(n) + "(1)" + ")".repeat(n));
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                for (String sql : inputs) {
                    Parser.parse(sql);
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "parse", 1024 * 1024);
        thread.start();
        thread.join();
        assertThat(failure.get()).isNull();
    }

    @Test
    void deepNestingFailsWithStackDepthError() {
        int n = 100_000;
        assertTooDeep("SELECT " + "(".repeat(n) + "1" + ")".repeat(n));
        assertTooDeep("SELECT " + "- ".repeat(n) + "1");
        assertTooDeep("SELECT " + "NOT ".repeat(n) + "true");
        assertTooDeep("SELECT " + "ARRAY[".repeat(n) + "1" + "]".repeat(n));
        assertTooDeep("SELECT " + "(SELECT ".repeat(n) + "1" + ")".repeat(n));
        assertTooDeep("SELECT * FROM " + "(".repeat(n) + "a JOIN b ON true" + ")".repeat(n));
        assertTooDeep("SELECT " + "f(".repeat(n) + "1" + ")".repeat(n));
    }

    @Test
    void longLeftAssociativeChainsDoNotNest() {
        // PostgreSQL's grammar reduces "1 + 1 + ..." as it goes, so this is not a nesting error.
        assertThat(Parser.parse("SELECT 1" + " + 1".repeat(100_000))).hasSize(1);
    }

    @Test
    void moderateNestingParses() {
        int n = 200;
        Statement statement = Parser.parseOne("SELECT " + "(".repeat(n) + "1" + ")".repeat(n));
        assertThat(StatementPrinter.print(statement.node())).isEqualTo("SELECT 1");
    }

    @Test
    void commandNamesAndTransactionControl() {
        List<Statement> statements = Parser.parse("BEGIN; START TRANSACTION; SAVEPOINT s; END; ABORT; SELECT 1; "
                + "INSERT INTO t VALUES (1); CREATE TABLE t (a int); CREATE INDEX ASYNC ON t (a); DROP VIEW v; "
                + "ALTER TABLE t RENAME TO u; SET x = 1; RESET x; CREATE DATABASE d; CLOSE ALL; AWS IAM GRANT r TO 'a'");
        assertThat(statements).extracting(Statement::commandName).containsExactly("BEGIN", "START TRANSACTION",
                "SAVEPOINT", "COMMIT", "ROLLBACK", "SELECT", "INSERT", "CREATE TABLE", "CREATE INDEX", "DROP VIEW",
                "ALTER TABLE", "SET", "RESET", "CREATE DATABASE", "CLOSE CURSOR ALL", "AWS IAM GRANT");
        assertThat(statements).extracting(Statement::isTransactionControl).containsExactly(true, true, false, true,
                true, false, false, false, false, false, false, false, false, false, false, false);
    }
}
