package io.opendsql.sql.func;

import io.opendsql.sql.types.Jsonb;
import io.opendsql.sql.types.Numeric;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code json} value (already validated text) read into nodes that keep their exact source text,
 * so that {@code ->} and {@code #>} on json return the text as written, whitespace included, and
 * objects keep every key in order (a repeated key is looked up as its last occurrence, as
 * PostgreSQL's json functions do).
 */
record JsonTextTree(String raw, Kind kind, Object scalar, List<String> keys, List<JsonTextTree> children) {
    enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    static JsonTextTree parse(String text) {
        Reader reader = new Reader(text);
        JsonTextTree node = reader.value();
        return node;
    }

    /** json_typeof's name of this node's kind. */
    String typeName() {
        return switch (kind) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
        };
    }

    /** The member named {@code key} (its last occurrence), or null. */
    JsonTextTree field(String key) {
        if (kind != Kind.OBJECT) {
            return null;
        }
        for (int i = keys.size() - 1; i >= 0; i--) {
            if (keys.get(i).equals(key)) {
                return children.get(i);
            }
        }
        return null;
    }

    /** The array element at {@code index} (negative counts from the end), or null. */
    JsonTextTree element(long index) {
        if (kind != Kind.ARRAY) {
            return null;
        }
        long i = index < 0 ? children.size() + index : index;
        return i < 0 || i >= children.size() ? null : children.get((int) i);
    }

    /** ->> on json: a string's value, SQL NULL for null, else the source text. */
    String asText() {
        return switch (kind) {
            case STRING -> (String) scalar;
            case NULL -> null;
            default -> raw;
        };
    }

    /** The same value as a jsonb tree. */
    Object toJsonbTree() {
        return Jsonb.parse(raw).root();
    }

    private static final class Reader {
        private final String text;
        private int position;

        Reader(String text) {
            this.text = text;
        }

        private void skipSpace() {
            while (position < text.length() && " \t\n\r".indexOf(text.charAt(position)) >= 0) {
                position++;
            }
        }

        JsonTextTree value() {
            skipSpace();
            int start = position;
            char c = text.charAt(position);
            JsonTextTree node;
            if (c == '{') {
                position++;
                List<String> keys = new ArrayList<>();
                List<JsonTextTree> children = new ArrayList<>();
                skipSpace();
                if (text.charAt(position) == '}') {
                    position++;
                } else {
                    while (true) {
                        skipSpace();
                        keys.add(string());
                        skipSpace();
                        position++; // ':'
                        children.add(value());
                        skipSpace();
                        if (text.charAt(position++) == '}') {
                            break;
                        }
                    }
                }
                node = new JsonTextTree(text.substring(start, position), Kind.OBJECT, null, keys, children);
            } else if (c == '[') {
                position++;
                List<JsonTextTree> children = new ArrayList<>();
                skipSpace();
                if (text.charAt(position) == ']') {
                    position++;
                } else {
                    while (true) {
                        children.add(value());
                        skipSpace();
                        if (text.charAt(position++) == ']') {
                            break;
                        }
                    }
                }
                node = new JsonTextTree(text.substring(start, position), Kind.ARRAY, null, List.of(), children);
            } else if (c == '"') {
                String value = string();
                node = new JsonTextTree(text.substring(start, position), Kind.STRING, value, List.of(), List.of());
            } else if (c == 't' || c == 'f' || c == 'n') {
                int length = c == 'f' ? 5 : 4;
                position += length;
                String word = text.substring(start, position);
                node = c == 'n' ? new JsonTextTree(word, Kind.NULL, Jsonb.JSON_NULL, List.of(), List.of())
                        : new JsonTextTree(word, Kind.BOOLEAN, c == 't', List.of(), List.of());
            } else {
                while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
                    position++;
                }
                String number = text.substring(start, position);
                node = new JsonTextTree(number, Kind.NUMBER, Numeric.parse(number), List.of(), List.of());
            }
            return node;
        }

        private String string() {
            position++;
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(position++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(position++);
                switch (e) {
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                        position += 4;
                    }
                    default -> out.append(e);
                }
            }
        }
    }
}
