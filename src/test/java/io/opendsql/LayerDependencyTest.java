package io.opendsql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point down the data flow (design.md): a package may import only packages ranked below
 * it. Adding a package means giving it a rank here, so a new layer cannot slip in unchecked.
 */
class LayerDependencyTest {
    /** Higher rank = closer to the user. Equal ranks may not import each other. */
    private static final Map<String, Integer> RANK = Map.ofEntries(
            Map.entry("cli", 100),
            Map.entry("embedded", 97),
            Map.entry("bench", 95),
            Map.entry("server", 90),
            Map.entry("control", 85),
            Map.entry("wire", 80),
            Map.entry("session", 70),
            Map.entry("sql", 60),
            Map.entry("catalog", 50),
            Map.entry("txn", 40),
            Map.entry("storage", 30),
            Map.entry("auth", 20),
            Map.entry("tls", 20),
            Map.entry("common", 0));

    private static final Pattern IMPORT =
            Pattern.compile("^import\\s+(?:static\\s+)?io\\.opendsql\\.(\\w+)", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\bio\\.opendsql\\.(\\w+)\\.");

    @Test
    void everyLayerImportsOnlyLayersBelowIt() throws IOException {
        Path root = Path.of("src/main/java/io/opendsql");
        List<String> violations = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String layer = root.relativize(file).getName(0).toString();
            assertThat(RANK).as("layer %s of %s has a rank", layer, file).containsKey(layer);
            String text = Files.readString(file);
            for (Pattern pattern : List.of(IMPORT, QUALIFIED)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    String target = m.group(1);
                    if (target.equals(layer)) {
                        continue;
                    }
                    Integer targetRank = RANK.get(target);
                    if (targetRank == null || targetRank >= RANK.get(layer)) {
                        violations.add(file + " (" + layer + ") uses io.opendsql." + target);
                    }
                }
            }
        }
        assertThat(violations).as("imports that point up or sideways").isEmpty();
    }
}
