package io.opendsql.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendsql.common.DsqlException;
import io.opendsql.sql.parse.ast.ObjectDdl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The canonical form is itself valid SQL that parses back to the same canonical form. */
class RoundTripTest {
    @Test
    void canonicalFormIsStable() throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/parse"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (ParseDataTest.Case c : ParseDataTest.read(file)) {
                    List<Statement> statements;
                    try {
                        statements = Parser.parse(c.input());
                    } catch (DsqlException e) {
                        continue;
                    }
                    for (Statement statement : statements) {
                        if (statement.node() instanceof ObjectDdl.RecognizedStmt) {
                            continue;
                        }
                        String canonical = StatementPrinter.print(statement.node());
                        String again;
                        try {
                            again = StatementPrinter.print(Parser.parseOne(canonical).node());
                        } catch (DsqlException e) {
                            again = e.toString();
                        }
                        checked++;
                        if (!again.equals(canonical)) {
                            failures.add(canonical + "\n  -> " + again);
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
        assertThat(failures).isEmpty();
    }
}
