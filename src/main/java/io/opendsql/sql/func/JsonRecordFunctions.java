package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Jsonb;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import io.opendsql.sql.types.TypeContext;
import io.opendsql.sql.types.TypeIo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * json(b)_to_record and json(b)_to_recordset with the column definition list their caller gives (PostgreSQL's
 * populate_record): each column takes the object member of its name; a JSON null or a missing member is NULL,
 * a json or jsonb column takes the member as JSON, any other column reads a string member's text, or the text
 * of any other member, as the column type's input.
 */
final class JsonRecordFunctions {
    private JsonRecordFunctions() {
    }

    static boolean isRecordFunction(String name) {
        return name.equals("jsonb_to_record") || name.equals("jsonb_to_recordset") || name.equals("json_to_record")
                || name.equals("json_to_recordset");
    }

    /** The rows of one call: one record, or one per element of the array of objects. */
    static List<Object[]> rows(String name, Object value, List<SqlType> types, List<String> names,
                               TypeContext context) {
        boolean binary = name.startsWith("jsonb");
        boolean set = name.endsWith("set");
        List<Object> objects = new ArrayList<>();
        if (binary) {
            Object root = ((Jsonb) value).root();
            if (set) {
                if (!(root instanceof List<?> list)) {
                    throw invalid("cannot call " + name + " on a non-array");
                }
                for (Object element : list) {
                    if (!(element instanceof Map<?, ?>)) {
                        throw invalid("argument of " + name + " must be an array of objects");
                    }
                    objects.add(element);
                }
            } else {
                objects.add(object(root, root instanceof List<?>));
            }
        } else {
            JsonTextTree root = JsonTextTree.parse((String) value);
            if (set) {
                if (root.kind() != JsonTextTree.Kind.ARRAY) {
                    throw invalid("cannot call " + name + " on a non-array");
                }
                for (JsonTextTree element : root.children()) {
                    if (element.kind() != JsonTextTree.Kind.OBJECT) {
                        throw invalid("argument of " + name + " must be an array of objects");
                    }
                    objects.add(element);
                }
            } else {
                objects.add(object(root.kind() == JsonTextTree.Kind.OBJECT ? root : null,
                        root.kind() == JsonTextTree.Kind.ARRAY));
            }
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object object : objects) {
            Object[] row = new Object[types.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = column(object, names.get(i), types.get(i), context);
            }
            rows.add(row);
        }
        return rows;
    }

    private static Object object(Object root, boolean array) {
        if (root instanceof Map<?, ?> || root instanceof JsonTextTree) {
            return root;
        }
        throw invalid(array ? "cannot call populate_composite on an array"
                : "cannot call populate_composite on a scalar");
    }

    private static Object column(Object object, String name, SqlType type, TypeContext context) {
        String text;
        boolean string;
        Object member;
        if (object instanceof JsonTextTree tree) {
            JsonTextTree field = tree.field(name);
            if (field == null || field.kind() == JsonTextTree.Kind.NULL) {
                return null;
            }
            member = field;
            string = field.kind() == JsonTextTree.Kind.STRING;
            text = string ? field.asText() : field.raw();
            if (type.type() == PgType.JSON) {
                return field.raw();
            }
            if (type.type() == PgType.JSONB) {
                return Jsonb.parse(field.raw());
            }
        } else {
            member = ((Map<?, ?>) object).get(name);
            if (member == null || member == Jsonb.JSON_NULL) {
                return null;
            }
            if (type.type() == PgType.JSON || type.type() == PgType.JSONB) {
                return type.type() == PgType.JSONB ? Jsonb.of(member) : Jsonb.text(member);
            }
            string = member instanceof String;
            text = string ? (String) member : Jsonb.text(member);
        }
        return TypeIo.applyTypmod(type, TypeIo.parse(SqlType.of(type.type()), text, context), false);
    }

    private static DsqlException invalid(String message) {
        return DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "%s", message);
    }
}
