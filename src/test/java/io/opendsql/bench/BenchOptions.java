package io.opendsql.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name=value} command-line options of the benchmark mains. */
final class BenchOptions {
    private final Map<String, String> values = new LinkedHashMap<>();

    BenchOptions(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            int equals = arg.indexOf('=');
            values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
    }

    String get(String name) {
        String value = values.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return value;
    }

    String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    int integer(String name, int otherwise) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : otherwise;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }
}
