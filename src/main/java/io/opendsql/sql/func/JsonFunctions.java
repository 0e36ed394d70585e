package io.opendsql.sql.func;

import static io.opendsql.sql.types.PgType.BOOL;
import static io.opendsql.sql.types.PgType.INT4;
import static io.opendsql.sql.types.PgType.JSON;
import static io.opendsql.sql.types.PgType.JSONB;
import static io.opendsql.sql.types.PgType.TEXT;
import static io.opendsql.sql.types.PgType.TEXT_ARRAY;

import io.opendsql.sql.types.Jsonb;
import io.opendsql.sql.types.PgArray;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The json and jsonb operators ({@code -> ->> #> #>> @> <@ ? ?| ?& || - #-}) and the functions with
 * fixed signatures: json(b)_typeof, json(b)_array_length, json(b)_extract_path(_text),
 * json(b)_strip_nulls, jsonb_set, jsonb_insert, jsonb_pretty. Functions taking arguments of any
 * type (to_json, json_build_object, ...) are built per call by {@link JsonBuilders}.
 */
final class JsonFunctions {
    /** FUNC_MAX_ARGS: the most arguments a call can pass to a variadic function. */
    static final int MAX_ARGUMENTS = 100;

    private JsonFunctions() {
    }

    private static Object root(FunctionDef.Arguments a, int i) {
        return ((Jsonb) a.get(i)).root();
    }

    private static JsonTextTree tree(FunctionDef.Arguments a, int i) {
        return JsonTextTree.parse((String) a.get(i));
    }

    private static Jsonb jsonb(Object node) {
        return node == null ? null : Jsonb.of(node);
    }

    private static List<Object> path(FunctionDef.Arguments a, int i) {
        return ((PgArray) a.get(i)).elements();
    }

    static void register(Registry ops, Registry f) {
        ops.add("->", List.of(JSONB, TEXT), JSONB, a -> jsonb(JsonbTrees.field(root(a, 0), (String) a.get(1))));
        ops.add("->", List.of(JSONB, INT4), JSONB, a -> jsonb(JsonbTrees.element(root(a, 0), (Integer) a.get(1))));
        ops.add("->>", List.of(JSONB, TEXT), TEXT,
                a -> JsonbTrees.asText(JsonbTrees.field(root(a, 0), (String) a.get(1))));
        ops.add("->>", List.of(JSONB, INT4), TEXT,
                a -> JsonbTrees.asText(JsonbTrees.element(root(a, 0), (Integer) a.get(1))));
        ops.add("#>", List.of(JSONB, TEXT_ARRAY), JSONB, a -> jsonb(JsonbTrees.path(root(a, 0), path(a, 1))));
        ops.add("#>>", List.of(JSONB, TEXT_ARRAY), TEXT,
                a -> JsonbTrees.asText(JsonbTrees.path(root(a, 0), path(a, 1))));
        ops.add("->", List.of(JSON, TEXT), JSON, a -> raw(tree(a, 0).field((String) a.get(1))));
        ops.add("->", List.of(JSON, INT4), JSON, a -> raw(tree(a, 0).element((Integer) a.get(1))));
        ops.add("->>", List.of(JSON, TEXT), TEXT, a -> text(tree(a, 0).field((String) a.get(1))));
        ops.add("->>", List.of(JSON, INT4), TEXT, a -> text(tree(a, 0).element((Integer) a.get(1))));
        ops.add("#>", List.of(JSON, TEXT_ARRAY), JSON, a -> raw(textPath(tree(a, 0), path(a, 1))));
        ops.add("#>>", List.of(JSON, TEXT_ARRAY), TEXT, a -> text(textPath(tree(a, 0), path(a, 1))));
        ops.add("@>", List.of(JSONB, JSONB), BOOL, a -> JsonbTrees.contains(root(a, 0), root(a, 1)));
        ops.add("<@", List.of(JSONB, JSONB), BOOL, a -> JsonbTrees.contains(root(a, 1), root(a, 0)));
        ops.add("?", List.of(JSONB, TEXT), BOOL, a -> JsonbTrees.exists(root(a, 0), (String) a.get(1)));
        ops.add("?|", List.of(JSONB, TEXT_ARRAY), BOOL, a -> existsAny(root(a, 0), path(a, 1), false));
        ops.add("?&", List.of(JSONB, TEXT_ARRAY), BOOL, a -> existsAny(root(a, 0), path(a, 1), true));
        ops.add("||", List.of(JSONB, JSONB), JSONB, a -> jsonb(JsonbTrees.concat(root(a, 0), root(a, 1))));
        ops.add("-", List.of(JSONB, TEXT), JSONB, a -> jsonb(JsonbTrees.deleteKey(root(a, 0), (String) a.get(1))));
        ops.add("-", List.of(JSONB, TEXT_ARRAY), JSONB, a -> {
            Object node = root(a, 0);
            if (!JsonbTrees.isContainer(node)) {
                throw JsonbTrees.invalid("cannot delete from scalar");
            }
            for (Object key : path(a, 1)) {
                if (key != null) {
                    node = JsonbTrees.deleteKey(node, (String) key);
                }
            }
            return jsonb(node);
        });
        ops.add("-", List.of(JSONB, INT4), JSONB, a -> jsonb(JsonbTrees.deleteIndex(root(a, 0), (Integer) a.get(1))));
        ops.add("#-", List.of(JSONB, TEXT_ARRAY), JSONB, a -> jsonb(JsonbTrees.deletePath(root(a, 0), path(a, 1))));

        f.add("jsonb_typeof", List.of(JSONB), TEXT, a -> JsonbTrees.typeName(root(a, 0)));
        f.add("json_typeof", List.of(JSON), TEXT, a -> tree(a, 0).typeName());
        f.add("jsonb_array_length", List.of(JSONB), INT4, a -> arrayLength(root(a, 0)));
        f.add("json_array_length", List.of(JSON), INT4, a -> {
            JsonTextTree node = tree(a, 0);
            if (node.kind() != JsonTextTree.Kind.ARRAY) {
                throw JsonbTrees.invalid(node.kind() == JsonTextTree.Kind.OBJECT
                        ? "cannot get array length of a non-array" : "cannot get array length of a scalar");
            }
            return node.children().size();
        });
        f.add("jsonb_strip_nulls", List.of(JSONB), JSONB, a -> jsonb(JsonbTrees.stripNulls(root(a, 0))));
        f.add("json_strip_nulls", List.of(JSON), JSON, a -> stripNullsText(tree(a, 0)));
        f.add("jsonb_pretty", List.of(JSONB), TEXT, a -> JsonbTrees.pretty(root(a, 0)));
        f.add("jsonb_set", List.of(JSONB, TEXT_ARRAY, JSONB), JSONB,
                a -> jsonb(JsonbTrees.set(root(a, 0), path(a, 1), root(a, 2), true)));
        f.add("jsonb_set", List.of(JSONB, TEXT_ARRAY, JSONB, BOOL), JSONB,
                a -> jsonb(JsonbTrees.set(root(a, 0), path(a, 1), root(a, 2), (Boolean) a.get(3))));
        f.add("jsonb_insert", List.of(JSONB, TEXT_ARRAY, JSONB), JSONB,
                a -> jsonb(JsonbTrees.insert(root(a, 0), path(a, 1), root(a, 2), false)));
        f.add("jsonb_insert", List.of(JSONB, TEXT_ARRAY, JSONB, BOOL), JSONB,
                a -> jsonb(JsonbTrees.insert(root(a, 0), path(a, 1), root(a, 2), (Boolean) a.get(3))));
        // json(b)_extract_path(_text)(from, VARIADIC text[]): one variant per number of path elements
        for (int count = 1; count < MAX_ARGUMENTS; count++) {
            List<PgType> args = new ArrayList<>();
            args.add(JSONB);
            args.addAll(Collections.nCopies(count, TEXT));
            f.add(new FunctionDef("jsonb_extract_path", args, JSONB, false,
                    a -> a.get(0) == null ? null : jsonb(JsonbTrees.path(root(a, 0), rest(a)))));
            f.add(new FunctionDef("jsonb_extract_path_text", args, TEXT, false,
                    a -> a.get(0) == null ? null : JsonbTrees.asText(JsonbTrees.path(root(a, 0), rest(a)))));
            List<PgType> textArgs = new ArrayList<>(args);
            textArgs.set(0, JSON);
            f.add(new FunctionDef("json_extract_path", textArgs, JSON, false,
                    a -> a.get(0) == null ? null : raw(textPath(tree(a, 0), rest(a)))));
            f.add(new FunctionDef("json_extract_path_text", textArgs, TEXT, false,
                    a -> a.get(0) == null ? null : text(textPath(tree(a, 0), rest(a)))));
        }
    }

    private static List<Object> rest(FunctionDef.Arguments a) {
        List<Object> out = new ArrayList<>();
        for (int i = 1; i < a.values().length; i++) {
            out.add(a.get(i));
        }
        return out;
    }

    private static String raw(JsonTextTree node) {
        return node == null ? null : node.raw();
    }

    private static String text(JsonTextTree node) {
        return node == null ? null : node.asText();
    }

    private static JsonTextTree textPath(JsonTextTree node, List<Object> path) {
        JsonTextTree current = node;
        for (Object step : path) {
            if (step == null || current == null) {
                return null;
            }
            if (current.kind() == JsonTextTree.Kind.OBJECT) {
                current = current.field((String) step);
            } else if (current.kind() == JsonTextTree.Kind.ARRAY) {
                Long index = JsonbTrees.integer((String) step);
                current = index == null ? null : current.element(index);
            } else {
                return null;
            }
        }
        return current;
    }

    private static boolean existsAny(Object node, List<Object> keys, boolean all) {
        for (Object key : keys) {
            if (key == null) {
                continue;
            }
            boolean found = JsonbTrees.exists(node, (String) key);
            if (found != all) {
                return found;
            }
        }
        return all;
    }

    private static int arrayLength(Object node) {
        if (node instanceof List<?> list) {
            return list.size();
        }
        throw JsonbTrees.invalid(node instanceof java.util.Map<?, ?> ? "cannot get array length of a non-array"
                : "cannot get array length of a scalar");
    }

    /** json_strip_nulls: the value rebuilt without whitespace, null-valued object members left out. */
    private static String stripNullsText(JsonTextTree node) {
        StringBuilder out = new StringBuilder();
        appendStripped(out, node);
        return out.toString();
    }

    private static void appendStripped(StringBuilder out, JsonTextTree node) {
        switch (node.kind()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (int i = 0; i < node.keys().size(); i++) {
                    JsonTextTree child = node.children().get(i);
                    if (child.kind() == JsonTextTree.Kind.NULL) {
                        continue;
                    }
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    Jsonb.appendString(out, node.keys().get(i));
                    out.append(':');
                    appendStripped(out, child);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.children().size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    appendStripped(out, node.children().get(i));
                }
                out.append(']');
            }
            default -> out.append(node.raw());
        }
    }
}
