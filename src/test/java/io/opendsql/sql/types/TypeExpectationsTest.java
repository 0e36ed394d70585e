package io.opendsql.sql.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendsql.common.DsqlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the differential case files under src/test/resources/types: each expected column was
 * produced by PostgreSQL (scripts/regen-type-expectations.py), or written by hand for *.pg16.
 */
class TypeExpectationsTest {
    private static final Path DIRECTORY = Path.of("src/test/resources/types");

    @TestFactory
    Stream<DynamicTest> caseFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(DIRECTORY)) {
            files = listing.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".pg16")).sorted()
                    .toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(file)));
    }

    private static void run(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        TypeContext context = TypeContext.DEFAULT.withTransactionStart(java.time.Instant.parse("2024-06-15T12:00:00Z"));
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts[0].equals("set")) {
                context = apply(context, parts[1], parts[2]);
                continue;
            }
            cases++;
            String expected = parts.length > 3 ? parts[3] : "";
            String actual = escape(evaluate(parts[0], parts[1], unescape(parts[2]), context));
            if (!actual.equals(expected)) {
                failures.add(file.getFileName() + ":" + (n + 1) + ": " + parts[0] + " " + parts[1] + " [" + parts[2]
                        + "]\n    expected: " + expected + "\n    actual:   " + actual);
            }
        }
        assertThat(cases).as("cases in %s", file).isPositive();
        assertThat(failures).as("%d of %d cases failed", failures.size(), cases).isEmpty();
    }

    static TypeContext apply(TypeContext context, String name, String value) {
        return switch (name.toLowerCase()) {
            case "timezone" -> context.withTimeZone(TimeZones.parseSetting(value).zone());
            case "datestyle" -> context.withDateStyle(DateStyle.parse(value, context.dateStyle()));
            case "intervalstyle" -> context.withIntervalStyle(IntervalStyle.fromSetting(value));
            case "extra_float_digits" -> context.withExtraFloatDigits(Integer.parseInt(value));
            default -> throw new IllegalArgumentException("unknown setting " + name);
        };
    }

    static String evaluate(String mode, String typeText, String input, TypeContext context) {
        try {
            switch (mode) {
                case "in" -> {
                    SqlType type = TypeNames.parse(typeText);
                    Object value = TypeIo.parse(inputType(type), input, context);
                    value = TypeIo.applyTypmod(type, value, true);
                    return TypeIo.format(type.type(), value, context);
                }
                case "assign" -> {
                    SqlType type = TypeNames.parse(typeText);
                    return TypeIo.format(type.type(), TypeIo.parse(type, input, context), context);
                }
                case "send" -> {
                    SqlType type = TypeNames.parse(typeText);
                    Object value = TypeIo.applyTypmod(type, TypeIo.parse(inputType(type), input, context),
                            true);
                    byte[] bytes = BinaryIo.send(type.type(), value);
                    Object back = BinaryIo.receive(type, bytes);
                    String again = TypeIo.format(type.type(), back, context);
                    String original = TypeIo.format(type.type(), value, context);
                    if (!again.equals(original)) {
                        return "ROUND TRIP " + original + " -> " + again;
                    }
                    return HexFormat.of().formatHex(bytes);
                }
                case "cast" -> {
                    String[] types = typeText.split(">");
                    SqlType from = TypeNames.parse(types[0]);
                    SqlType to = TypeNames.parse(types[1]);
                    Object value = TypeIo.applyTypmod(from, TypeIo.parse(inputType(from), input, context),
                            true);
                    Object result = Casts.cast(value, from.type(), to, context, true);
                    return TypeIo.format(to.type(), result, context);
                }
                case "common" -> {
                    List<PgType> types = new ArrayList<>();
                    for (String name : input.split(",")) {
                        types.add(TypeNames.parse(name).type());
                    }
                    return SqlType.of(CommonType.select(types, "VALUES")).formatType().replace("bpchar", "character");
                }
                case "order" -> {
                    SqlType type = TypeNames.parse(typeText);
                    List<Object> values = new ArrayList<>();
                    for (String item : input.split(" \\| ", -1)) {
                        values.add(TypeIo.parse(type, item, context));
                    }
                    java.util.Comparator<Object> byText = java.util.Comparator.comparing(
                            v -> TypeIo.format(type.type(), v, context).getBytes(StandardCharsets.UTF_8),
                            java.util.Arrays::compareUnsigned);
                    java.util.Comparator<Object> order = (a, b) -> ValueOrder.compare(type.type(), a, b);
                    values.sort(order.thenComparing(byText));
                    List<String> texts = new ArrayList<>();
                    for (Object value : values) {
                        texts.add(TypeIo.format(type.type(), value, context));
                    }
                    java.util.Map<Integer, List<Object>> buckets = new java.util.HashMap<>();
                    int distinct = 0;
                    for (Object value : values) {
                        List<Object> bucket = buckets.computeIfAbsent(ValueOrder.hash(type.type(), value),
                                h -> new ArrayList<>());
                        if (bucket.stream().noneMatch(other -> ValueOrder.compare(type.type(), other, value) == 0)) {
                            bucket.add(value);
                            distinct++;
                        }
                    }
                    return String.join(" | ", texts) + " ; distinct " + distinct;
                }
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            }
        } catch (DsqlException e) {
            return "ERROR " + e.state().code() + " " + e.getMessage()
                    + (e.detail() == null ? "" : " DETAIL: " + e.detail());
        } catch (RuntimeException e) {
            return "UNEXPECTED " + e;
        }
    }

    /** A literal's input function gets the modifier only for interval, as in PostgreSQL's coerce_type. */
    private static SqlType inputType(SqlType type) {
        return type.type() == PgType.INTERVAL ? type : new SqlType(type.type(), -1);
    }

    private static String unescape(String text) {
        return text.replace("{TAB}", "\t").replace("{NL}", "\n");
    }

    private static String escape(String text) {
        return text.replace("\t", "{TAB}").replace("\n", "{NL}");
    }
}
