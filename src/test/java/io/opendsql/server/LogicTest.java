package io.opendsql.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.postgresql.util.PSQLException;

/**
 * Differential logic tests: each {@code src/test/resources/logictest/<area>/*.test} file is run over
 * pgJDBC against an OpenDSQL server, one connection per file. Records:
 * <pre>
 * statement ok
 * SQL
 *
 * statement error SQLSTATE message-regex
 * SQL
 *
 * query [rowsort]
 * SQL
 * ----
 * name:typname|name:typname      (column names and RowDescription types)
 * value|value                    (NULL for SQL NULL, (empty) for '')
 * </pre>
 * A record preceded by {@code skipif opendsql <reason>} runs only against PostgreSQL: a known,
 * documented difference (docs/engine-differences.md). With {@code -Dlogictest.rewrite=true -Dlogictest.url=jdbc:postgresql://...} the same files run
 * against PostgreSQL and their expected output is rewritten from its answers (scripts/regen-logictests.sh).
 * {@code -Dlogictest.only=regex} runs only the files whose path under logictest/ matches.
 */
class LogicTest {
    private static final Path ROOT = Path.of("src/test/resources/logictest");
    private static final boolean REWRITE = Boolean.getBoolean("logictest.rewrite");
    private static TestServer server;

    @BeforeAll
    static void start() {
        if (!REWRITE) {
            server = TestServer.start();
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> files() throws IOException {
        try (Stream<Path> paths = Files.walk(ROOT)) {
            Pattern only = Pattern.compile(System.getProperty("logictest.only", ".*"));
            List<Path> files = paths.filter(p -> p.toString().endsWith(".test"))
                    .filter(p -> only.matcher(ROOT.relativize(p).toString()).find()).sorted().toList();
            return files.stream().map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> run(file)));
        }
    }

    /** One record; {@code skip} is the reason OpenDSQL knowingly differs (a {@code skipif opendsql} line), or null. */
    record TestRecord(String skip, String directive, String sql, List<String> expected) {
    }

    static List<TestRecord> parse(List<String> lines) {
        List<TestRecord> records = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                i++;
                continue;
            }
            String skip = null;
            if (line.startsWith("skipif opendsql")) {
                skip = line.substring("skipif opendsql".length()).trim();
                line = lines.get(++i);
            }
            String directive = line;
            i++;
            StringBuilder sql = new StringBuilder();
            while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).equals("----")) {
                sql.append(sql.isEmpty() ? "" : "\n").append(lines.get(i++));
            }
            List<String> expected = new ArrayList<>();
            if (i < lines.size() && lines.get(i).equals("----")) {
                i++;
                while (i < lines.size() && !lines.get(i).isEmpty()) {
                    expected.add(lines.get(i++));
                }
            }
            records.add(new TestRecord(skip, directive, sql.toString(), expected));
        }
        return records;
    }

    private void run(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (REWRITE && !lines.isEmpty() && lines.get(0).startsWith("# dsql-only")) {
            return; // DSQL's own behaviour, written from the spec: PostgreSQL answers differently
        }
        List<TestRecord> records = parse(lines);
        try (Connection c = REWRITE ? DriverManager.getConnection(System.getProperty("logictest.url"))
                : server.connectAdmin(); Statement s = c.createStatement()) {
            if (REWRITE) {
                StringBuilder out = new StringBuilder();
                for (TestRecord r : records) {
                    out.append(r.skip() == null ? "" : "skipif opendsql " + r.skip() + "\n")
                            .append(rewrite(s, r)).append('\n');
                }
                Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
                return;
            }
            List<String> failures = new ArrayList<>();
            for (TestRecord r : records) {
                if (r.skip() != null) {
                    continue;
                }
                String failure = check(s, r);
                if (failure != null) {
                    failures.add(failure);
                }
            }
            assertThat(failures).as("%d of %d records in %s differ", failures.size(), records.size(), file).isEmpty();
        }
    }

    /** Runs a record; returns its description on a mismatch, null when it passes. */
    private static String check(Statement s, TestRecord r) {
        Outcome actual = execute(s, r.sql());
        String[] words = r.directive().split(" ", 4);
        String expected;
        if (words[0].equals("statement") && words[1].equals("ok")) {
            if (actual.error == null) {
                return null;
            }
            expected = "ok";
        } else if (words[0].equals("statement") && words[1].equals("error")) {
            String state = words[2];
            String regex = words.length > 3 ? words[3] : ".*";
            if (actual.error != null && actual.error.startsWith(state + " ")
                    && Pattern.compile(regex).matcher(actual.error.substring(6)).matches()) {
                return null;
            }
            expected = state + " " + regex;
        } else {
            List<String> lines = new ArrayList<>(actual.lines);
            List<String> want = new ArrayList<>(r.expected());
            if (r.directive().contains("rowsort") && !lines.isEmpty() && !want.isEmpty()) {
                lines = sortRows(lines);
                want = sortRows(want);
            }
            if (actual.error == null && lines.equals(want)) {
                return null;
            }
            expected = String.join("\n", r.expected());
        }
        return "\n--- " + r.sql() + "\nexpected: " + expected + "\nactual:   "
                + (actual.error != null ? actual.error : String.join("\n          ", actual.lines));
    }

    private static List<String> sortRows(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines.subList(1, lines.size()));
        java.util.Collections.sort(sorted);
        sorted.add(0, lines.get(0));
        return sorted;
    }

    private static String rewrite(Statement s, TestRecord r) {
        Outcome outcome = execute(s, r.sql());
        if (outcome.error != null) {
            String state = outcome.error.substring(0, 5);
            return "statement error " + state + " " + escape(outcome.error.substring(6)) + "\n" + r.sql() + "\n";
        }
        if (outcome.lines.isEmpty()) {
            return "statement ok\n" + r.sql() + "\n";
        }
        String options = r.directive().contains("rowsort") ? " rowsort" : "";
        return "query" + options + "\n" + r.sql() + "\n----\n" + String.join("\n", outcome.lines) + "\n";
    }

    private static String escape(String message) {
        return message.replaceAll("([\\\\.^$|?*+()\\[\\]{}])", "\\\\$1");
    }

    /**
     * The column's type from its RowDescription oid, named by pg_type.typname; read directly because
     * pgJDBC looks up types it does not know (interval, regtype) with a pg_type query.
     */
    private static String typeName(ResultSetMetaData meta, int column) throws SQLException {
        try {
            java.lang.reflect.Method field = org.postgresql.jdbc.PgResultSetMetaData.class
                    .getDeclaredMethod("getField", int.class);
            field.setAccessible(true);
            int oid = ((org.postgresql.core.Field) field.invoke(meta.unwrap(org.postgresql.jdbc.PgResultSetMetaData.class),
                    column)).getOID();
            return io.opendsql.sql.types.PgType.byOid(oid).map(io.opendsql.sql.types.PgType::typeName)
                    .orElse(Integer.toString(oid));
        } catch (ReflectiveOperationException e) {
            throw new SQLException(e);
        }
    }

    private record Outcome(String error, List<String> lines) {
    }

    private static Outcome execute(Statement s, String sql) {
        try {
            List<String> lines = new ArrayList<>();
            if (s.execute(sql)) {
                try (ResultSet rs = s.getResultSet()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> header = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        header.add(meta.getColumnLabel(i) + ":" + typeName(meta, i));
                    }
                    lines.add(header.isEmpty() ? "(no columns)" : String.join("|", header));
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            String value = rs.getString(i);
                            row.add(value == null ? "NULL" : value.isEmpty() ? "(empty)"
                                    : value.replace("\n", "\\n"));
                        }
                        lines.add(row.isEmpty() ? "()" : String.join("|", row));
                    }
                }
            }
            return new Outcome(null, lines);
        } catch (PSQLException e) {
            String state = e.getSQLState() == null ? "?????" : e.getSQLState();
            String message = e.getServerErrorMessage() != null ? e.getServerErrorMessage().getMessage() : e.getMessage();
            return new Outcome(state + " " + message, List.of());
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
