package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Jsonb;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.TypeContext;
import io.opendsql.sql.types.TypeIo;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/**
 * to_json, to_jsonb and json(b)_build_object / json(b)_build_array, whose arguments may be of any
 * type (PostgreSQL's {@code anyelement} and {@code VARIADIC "any"}): {@link #bind} makes the
 * variant for the argument types of one call.
 */
public final class JsonBuilders {
    private static final Set<String> NAMES = Set.of("to_json", "to_jsonb", "json_build_object", "jsonb_build_object",
            "json_build_array", "jsonb_build_array");

    private JsonBuilders() {
    }

    /** True for the functions {@link #bind} makes. */
    public static boolean handles(String name, int argumentCount) {
        if (!NAMES.contains(name) || argumentCount > JsonFunctions.MAX_ARGUMENTS) {
            return false;
        }
        return !name.startsWith("to_") || argumentCount == 1;
    }

    /**
     * The variant of {@code name} for these argument types (unknown literals must already be text).
     *
     * @throws DsqlException 42804 for to_json of an unknown-typed argument
     */
    public static FunctionDef bind(String name, List<PgType> argTypes) {
        return switch (name) {
            case "to_json", "to_jsonb" -> {
                if (argTypes.get(0) == PgType.UNKNOWN) {
                    throw DsqlException.of(SqlState.DATATYPE_MISMATCH,
                            "could not determine polymorphic type because input has type unknown");
                }
                boolean binary = name.equals("to_jsonb");
                yield new FunctionDef(name, argTypes, binary ? PgType.JSONB : PgType.JSON, true, a -> binary
                        ? Jsonb.of(JsonValues.toJsonbNode(a.get(0), argTypes.get(0), a.context().types()))
                        : JsonValues.toJsonText(a.get(0), argTypes.get(0), a.context().types()));
            }
            case "json_build_object" -> new FunctionDef(name, argTypes, PgType.JSON, false,
                    a -> buildObjectText(a, argTypes));
            case "jsonb_build_object" -> new FunctionDef(name, argTypes, PgType.JSONB, false,
                    a -> buildObject(a, argTypes));
            case "json_build_array" -> new FunctionDef(name, argTypes, PgType.JSON, false, a -> {
                StringBuilder out = new StringBuilder("[");
                for (int i = 0; i < argTypes.size(); i++) {
                    out.append(i == 0 ? "" : ", ");
                    JsonValues.appendJson(out, a.get(i), argTypes.get(i), a.context().types());
                }
                return out.append(']').toString();
            });
            case "jsonb_build_array" -> new FunctionDef(name, argTypes, PgType.JSONB, false, a -> {
                List<Object> out = new java.util.ArrayList<>();
                for (int i = 0; i < argTypes.size(); i++) {
                    out.add(JsonValues.toJsonbNode(a.get(i), argTypes.get(i), a.context().types()));
                }
                return Jsonb.of(out);
            });
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static void checkPairs(String name, int count) {
        if (count % 2 != 0) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "argument list must have even number of elements")
                    .hint("The arguments of " + name + "() must consist of alternating keys and values.");
        }
    }

    /** An object key: scalar values by their output text, never null, arrays or json. */
    private static String key(FunctionDef.Arguments a, int i, PgType type, TypeContext context, boolean binary) {
        Object value = a.get(i);
        if (value == null) {
            throw binary ? DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "argument %d: key must not be null", i + 1)
                    : DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "argument %d cannot be null", i + 1)
                    .hint("Object keys should be text.");
        }
        if (type == PgType.BOOL) {
            return (Boolean) value ? "true" : "false";
        }
        if (type.isArray() || type == PgType.JSON || type == PgType.JSONB) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                    "key value must be scalar, not array, composite, or json");
        }
        return type == PgType.DATE || type == PgType.TIMESTAMP || type == PgType.TIMESTAMPTZ
                ? JsonValues.dateTimeText(value, context) : TypeIo.format(type, value, context);
    }

    private static String buildObjectText(FunctionDef.Arguments a, List<PgType> types) {
        checkPairs("json_build_object", types.size());
        TypeContext context = a.context().types();
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < types.size(); i += 2) {
            out.append(i == 0 ? "" : ", ");
            Jsonb.appendString(out, key(a, i, types.get(i), context, false));
            out.append(" : ");
            JsonValues.appendJson(out, a.get(i + 1), types.get(i + 1), context);
        }
        return out.append('}').toString();
    }

    private static Jsonb buildObject(FunctionDef.Arguments a, List<PgType> types) {
        checkPairs("jsonb_build_object", types.size());
        TypeContext context = a.context().types();
        SortedMap<String, Object> out = Jsonb.newObject();
        for (int i = 0; i < types.size(); i += 2) {
            out.put(key(a, i, types.get(i), context, true), JsonValues.toJsonbNode(a.get(i + 1), types.get(i + 1), context));
        }
        return Jsonb.of(out);
    }
}
