package io.opendsql.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs test files in the {@code command args / ---- / printed state} shape of CockroachDB's mvcc_histories:
 *
 * <pre>
 * # comment
 * put t1 k=a v=1
 * ----
 * expected output, up to a blank line
 * </pre>
 *
 * With {@code -Dstorage.rewrite=true} the file is rewritten with the actual output instead of compared;
 * review the diff before committing it.
 */
public final class DataDriven {
    public static final boolean REWRITE = Boolean.getBoolean("storage.rewrite");

    /** One command with its arguments ({@code key=value} or bare words, in order). */
    public record Command(String name, List<String> words, Map<String, String> arguments, int line) {
        public String word(int index) {
            if (index >= words.size()) {
                throw new IllegalArgumentException("line " + line + ": " + name + " needs " + (index + 1) + " words");
            }
            return words.get(index);
        }

        public String argument(String key) {
            String value = arguments.get(key);
            if (value == null) {
                throw new IllegalArgumentException("line " + line + ": " + name + " needs " + key + "=");
            }
            return value;
        }

        public String argument(String key, String otherwise) {
            return arguments.getOrDefault(key, otherwise);
        }
    }

    private record Case(List<String> preamble, String commandLine, List<String> expected) {
    }

    private DataDriven() {
    }

    /** Runs every case of {@code file} through {@code run}, which returns the printed output. */
    public static void run(Path file, Function<Command, String> run) {
        List<Case> cases = parse(file);
        StringBuilder rewritten = new StringBuilder();
        int line = 0;
        for (Case testCase : cases) {
            line += testCase.preamble().size() + 1;
            Command command = command(testCase.commandLine(), line);
            String actual = run.apply(command).strip();
            for (String preambleLine : testCase.preamble()) {
                rewritten.append(preambleLine).append('\n');
            }
            rewritten.append(testCase.commandLine()).append("\n----\n");
            if (!actual.isEmpty()) {
                rewritten.append(actual).append('\n');
            }
            rewritten.append('\n');
            if (!REWRITE) {
                assertThat(actual).as("%s:%d: %s", file.getFileName(), line, testCase.commandLine())
                        .isEqualTo(String.join("\n", testCase.expected()).strip());
            }
            line += 1 + testCase.expected().size() + 1;
        }
        if (REWRITE) {
            try {
                Files.writeString(file, rewritten.toString().stripTrailing() + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<Case> parse(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> cases = new ArrayList<>();
        List<String> preamble = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String text = lines.get(i);
            if (text.isBlank() || text.startsWith("#")) {
                preamble.add(text);
                i++;
                continue;
            }
            if (i + 1 >= lines.size() || !lines.get(i + 1).equals("----")) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected ---- after the command");
            }
            List<String> expected = new ArrayList<>();
            i += 2;
            while (i < lines.size() && !lines.get(i).isEmpty()) {
                expected.add(lines.get(i++));
            }
            i++; // the blank separator
            cases.add(new Case(List.copyOf(preamble), text, expected));
            preamble.clear();
        }
        return cases;
    }

    private static Command command(String text, int line) {
        String[] tokens = text.trim().split("\\s+");
        List<String> words = new ArrayList<>();
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 1; i < tokens.length; i++) {
            int equals = tokens[i].indexOf('=');
            if (equals > 0) {
                arguments.put(tokens[i].substring(0, equals), tokens[i].substring(equals + 1));
            } else {
                words.add(tokens[i]);
            }
        }
        return new Command(tokens[0], words, arguments, line);
    }

    /** Test files under {@code src/test/resources/<directory>}, the source copy so rewrites land in git. */
    public static List<Path> files(String directory) {
        Path root = Path.of("src/test/resources").resolve(directory);
        try (var stream = Files.list(root)) {
            return stream.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
