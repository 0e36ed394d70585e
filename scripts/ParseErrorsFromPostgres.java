import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Regenerates the expected outputs of a parser error-test file (src/test/resources/parse/*-errors*.txt)
 * from a real PostgreSQL server. Each input is sent with the simple query protocol inside a
 * transaction that is rolled back, so PostgreSQL parses the whole string first, as it does for a
 * client's query. Usage (PostgreSQL listening on localhost:5433, user postgres):
 *
 * <pre>
 * java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.5/postgresql-42.7.5.jar \
 *     scripts/ParseErrorsFromPostgres.java src/test/resources/parse/20-syntax-errors.txt
 * </pre>
 */
public class ParseErrorsFromPostgres {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String url = System.getProperty("url", "jdbc:postgresql://localhost:5433/postgres?user=postgres&preferQueryMode=simple");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            int i = 0;
            while (i < lines.size()) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    out.append(line).append('\n');
                    i++;
                    continue;
                }
                StringBuilder input = new StringBuilder();
                while (i < lines.size() && !lines.get(i).equals("----")) {
                    out.append(lines.get(i)).append('\n');
                    if (!input.isEmpty()) {
                        input.append('\n');
                    }
                    input.append(lines.get(i));
                    i++;
                }
                i++;
                while (i < lines.size() && !lines.get(i).isEmpty()) {
                    i++;
                }
                out.append("----\n").append(run(connection, input.toString())).append('\n');
            }
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    private static String run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            statement.execute(sql);
            return "OK (accepted by PostgreSQL)";
        } catch (PSQLException e) {
            ServerErrorMessage m = e.getServerErrorMessage();
            if (m == null) {
                throw e;
            }
            return "ERROR " + m.getSQLState() + " " + m.getMessage()
                    + (m.getPosition() > 0 ? " (position " + m.getPosition() + ")" : "")
                    + (m.getHint() == null ? "" : "\nHINT " + m.getHint());
        } finally {
            connection.rollback();
        }
    }
}
