package io.opendsql.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendsql.txn.TransactionLimits;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * DSQL's transaction limits over the wire (spec §4.3): 3,000 mutated rows checked at the statement that
 * crosses them, 10 MiB of writes and the transaction age checked at COMMIT (and the age at the next
 * statement). The age limit is shortened to 2 s for the test, as clusters allow.
 */
class TransactionLimitsTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(config -> config.withLimits(config.limits().withTransactionLimits(
                TransactionLimits.DSQL.withMaxAge(Duration.ofSeconds(2)))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void threeThousandRowsCommitAndOneMoreFails() throws SQLException {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE lim_rows (id int PRIMARY KEY)");
            s.execute(insert("lim_rows", 0, 3_000));
            assertThat(count(s, "lim_rows")).isEqualTo(3_000);
            assertThatThrownBy(() -> s.execute(insert("lim_rows", 10_000, 3_001)))
                    .isInstanceOfSatisfying(PSQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("54000");
                        assertThat(e.getServerErrorMessage().getMessage()).isEqualTo("transaction row limit exceeded");
                    });
            assertThat(count(s, "lim_rows")).isEqualTo(3_000);

            // the limit is per transaction: the statement that crosses it fails, the earlier ones stood
            c.setAutoCommit(false);
            s.execute(insert("lim_rows", 20_000, 2_000));
            s.execute("UPDATE lim_rows SET id = id + 5000 WHERE id >= 20000 AND id < 21000");
            assertThatThrownBy(() -> s.execute("DELETE FROM lim_rows WHERE id = 0"))
                    .isInstanceOfSatisfying(PSQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("54000"));
            c.rollback();
            c.setAutoCommit(true);
            s.execute("DROP TABLE lim_rows");
        }
    }

    @Test
    void tenMebibytesFailAtCommitWithTheCurrentSize() throws SQLException {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE lim_bytes (id int PRIMARY KEY, payload text)");
            c.setAutoCommit(false);
            String payload = "x".repeat(100_000);
            for (int i = 0; i < 110; i++) {
                s.execute("INSERT INTO lim_bytes VALUES (" + i + ", '" + payload + "')"); // each statement succeeds
            }
            assertThatThrownBy(c::commit).isInstanceOfSatisfying(PSQLException.class, e -> {
                assertThat(e.getSQLState()).isEqualTo("54000");
                assertThat(e.getServerErrorMessage().getMessage()).isEqualTo("transaction size limit 10mb exceeded");
                assertThat(e.getServerErrorMessage().getDetail()).isEqualTo("Current transaction size 11mb > 10mb");
            });
            c.setAutoCommit(true);
            assertThat(count(s, "lim_bytes")).isZero();
            s.execute("DROP TABLE lim_bytes");
        }
    }

    @Test
    void anOldTransactionFailsAtCommitAndAtItsNextStatement() throws Exception {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE lim_age (id int PRIMARY KEY)");
            c.setAutoCommit(false);
            s.execute("INSERT INTO lim_age VALUES (1)");
            Thread.sleep(2_300);
            assertThatThrownBy(c::commit).isInstanceOfSatisfying(PSQLException.class, e -> {
                assertThat(e.getSQLState()).isEqualTo("54000");
                assertThat(e.getServerErrorMessage().getMessage()).isEqualTo("transaction age limit of 2s exceeded");
                assertThat(e.getServerErrorMessage().getDetail()).isEqualTo("Current transaction age 2s exceeds 2s");
            });
            s.execute("SELECT id FROM lim_age");
            Thread.sleep(2_300);
            assertThatThrownBy(() -> s.execute("SELECT id FROM lim_age"))
                    .isInstanceOfSatisfying(PSQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("54000"));
            c.rollback();
            c.setAutoCommit(true);
            assertThat(count(s, "lim_age")).isZero();
            s.execute("DROP TABLE lim_age");
        }
    }

    private static String insert(String table, int first, int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append('(').append(first + i).append(')');
        }
        return sql.toString();
    }

    private static int count(Statement s, String table) throws SQLException {
        int rows = 0;
        try (ResultSet r = s.executeQuery("SELECT 1 FROM " + table)) {
            while (r.next()) {
                rows++;
            }
        }
        return rows;
    }
}
