package io.opendsql.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The JUnit extension as a user would write tests with it: one server per class, or per method. */
class OpenDsqlExtensionTest {
    @Nested
    @OpenDsqlTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class OneServerPerClass {
        @Test
        @Order(1)
        void connectionsAreInjected(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE ext_notes (id int PRIMARY KEY, body text)");
                s.execute("INSERT INTO ext_notes VALUES (1, 'kept for the class')");
            }
        }

        @Test
        @Order(2)
        void theServerAndItsDataLastForTheClass(OpenDsql dsql, DataSource dataSource) throws SQLException {
            assertThat(dsql.jdbcUrl()).startsWith("jdbc:postgresql://localhost:" + dsql.port() + "/postgres");
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT body FROM ext_notes")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("kept for the class");
            }
        }
    }

    @Nested
    @OpenDsqlTest(fresh = OpenDsqlTest.Fresh.PER_METHOD)
    class OneServerPerMethod {
        @Test
        void firstSeesAnEmptyDatabase(Connection c) throws SQLException {
            createAndExpectEmpty(c);
        }

        @Test
        void secondSeesAnEmptyDatabaseToo(Connection c) throws SQLException {
            createAndExpectEmpty(c);
        }

        private void createAndExpectEmpty(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE per_method (id int PRIMARY KEY)"); // would fail if the table survived
                s.execute("INSERT INTO per_method VALUES (1)");
            }
        }
    }

    @Test
    void theEmbeddedServerChecksTokensLikeDsql() throws SQLException {
        try (OpenDsql dsql = OpenDsql.embedded().start()) {
            assertThatThrownBy(() -> dsql.dataSource().getConnection("admin", "not-a-token"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28000"));
            try (Connection c = dsql.connect(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SHOW transaction_isolation")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("repeatable read");
            }
        }
    }
}
