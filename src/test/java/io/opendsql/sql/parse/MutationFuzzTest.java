package io.opendsql.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.opendsql.common.DsqlException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Mutates the statements of the data files (deletions, insertions of random tokens, truncation,
 * duplication, character swaps) and checks that each result parses or fails with a DsqlException
 * carrying a parser SQLSTATE, never any other exception, and that the whole run stays bounded.
 */
class MutationFuzzTest {
    private static final int MUTATIONS = 24_000;
    private static final Set<String> PARSER_STATES = Set.of("42601", "54001", "0A000", "22025", "22021", "22023",
            "42P20", "54000");
    private static final String[] FRAGMENTS = {
        "(", ")", "[", "]", ",", ";", ".", "::", ":", "'", "\"", "$$", "$1", "$", "/*", "*/", "--", "\n", " ",
        "+", "-", "*", "/", "%", "^", "<", ">", "=", "<=", ">=", "<>", "!=", "||", "->>", "@>", "?|", "~", "!",
        "SELECT", "FROM", "WHERE", "GROUP BY", "ORDER BY", "LIMIT", "OFFSET", "FETCH", "UNION", "JOIN", "ON",
        "USING", "AS", "AND", "OR", "NOT", "IS", "NULL", "IN", "BETWEEN", "LIKE", "ESCAPE", "CASE", "WHEN",
        "THEN", "ELSE", "END", "CAST", "ARRAY", "ROW", "EXISTS", "ANY", "ALL", "DISTINCT", "OVER", "PARTITION",
        "FILTER", "WITHIN", "WITH", "RECURSIVE", "VALUES", "DEFAULT", "INSERT", "INTO", "UPDATE", "SET",
        "DELETE", "RETURNING", "CREATE", "TABLE", "INDEX", "ASYNC", "ALTER", "DROP", "GRANT", "REVOKE",
        "PRIMARY KEY", "REFERENCES", "CHECK", "COLLATE", "AT TIME ZONE", "INTERVAL", "TIMESTAMP", "DOUBLE",
        "PRECISION", "VARYING", "OPERATOR(", "NULLS", "FIRST", "FOR UPDATE", "TO", "E'\\x", "U&'", "UESCAPE",
        "B'1", "X'F", "1e", "0x", "1_", ".5", "9999999999", "'x'", "a", "t.*", "*", "EXCLUDE", "ROWS",
        "BEGIN", "COMMIT", "SHOW", "EXPLAIN", "CALL", "AWS IAM", "é", "😀", "\\", "{", "}",
    };

    private static List<String> corpus() throws IOException {
        List<String> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/parse"))) {
            // The generated keyword files are thousands of one-liners; they would crowd out the rest.
            for (Path file : files.filter(p -> p.toString().endsWith(".txt") && !p.toString().contains("keyword"))
                    .sorted().toList()) {
                for (ParseDataTest.Case c : ParseDataTest.read(file)) {
                    inputs.add(c.input());
                }
            }
        }
        return inputs;
    }

    private static String mutate(String input, Random random) {
        String s = input;
        int steps = 1 + random.nextInt(3);
        for (int i = 0; i < steps; i++) {
            int length = s.length();
            int at = length == 0 ? 0 : random.nextInt(length + 1);
            switch (random.nextInt(6)) {
                case 0 -> { // delete a span
                    int end = Math.min(length, at + 1 + random.nextInt(8));
                    s = s.substring(0, at) + s.substring(end);
                }
                case 1, 2 -> { // insert a fragment
                    String fragment = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
                    s = s.substring(0, at) + " " + fragment + " " + s.substring(at);
                }
                case 3 -> s = s.substring(0, at); // truncate
                case 4 -> { // duplicate a span
                    int end = Math.min(length, at + random.nextInt(20));
                    s = s.substring(0, end) + s.substring(at, end) + s.substring(end);
                }
                default -> { // replace one character
                    if (length > 0) {
                        int p = Math.min(at, length - 1);
                        char c = " ()',;.:*+-$\"[]0a".charAt(random.nextInt(17));
                        s = s.substring(0, p) + c + s.substring(p + 1);
                    }
                }
            }
        }
        return s;
    }

    @Test
    void mutatedInputsParseOrFailWithSqlState() throws IOException {
        List<String> inputs = corpus();
        assertThat(inputs).hasSizeGreaterThan(100);
        Random random = new Random(20_261_124L);
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < MUTATIONS; i++) {
                String sql = mutate(inputs.get(random.nextInt(inputs.size())), random);
                try {
                    for (Statement statement : Parser.parse(sql)) {
                        StatementPrinter.print(statement.node());
                    }
                    outcomes[0]++;
                } catch (DsqlException e) {
                    assertThat(PARSER_STATES).as("SQLSTATE for input %s: %s", sql, e).contains(e.state().code());
                    assertThat(e.position()).as("position for input %s", sql)
                            .isBetween(0, sql.codePointCount(0, sql.length()) + 1);
                    outcomes[1]++;
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("unexpected " + e + " for input: " + sql, e);
                }
            }
        });
        assertThat(outcomes[0] + outcomes[1]).isEqualTo(MUTATIONS);
        assertThat(outcomes[0]).as("some mutations still parse").isPositive();
        assertThat(outcomes[1]).as("some mutations fail").isPositive();
    }
}
