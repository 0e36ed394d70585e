package io.opendsql.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendsql.common.DsqlException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Data-driven parser tests: each file under src/test/resources/parse/ holds blocks of
 * <pre>
 * input SQL (one or more lines)
 * ----
 * expected output (canonical form of each statement, or ERROR ...)
 * </pre>
 * separated by blank lines; lines starting with '#' outside a block are comments. Run with
 * {@code -Dparse.rewrite=true} to regenerate the expected output, then review the diff. Files whose
 * name contains "errors" hold PostgreSQL's own answers (see scripts/ParseErrorsFromPostgres.java)
 * and are never rewritten from this parser's output.
 */
class ParseDataTest {
    private static final Path DIRECTORY = Path.of("src/test/resources/parse");

    record Case(String input, String expected, int line) {
    }

    /** What the parser produces for one input: canonical statements, or the error. */
    static String run(String sql) {
        try {
            List<Statement> statements = Parser.parse(sql);
            if (statements.isEmpty()) {
                return "(empty)";
            }
            StringBuilder out = new StringBuilder();
            for (Statement statement : statements) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(StatementPrinter.print(statement.node()));
            }
            return out.toString();
        } catch (DsqlException e) {
            return describe(e);
        }
    }

    static String describe(DsqlException e) {
        return "ERROR " + e.state().code() + " " + e.getMessage()
                + (e.position() > 0 ? " (position " + e.position() + ")" : "")
                + (e.hint() == null ? "" : "\nHINT " + e.hint());
    }

    static List<Case> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Case> cases = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder input = new StringBuilder();
            while (i < lines.size() && !lines.get(i).equals("----")) {
                if (!input.isEmpty()) {
                    input.append('\n');
                }
                input.append(lines.get(i));
                i++;
            }
            i++;
            StringBuilder expected = new StringBuilder();
            while (i < lines.size() && !lines.get(i).isEmpty()) {
                if (!expected.isEmpty()) {
                    expected.append('\n');
                }
                expected.append(lines.get(i));
                i++;
            }
            cases.add(new Case(input.toString(), expected.toString(), start + 1));
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> dataFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(DIRECTORY)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        boolean rewrite = Boolean.getBoolean("parse.rewrite");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            List<Case> cases = read(file);
            if (rewrite && !file.getFileName().toString().contains("errors")) {
                rewrite(file, cases);
                continue;
            }
            for (Case c : cases) {
                tests.add(DynamicTest.dynamicTest(file.getFileName() + ":" + c.line(), () -> check(c)));
            }
        }
        return tests.stream();
    }

    /** SQLSTATEs PostgreSQL's grammar (not parse analysis) raises. */
    private static final java.util.Set<String> GRAMMAR_STATES = java.util.Set.of("42601", "54001", "0A000", "22023",
            "22021", "22025", "42P20");

    /**
     * Exact comparison, except for expectations recorded from PostgreSQL that show the statement
     * got past the grammar ("OK ...", or an error from analysis such as 42P01): then this parser
     * only has to accept the input.
     */
    private static void check(Case c) {
        String actual = run(c.input());
        String expected = c.expected();
        boolean passedGrammar = expected.startsWith("OK (accepted")
                || (expected.startsWith("ERROR ") && !GRAMMAR_STATES.contains(expected.substring(6, 11)));
        if (passedGrammar) {
            assertThat(actual).as("input: %s (PostgreSQL: %s)", c.input(), expected).doesNotStartWith("ERROR");
        } else {
            assertThat(actual).as("input: %s", c.input()).isEqualTo(expected);
        }
    }

    /** Rewrites a file keeping its comments and inputs and replacing each expected output. */
    private static void rewrite(Path file, List<Case> cases) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        int caseIndex = 0;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                out.append(line).append('\n');
                i++;
                continue;
            }
            Case c = cases.get(caseIndex++);
            while (i < lines.size() && !lines.get(i).equals("----")) {
                out.append(lines.get(i)).append('\n');
                i++;
            }
            i++;
            while (i < lines.size() && !lines.get(i).isEmpty()) {
                i++;
            }
            out.append("----\n").append(run(c.input())).append('\n');
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }
}
