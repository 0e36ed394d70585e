package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Interval;
import io.opendsql.sql.types.Jsonb;
import io.opendsql.sql.types.Numeric;
import io.opendsql.sql.types.PgArray;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import io.opendsql.sql.types.ValueOrder;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The set-returning functions: generate_series over integers, numeric and timestamps, unnest over arrays, the
 * json and jsonb ones (array elements, each, object keys) and json(b)_to_record(set), whose columns come from
 * the caller's column definition list.
 * Each variant is also registered as an ordinary function so that PostgreSQL's overload resolution picks it;
 * {@link #of} then finds its rows.
 */
public final class SetFunctions {
    private static final Map<FunctionDef, SetFunctionDef> BY_FUNCTION = new IdentityHashMap<>();

    private SetFunctions() {
    }

    /** The set-returning function behind a resolved function, if it is one. */
    public static Optional<SetFunctionDef> of(FunctionDef function) {
        synchronized (BY_FUNCTION) {
            return Optional.ofNullable(BY_FUNCTION.get(function));
        }
    }

    /** unnest(anyarray): the elements of an array of {@code arrayType}, in storage order. */
    public static SetFunctionDef unnest(PgType arrayType) {
        return SetFunctionDef.scalar("unnest", List.of(arrayType), arrayType.elementType(), null,
                a -> ((PgArray) a.get(0)).elements().stream().map(e -> new Object[] {e}).iterator());
    }

    static void register(Registry functions) {
        for (PgType type : List.of(PgType.INT4, PgType.INT8, PgType.NUMERIC)) {
            add(functions, SetFunctionDef.scalar("generate_series", List.of(type, type), type, null,
                    a -> series(type, a.get(0), a.get(1), null, a)));
            add(functions, SetFunctionDef.scalar("generate_series", List.of(type, type, type), type, null,
                    a -> series(type, a.get(0), a.get(1), a.get(2), a)));
        }
        for (PgType type : List.of(PgType.TIMESTAMP, PgType.TIMESTAMPTZ)) {
            add(functions, SetFunctionDef.scalar("generate_series", List.of(type, type, PgType.INTERVAL), type, null,
                    a -> series(type, a.get(0), a.get(1), a.get(2), a)));
        }
        registerJson(functions);
    }

    private static void registerJson(Registry functions) {
        List<PgType> jsonb = List.of(PgType.JSONB);
        List<PgType> json = List.of(PgType.JSON);
        add(functions, SetFunctionDef.scalar("jsonb_array_elements", jsonb, PgType.JSONB, "value",
                a -> JsonSetFunctions.jsonbArrayElements((Jsonb) a.get(0), false).iterator()));
        add(functions, SetFunctionDef.scalar("jsonb_array_elements_text", jsonb, PgType.TEXT, "value",
                a -> JsonSetFunctions.jsonbArrayElements((Jsonb) a.get(0), true).iterator()));
        add(functions, SetFunctionDef.scalar("jsonb_object_keys", jsonb, PgType.TEXT, null,
                a -> JsonSetFunctions.jsonbObjectKeys((Jsonb) a.get(0)).iterator()));
        add(functions, new SetFunctionDef("jsonb_each", jsonb, List.of("key", "value"),
                List.of(PgType.TEXT, PgType.JSONB), false, null, true,
                a -> JsonSetFunctions.jsonbEach((Jsonb) a.get(0), false).iterator()));
        add(functions, new SetFunctionDef("jsonb_each_text", jsonb, List.of("key", "value"),
                List.of(PgType.TEXT, PgType.TEXT), false, null, true,
                a -> JsonSetFunctions.jsonbEach((Jsonb) a.get(0), true).iterator()));
        add(functions, SetFunctionDef.scalar("json_array_elements", json, PgType.JSON, "value",
                a -> JsonSetFunctions.jsonArrayElements((String) a.get(0), false).iterator()));
        add(functions, SetFunctionDef.scalar("json_array_elements_text", json, PgType.TEXT, "value",
                a -> JsonSetFunctions.jsonArrayElements((String) a.get(0), true).iterator()));
        add(functions, SetFunctionDef.scalar("json_object_keys", json, PgType.TEXT, null,
                a -> JsonSetFunctions.jsonObjectKeys((String) a.get(0)).iterator()));
        add(functions, new SetFunctionDef("json_each", json, List.of("key", "value"),
                List.of(PgType.TEXT, PgType.JSON), false, null, true,
                a -> JsonSetFunctions.jsonEach((String) a.get(0), false).iterator()));
        add(functions, new SetFunctionDef("json_each_text", json, List.of("key", "value"),
                List.of(PgType.TEXT, PgType.TEXT), false, null, true,
                a -> JsonSetFunctions.jsonEach((String) a.get(0), true).iterator()));
        for (String name : List.of("jsonb_to_record", "jsonb_to_recordset", "json_to_record", "json_to_recordset")) {
            add(functions, new SetFunctionDef(name, name.startsWith("jsonb") ? jsonb : json, List.of(), List.of(),
                    false, null, true, a -> {
                        throw recordWithoutColumns(name);
                    }));
        }
    }

    /** Whether the function returns {@code record}: its columns come from a column definition list. */
    public static boolean returnsRecord(SetFunctionDef function) {
        return function.columnNames().isEmpty();
    }

    /** A record-returning function with the columns of the caller's column definition list. */
    public static SetFunctionDef withColumns(SetFunctionDef function, List<String> names, List<SqlType> types) {
        if (!JsonRecordFunctions.isRecordFunction(function.name())) {
            throw new IllegalArgumentException(function.name() + " does not return record");
        }
        List<String> columnNames = List.copyOf(names);
        List<SqlType> columnTypes = List.copyOf(types);
        return new SetFunctionDef(function.name(), function.argTypes(), columnNames,
                columnTypes.stream().map(SqlType::type).toList(), false, null, true,
                a -> JsonRecordFunctions.rows(function.name(), a.get(0), columnTypes, columnNames,
                        a.context().types()).iterator());
    }

    private static DsqlException recordWithoutColumns(String name) {
        return DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "could not determine row type for result of %s", name)
                .hint("Provide a non-null record argument, or call the function in the FROM clause using a column "
                        + "definition list.");
    }

    private static void add(Registry functions, SetFunctionDef def) {
        PgType result = def.columnTypes().size() == 1 ? def.columnTypes().get(0) : PgType.UNKNOWN;
        FunctionDef function = new FunctionDef(def.name(), def.argTypes(), result, def.strict(),
                a -> {
                    throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                            "set-valued function called in context that cannot accept a set");
                });
        synchronized (BY_FUNCTION) {
            BY_FUNCTION.put(function, def);
        }
        functions.add(function);
    }

    private static DsqlException invalid(String message) {
        return DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "%s", message);
    }

    /** generate_series(start, stop[, step]): start, start + step, … while not past stop. */
    private static Iterator<Object[]> series(PgType type, Object start, Object stop, Object step,
                                             FunctionDef.Arguments arguments) {
        Object increment = step;
        switch (type) {
            case INT4 -> increment = step == null ? 1 : step;
            case INT8 -> increment = step == null ? 1L : step;
            case NUMERIC -> {
                increment = step == null ? Numeric.of(1) : step;
                checkFinite((Numeric) start, "start value");
                checkFinite((Numeric) stop, "stop value");
                checkFinite((Numeric) increment, "step size");
            }
            default -> {
            }
        }
        int direction = sign(type, increment);
        if (direction == 0) {
            throw invalid("step size cannot equal zero");
        }
        PgType compareType = type;
        FunctionDef plus = type == PgType.TIMESTAMP || type == PgType.TIMESTAMPTZ
                ? OverloadResolver.resolveOperator("+", List.of(type, PgType.INTERVAL)) : null;
        Object by = increment;
        return new Iterator<>() {
            private Object next = start;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    return false;
                }
                int cmp = ValueOrder.compare(compareType, next, stop);
                return direction > 0 ? cmp <= 0 : cmp >= 0;
            }

            @Override
            public Object[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object current = next;
                next = advance(current);
                return new Object[] {current};
            }

            private Object advance(Object current) {
                return switch (type) {
                    case INT4 -> {
                        long value = (long) (Integer) current + (Integer) by;
                        yield value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : (int) value;
                    }
                    case INT8 -> {
                        long a = (Long) current;
                        long b = (Long) by;
                        long sum = a + b;
                        yield ((a ^ sum) & (b ^ sum)) < 0 ? null : sum;
                    }
                    case NUMERIC -> Numeric.of(((Numeric) current).decimal().add(((Numeric) by).decimal()));
                    default -> plus.implementation().apply(new FunctionDef.Arguments(new Object[] {current, by},
                            new PgType[] {type, PgType.INTERVAL}, arguments.context()));
                };
            }
        };
    }

    private static void checkFinite(Numeric value, String what) {
        if (value.isNaN()) {
            throw invalid(what + " cannot be NaN");
        }
        if (!value.isFinite()) {
            throw invalid(what + " cannot be infinity");
        }
    }

    private static int sign(PgType type, Object step) {
        return switch (type) {
            case INT4 -> Integer.signum((Integer) step);
            case INT8 -> Long.signum((Long) step);
            case NUMERIC -> ((Numeric) step).decimal().signum();
            default -> Integer.signum(((Interval) step).compareTo(Interval.ZERO));
        };
    }

}
