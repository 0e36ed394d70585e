package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Jsonb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of the json set-returning functions, for the executor to emit: each method returns
 * the function's rows in PostgreSQL's order, one {@code Object[]} per row holding the output
 * columns' values (jsonb as {@link Jsonb}, json and text as String, SQL NULL as null), or raises
 * PostgreSQL's error for an input of the wrong kind.
 * <ul>
 *   <li>jsonb_array_elements(jsonb) → (value jsonb); jsonb_array_elements_text → (value text)</li>
 *   <li>jsonb_each(jsonb) → (key text, value jsonb); jsonb_each_text → (key text, value text)</li>
 *   <li>jsonb_object_keys(jsonb) → (jsonb_object_keys text)</li>
 *   <li>json_array_elements(json), json_array_elements_text, json_each, json_each_text,
 *       json_object_keys: the same over json text, keeping each value's text as written and
 *       every key in input order, repeated keys included</li>
 * </ul>
 */
public final class JsonSetFunctions {
    private JsonSetFunctions() {
    }

    private static DsqlException invalid(String message) {
        return DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, message);
    }

    public static List<Object[]> jsonbArrayElements(Jsonb value, boolean asText) {
        Object root = value.root();
        if (root instanceof Map<?, ?>) {
            throw invalid("cannot extract elements from an object");
        }
        if (!(root instanceof List<?> list)) {
            throw invalid("cannot extract elements from a scalar");
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object element : list) {
            rows.add(new Object[] {asText ? JsonbTrees.asText(element) : Jsonb.of(element)});
        }
        return rows;
    }

    public static List<Object[]> jsonbEach(Jsonb value, boolean asText) {
        if (!(value.root() instanceof Map<?, ?> map)) {
            throw invalid("cannot call " + (asText ? "jsonb_each_text" : "jsonb_each") + " on a non-object");
        }
        List<Object[]> rows = new ArrayList<>();
        map.forEach((k, v) -> rows.add(new Object[] {k, asText ? JsonbTrees.asText(v) : Jsonb.of(v)}));
        return rows;
    }

    public static List<Object[]> jsonbObjectKeys(Jsonb value) {
        Object root = value.root();
        if (!(root instanceof Map<?, ?> map)) {
            throw invalid("cannot call jsonb_object_keys on " + (root instanceof List<?> ? "an array" : "a scalar"));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object key : map.keySet()) {
            rows.add(new Object[] {key});
        }
        return rows;
    }

    public static List<Object[]> jsonArrayElements(String json, boolean asText) {
        JsonTextTree tree = JsonTextTree.parse(json);
        String name = asText ? "json_array_elements_text" : "json_array_elements";
        if (tree.kind() == JsonTextTree.Kind.OBJECT) {
            throw invalid("cannot call " + name + " on a non-array");
        }
        if (tree.kind() != JsonTextTree.Kind.ARRAY) {
            throw invalid("cannot call " + name + " on a scalar");
        }
        List<Object[]> rows = new ArrayList<>();
        for (JsonTextTree element : tree.children()) {
            rows.add(new Object[] {asText ? element.asText() : element.raw()});
        }
        return rows;
    }

    public static List<Object[]> jsonEach(String json, boolean asText) {
        JsonTextTree tree = JsonTextTree.parse(json);
        if (tree.kind() == JsonTextTree.Kind.ARRAY) {
            throw invalid("cannot deconstruct an array as an object");
        }
        if (tree.kind() != JsonTextTree.Kind.OBJECT) {
            throw invalid("cannot deconstruct a scalar");
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < tree.keys().size(); i++) {
            JsonTextTree child = tree.children().get(i);
            rows.add(new Object[] {tree.keys().get(i), asText ? child.asText() : child.raw()});
        }
        return rows;
    }

    public static List<Object[]> jsonObjectKeys(String json) {
        JsonTextTree tree = JsonTextTree.parse(json);
        if (tree.kind() != JsonTextTree.Kind.OBJECT) {
            throw invalid("cannot call json_object_keys on "
                    + (tree.kind() == JsonTextTree.Kind.ARRAY ? "an array" : "a scalar"));
        }
        List<Object[]> rows = new ArrayList<>();
        for (String key : tree.keys()) {
            rows.add(new Object[] {key});
        }
        return rows;
    }
}
