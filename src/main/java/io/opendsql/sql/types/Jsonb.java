package io.opendsql.sql.types;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A jsonb value: a tree of {@link #JSON_NULL}, Boolean, {@link Numeric}, String, List (array) and
 * Map (object, keys in jsonb order: shorter first, then by UTF-8 bytes; a repeated key keeps its
 * last value). {@link #toString} prints PostgreSQL's canonical text.
 */
public final class Jsonb implements Comparable<Jsonb> {
    /** JSON null inside a tree (SQL NULL is Java null). */
    public static final Object JSON_NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** jsonb's object key order. */
    public static final Comparator<String> KEY_ORDER = (left, right) -> {
        byte[] a = left.getBytes(StandardCharsets.UTF_8);
        byte[] b = right.getBytes(StandardCharsets.UTF_8);
        if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
        }
        return Arrays.compareUnsigned(a, b);
    };

    private final Object root;

    private Jsonb(Object root) {
        this.root = root;
    }

    public static Jsonb parse(String text) {
        return new Jsonb(JsonText.parseTree(text));
    }

    /** A jsonb value from a tree built as described on this class (objects must be key-sorted maps). */
    public static Jsonb of(Object root) {
        return new Jsonb(root);
    }

    /** A new empty object map in jsonb key order. */
    public static java.util.SortedMap<String, Object> newObject() {
        return new java.util.TreeMap<>(KEY_ORDER);
    }

    /** The text of any tree node (a container or a scalar) as jsonb prints it. */
    public static String text(Object node) {
        StringBuilder out = new StringBuilder();
        append(out, node);
        return out.toString();
    }

    /** A string as a JSON string literal (escape_json). */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder();
        appendString(out, value);
        return out.toString();
    }

    public Object root() {
        return root;
    }

    /** PostgreSQL's jsonb ordering; see {@link JsonbOrder}. */
    @Override
    public int compareTo(Jsonb other) {
        return JsonbOrder.compare(root, other.root);
    }

    /** Equal as jsonb's = operator says ({@code 1.0} equals {@code 1}). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Jsonb j && compareTo(j) == 0;
    }

    @Override
    public int hashCode() {
        return JsonbOrder.hash(root);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        append(out, root);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == JSON_NULL) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Numeric n) {
            out.append(n);
        } else if (value instanceof String s) {
            appendString(out, s);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                append(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                appendString(out, (String) entry.getKey());
                out.append(": ");
                append(out, entry.getValue());
            }
            out.append('}');
        } else {
            throw new IllegalStateException("not a jsonb value: " + value);
        }
    }

    /** escape_json. */
    public static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < ' ') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
