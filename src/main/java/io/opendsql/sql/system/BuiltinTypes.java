package io.opendsql.sql.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * pg_type facts of the built-in types (length, alignment, storage, I/O functions…) as PostgreSQL has them,
 * read from {@code pg_type.txt}; also the names of the I/O functions, so regproc values print as names.
 */
final class BuiltinTypes {
    /** One pg_type row of a built-in type. */
    record Facts(long oid, String name, int length, boolean byValue, char type, char category, boolean preferred,
                 char delimiter, long subscript, long element, long array, long input, long output, long receive,
                 long send, long modIn, long modOut, long analyze, char align, char storage, long collation) {
    }

    private static final Map<Long, Facts> TYPES = new LinkedHashMap<>();
    private static final Map<Long, String> FUNCTION_NAMES = new HashMap<>();

    static {
        try (InputStream in = BuiltinTypes.class.getResourceAsStream("pg_type.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                Facts facts = new Facts(Long.parseLong(f[0]), f[1], Integer.parseInt(f[2]), f[3].equals("t"),
                        f[4].charAt(0), f[5].charAt(0), f[6].equals("t"), f[7].charAt(0), Long.parseLong(f[9]),
                        Long.parseLong(f[10]), Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[14]),
                        Long.parseLong(f[16]), Long.parseLong(f[18]), Long.parseLong(f[20]), Long.parseLong(f[22]),
                        Long.parseLong(f[24]), f[26].charAt(0), f[27].charAt(0), Long.parseLong(f[28]));
                TYPES.put(facts.oid(), facts);
                for (int i : new int[] {9, 12, 14, 16, 18, 20, 22, 24}) {
                    String name = i == 9 ? f[29] : f[i + 1];
                    if (!f[i].equals("0")) {
                        FUNCTION_NAMES.put(Long.parseLong(f[i]), name);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BuiltinTypes() {
    }

    static List<Facts> all() {
        return List.copyOf(TYPES.values());
    }

    static Optional<Facts> of(long oid) {
        return Optional.ofNullable(TYPES.get(oid));
    }

    /** The name of a type I/O function, for regproc output. */
    static Optional<String> functionName(long oid) {
        return Optional.ofNullable(FUNCTION_NAMES.get(oid));
    }
}
