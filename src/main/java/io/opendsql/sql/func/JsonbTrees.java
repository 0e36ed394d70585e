package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Jsonb;
import io.opendsql.sql.types.Numeric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Reading and rewriting jsonb trees as jsonfuncs.c does: path lookup, containment ({@code @>}),
 * key existence, concatenation, deletion, jsonb_set / jsonb_insert, null stripping and
 * jsonb_pretty. Trees are never modified; every change builds new containers.
 */
final class JsonbTrees {
    private JsonbTrees() {
    }

    static boolean isContainer(Object node) {
        return node instanceof List<?> || node instanceof Map<?, ?>;
    }

    /** jsonb_typeof. */
    static String typeName(Object node) {
        return node == Jsonb.JSON_NULL ? "null" : node instanceof Boolean ? "boolean"
                : node instanceof Numeric ? "number" : node instanceof String ? "string"
                : node instanceof List<?> ? "array" : "object";
    }

    static Object field(Object node, String key) {
        return node instanceof Map<?, ?> map ? map.get(key) : null;
    }

    static Object element(Object node, long index) {
        if (node instanceof Map<?, ?>) {
            return null;
        }
        if (!(node instanceof List<?> list)) {
            // a top-level scalar is a one-element array
            return index == 0 || index == -1 ? node : null;
        }
        long i = index < 0 ? list.size() + index : index;
        return i < 0 || i >= list.size() ? null : list.get((int) i);
    }

    /** #> and jsonb_extract_path: null when any step is missing, or a path element is null. */
    static Object path(Object node, List<Object> path) {
        Object current = node;
        for (Object step : path) {
            if (step == null || current == null) {
                return null;
            }
            String key = (String) step;
            if (current instanceof Map<?, ?>) {
                current = field(current, key);
            } else if (current instanceof List<?>) {
                Long index = integer(key);
                if (index == null) {
                    return null;
                }
                current = element(current, index);
            } else {
                return null;
            }
        }
        return current;
    }

    /** A path element read as an array index, as strtol would accept it; null when it is not one. */
    static Long integer(String text) {
        String trimmed = text.stripLeading();
        if (!trimmed.matches("[+-]?[0-9]+")) {
            return null;
        }
        try {
            long value = Long.parseLong(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
            return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** ->> and #>>: strings unquoted, JSON null as SQL NULL, anything else as jsonb text. */
    static String asText(Object node) {
        if (node == null || node == Jsonb.JSON_NULL) {
            return null;
        }
        return node instanceof String s ? s : Jsonb.text(node);
    }

    /** jsonb @> (JsonbDeepContains), with a top-level scalar treated as a one-element array. */
    static boolean contains(Object value, Object template) {
        if ((value instanceof Map<?, ?>) != (template instanceof Map<?, ?>)) {
            return false;
        }
        if (value instanceof Map<?, ?>) {
            return deepContains(value, template);
        }
        boolean valueRaw = !(value instanceof List<?>);
        boolean templateRaw = !(template instanceof List<?>);
        if (valueRaw && !templateRaw) {
            return false;
        }
        List<?> values = valueRaw ? List.of(value) : (List<?>) value;
        List<?> templates = templateRaw ? List.of(template) : (List<?>) template;
        return arrayContains(values, templates);
    }

    private static boolean deepContains(Object value, Object template) {
        if (value instanceof Map<?, ?> object) {
            if (!(template instanceof Map<?, ?> wanted)) {
                return false;
            }
            if (object.size() < wanted.size()) {
                return false;
            }
            for (Map.Entry<?, ?> entry : wanted.entrySet()) {
                Object found = object.get(entry.getKey());
                if (found == null) {
                    return false;
                }
                Object want = entry.getValue();
                if (!isContainer(want)) {
                    if (isContainer(found) || !scalarEquals(found, want)) {
                        return false;
                    }
                } else if (!isContainer(found) || (found instanceof Map<?, ?>) != (want instanceof Map<?, ?>)
                        || !deepContains(found, want)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof List<?> list) {
            return template instanceof List<?> wanted && arrayContains(list, wanted);
        }
        return scalarEquals(value, template);
    }

    private static boolean arrayContains(List<?> values, List<?> templates) {
        for (Object want : templates) {
            boolean found = false;
            for (Object candidate : values) {
                if (isContainer(want)) {
                    if (isContainer(candidate) && (candidate instanceof Map<?, ?>) == (want instanceof Map<?, ?>)
                            && deepContains(candidate, want)) {
                        found = true;
                        break;
                    }
                } else if (!isContainer(candidate) && scalarEquals(candidate, want)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    static boolean scalarEquals(Object a, Object b) {
        if (a instanceof Numeric x && b instanceof Numeric y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b) || (a == Jsonb.JSON_NULL && b == Jsonb.JSON_NULL);
    }

    /** jsonb ? key: an object key, a string array element, or a top-level string scalar. */
    static boolean exists(Object node, String key) {
        if (node instanceof Map<?, ?> map) {
            return map.containsKey(key);
        }
        if (node instanceof List<?> list) {
            return list.contains(key);
        }
        return key.equals(node);
    }

    /** jsonb || jsonb. */
    static Object concat(Object left, Object right) {
        if (left instanceof Map<?, ?> a && right instanceof Map<?, ?> b) {
            SortedMap<String, Object> merged = Jsonb.newObject();
            a.forEach((k, v) -> merged.put((String) k, v));
            b.forEach((k, v) -> merged.put((String) k, v));
            return merged;
        }
        List<Object> out = new ArrayList<>();
        if (left instanceof List<?> a) {
            out.addAll(a);
        } else {
            out.add(left);
        }
        if (right instanceof List<?> b) {
            out.addAll(b);
        } else {
            out.add(right);
        }
        return out;
    }

    /** jsonb - text: an object key, or every equal string element of an array. */
    static Object deleteKey(Object node, String key) {
        if (!isContainer(node)) {
            throw invalid("cannot delete from scalar");
        }
        if (node instanceof Map<?, ?> map) {
            if (!map.containsKey(key)) {
                return node;
            }
            SortedMap<String, Object> out = Jsonb.newObject();
            map.forEach((k, v) -> {
                if (!k.equals(key)) {
                    out.put((String) k, v);
                }
            });
            return out;
        }
        List<Object> out = new ArrayList<>();
        for (Object element : (List<?>) node) {
            if (!key.equals(element)) {
                out.add(element);
            }
        }
        return out;
    }

    /** jsonb - int. */
    static Object deleteIndex(Object node, long index) {
        if (!isContainer(node)) {
            throw invalid("cannot delete from scalar");
        }
        if (node instanceof Map<?, ?>) {
            throw invalid("cannot delete from object using integer index");
        }
        List<?> list = (List<?>) node;
        long i = index < 0 ? list.size() + index : index;
        if (i < 0 || i >= list.size()) {
            return node;
        }
        List<Object> out = new ArrayList<>(list);
        out.remove((int) i);
        return out;
    }

    private static boolean isEmpty(Object container) {
        return container instanceof Map<?, ?> map ? map.isEmpty() : ((List<?>) container).isEmpty();
    }

    static DsqlException invalid(String message) {
        return DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, message);
    }

    private static DsqlException notInteger(int position, String element) {
        return DsqlException.of(SqlState.INVALID_TEXT_REPRESENTATION,
                "path element at position %d is not an integer: \"%s\"", position, element);
    }

    private static void checkNoNulls(List<Object> path) {
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i) == null) {
                throw DsqlException.of(SqlState.NULL_VALUE_NOT_ALLOWED, "path element at position %d is null", i + 1);
            }
        }
    }

    /** #-: deletes the element the path names, if it is there. */
    static Object deletePath(Object node, List<Object> path) {
        if (!isContainer(node)) {
            throw invalid("cannot delete path in scalar");
        }
        checkNoNulls(path);
        if (path.isEmpty() || isEmpty(node)) {
            return node;
        }
        return edit(node, path, 0, null, Mode.DELETE);
    }

    /** jsonb_set. */
    static Object set(Object node, List<Object> path, Object value, boolean createMissing) {
        if (!isContainer(node)) {
            throw invalid("cannot set path in scalar");
        }
        checkNoNulls(path);
        if (path.isEmpty() || (isEmpty(node) && !createMissing)) {
            return node;
        }
        return edit(node, path, 0, value, createMissing ? Mode.SET_CREATE : Mode.SET);
    }

    /** jsonb_insert. */
    static Object insert(Object node, List<Object> path, Object value, boolean after) {
        if (!isContainer(node)) {
            throw invalid("cannot set path in scalar");
        }
        checkNoNulls(path);
        if (path.isEmpty()) {
            return node;
        }
        return edit(node, path, 0, value, after ? Mode.INSERT_AFTER : Mode.INSERT_BEFORE);
    }

    private enum Mode { DELETE, SET, SET_CREATE, INSERT_BEFORE, INSERT_AFTER }

    /** setPath: walks the path, rewriting only the containers on it. */
    private static Object edit(Object node, List<Object> path, int level, Object value, Mode mode) {
        String key = (String) path.get(level);
        boolean last = level == path.size() - 1;
        if (node instanceof Map<?, ?> map) {
            SortedMap<String, Object> out = Jsonb.newObject();
            map.forEach((k, v) -> out.put((String) k, v));
            Object current = map.get(key);
            if (current == null) {
                if (last && (mode == Mode.SET_CREATE || mode == Mode.INSERT_BEFORE || mode == Mode.INSERT_AFTER)) {
                    out.put(key, value);
                    return out;
                }
                return node;
            }
            if (last) {
                switch (mode) {
                    case DELETE -> out.remove(key);
                    case SET, SET_CREATE -> out.put(key, value);
                    default -> throw invalid("cannot replace existing key")
                            .hint("Try using the function jsonb_set to replace key value.");
                }
                return out;
            }
            if (isContainer(current)) {
                out.put(key, edit(current, path, level + 1, value, mode));
            }
            return out;
        }
        if (!(node instanceof List<?> list)) {
            return node;
        }
        Long parsed = integer(key);
        if (parsed == null) {
            throw notInteger(level + 1, key);
        }
        long index = parsed;
        int size = list.size();
        if (index < 0) {
            index = -index > size ? -1 : size + index;
        } else if (index > size) {
            index = size;
        }
        List<Object> out = new ArrayList<>(list);
        boolean inRange = index >= 0 && index < size;
        if (last) {
            switch (mode) {
                case DELETE -> {
                    if (inRange) {
                        out.remove((int) index);
                    }
                }
                case SET, SET_CREATE -> {
                    if (inRange) {
                        out.set((int) index, value);
                    } else if (mode == Mode.SET_CREATE) {
                        out.add(index < 0 ? 0 : size, value);
                    }
                }
                case INSERT_BEFORE, INSERT_AFTER -> {
                    int at = index < 0 ? 0 : (int) index;
                    if (mode == Mode.INSERT_AFTER && inRange) {
                        at++;
                    }
                    out.add(Math.min(at, size), value);
                }
            }
            return out;
        }
        if (inRange && isContainer(list.get((int) index))) {
            out.set((int) index, edit(list.get((int) index), path, level + 1, value, mode));
        }
        return out;
    }

    /** jsonb_strip_nulls: object members whose value is null go, recursively; array elements stay. */
    static Object stripNulls(Object node) {
        if (node instanceof Map<?, ?> map) {
            SortedMap<String, Object> out = Jsonb.newObject();
            map.forEach((k, v) -> {
                if (v != Jsonb.JSON_NULL) {
                    out.put((String) k, stripNulls(v));
                }
            });
            return out;
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object element : list) {
                out.add(stripNulls(element));
            }
            return out;
        }
        return node;
    }

    /** jsonb_pretty: four spaces per level, each member and element on its own line. */
    static String pretty(Object node) {
        StringBuilder out = new StringBuilder();
        pretty(out, node, 0);
        return out.toString();
    }

    private static void pretty(StringBuilder out, Object node, int level) {
        if (node instanceof Map<?, ?> map) {
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append("    ".repeat(level + 1));
                Jsonb.appendString(out, (String) entry.getKey());
                out.append(": ");
                pretty(out, entry.getValue(), level + 1);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append("    ".repeat(level)).append('}');
        } else if (node instanceof List<?> list) {
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append("    ".repeat(level + 1));
                pretty(out, list.get(i), level + 1);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append("    ".repeat(level)).append(']');
        } else {
            out.append(Jsonb.text(node));
        }
    }
}
