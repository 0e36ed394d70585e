package io.opendsql.storage.keys;

import io.opendsql.storage.Bytes;
import io.opendsql.storage.DataDriven;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden encodings in {@code src/test/resources/storage/keys/*.txt}. They pin the on-disk key format: a change
 * here breaks existing databases and needs a migration.
 *
 * <pre>
 * encode type=int32 value=1 [order=not-null|nulls-first|nulls-last] [desc]   prints the hex bytes
 * compare type=text a=x b=y                                                 prints a &lt; b, a = b or a &gt; b
 * </pre>
 * {@code value=null} is NULL; byte values are hex; uuids and numerics use their usual text forms.
 */
class KeyEncodingHistoryTest {
    @TestFactory
    Stream<DynamicTest> encodings() {
        return DataDriven.files("storage/keys").stream().map(file ->
                DynamicTest.dynamicTest(file.getFileName().toString(), () -> DataDriven.run(file, this::execute)));
    }

    private String execute(DataDriven.Command command) {
        KeyType type = KeyType.valueOf(command.argument("type").toUpperCase(java.util.Locale.ROOT));
        ColumnOrder order = switch (command.argument("order", "not-null")) {
            case "not-null" -> ColumnOrder.NOT_NULL;
            case "nulls-first" -> ColumnOrder.NULLS_FIRST;
            case "nulls-last" -> ColumnOrder.NULLS_LAST;
            default -> throw new IllegalArgumentException("order " + command.argument("order"));
        };
        if (command.words().contains("desc")) {
            order = order.reversed();
        }
        return switch (command.name()) {
            case "encode" -> {
                Object value = parse(type, command.argument("value"));
                byte[] key = new KeyWriter().value(type, value, order).toByteArray();
                Object decoded = new KeyReader(key).value(type, order);
                yield HexFormat.of().formatHex(key) + "  -> " + show(decoded);
            }
            case "compare" -> {
                byte[] a = new KeyWriter().value(type, parse(type, command.argument("a")), order).toByteArray();
                byte[] b = new KeyWriter().value(type, parse(type, command.argument("b")), order).toByteArray();
                int result = Integer.signum(Bytes.compare(a, b));
                yield result < 0 ? "a < b" : result == 0 ? "a = b" : "a > b";
            }
            default -> throw new IllegalArgumentException("unknown command " + command.name());
        };
    }

    private static String show(Object value) {
        return value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes)
                : String.valueOf(value).replace("\0", "\\0");
    }

    private static Object parse(KeyType type, String text) {
        if (text.equals("null")) {
            return null;
        }
        return switch (type) {
            case INT16 -> Short.parseShort(text);
            case INT32, DATE -> Integer.parseInt(text);
            case INT64, TIME, TIMESTAMP, TIMESTAMPTZ -> Long.parseLong(text);
            case FLOAT32 -> Float.parseFloat(text);
            case FLOAT64 -> Double.parseDouble(text);
            case NUMERIC -> NumericValue.of(text);
            case TEXT -> text.replace("\\0", "\0").replace("\\s", " ");
            case BYTES -> HexFormat.of().parseHex(text);
            case BOOLEAN -> Boolean.parseBoolean(text);
            case UUID -> UUID.fromString(text);
        };
    }
}
