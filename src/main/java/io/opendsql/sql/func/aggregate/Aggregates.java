package io.opendsql.sql.func.aggregate;

import static io.opendsql.sql.types.PgType.BOOL;
import static io.opendsql.sql.types.PgType.BPCHAR;
import static io.opendsql.sql.types.PgType.BYTEA;
import static io.opendsql.sql.types.PgType.DATE;
import static io.opendsql.sql.types.PgType.FLOAT4;
import static io.opendsql.sql.types.PgType.FLOAT8;
import static io.opendsql.sql.types.PgType.FLOAT8_ARRAY;
import static io.opendsql.sql.types.PgType.INET;
import static io.opendsql.sql.types.PgType.INT2;
import static io.opendsql.sql.types.PgType.INT4;
import static io.opendsql.sql.types.PgType.INT8;
import static io.opendsql.sql.types.PgType.INTERVAL;
import static io.opendsql.sql.types.PgType.NUMERIC;
import static io.opendsql.sql.types.PgType.OID;
import static io.opendsql.sql.types.PgType.TEXT;
import static io.opendsql.sql.types.PgType.TIME;
import static io.opendsql.sql.types.PgType.TIMESTAMP;
import static io.opendsql.sql.types.PgType.TIMESTAMPTZ;
import static io.opendsql.sql.types.PgType.TIMETZ;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.func.FunctionDef;
import io.opendsql.sql.func.OverloadResolver;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The built-in aggregates (pg_aggregate) and their resolution: fixed signatures go through PostgreSQL's
 * function resolution ({@link OverloadResolver}); the polymorphic ones (count("any"), array_agg, min/max of
 * arrays, percentile_disc, mode) take their types from the call.
 */
public final class Aggregates {
    private Aggregates() {
    }

    private static final Map<String, List<FunctionDef>> SIGNATURES = new HashMap<>();
    private static final Map<FunctionDef, AggregateFunction> BY_SIGNATURE = new IdentityHashMap<>();
    private static final Map<String, AggregateFunction> POLYMORPHIC = new ConcurrentHashMap<>();
    private static final Set<String> ORDERED_SET = Set.of("percentile_cont", "percentile_disc", "mode");
    private static final Set<String> POLYMORPHIC_NAMES = Set.of("count", "array_agg", "percentile_disc", "mode",
            "json_agg", "jsonb_agg", "json_object_agg", "jsonb_object_agg");

    private static final List<PgType> ORDERED_TYPES = List.of(INT2, INT4, INT8, OID, FLOAT4, FLOAT8, NUMERIC, TEXT,
            BPCHAR, DATE, TIME, TIMETZ, TIMESTAMP, TIMESTAMPTZ, INTERVAL, INET);

    static {
        for (PgType t : List.of(INT2, INT4)) {
            add("sum", t, INT8, () -> new Sums.IntegerSum());
            add("avg", t, NUMERIC, () -> new Sums.WideIntegerSum(true));
        }
        add("sum", INT8, NUMERIC, () -> new Sums.WideIntegerSum(false));
        add("avg", INT8, NUMERIC, () -> new Sums.WideIntegerSum(true));
        add("sum", NUMERIC, NUMERIC, () -> new Sums.NumericTotal(false));
        add("avg", NUMERIC, NUMERIC, () -> new Sums.NumericTotal(true));
        add("sum", FLOAT4, FLOAT4, () -> new FloatSum(true));
        add("sum", FLOAT8, FLOAT8, () -> new FloatSum(false));
        add("sum", INTERVAL, INTERVAL, () -> new Sums.IntervalTotal(false));
        add("avg", INTERVAL, INTERVAL, () -> new Sums.IntervalTotal(true));
        for (PgType t : List.of(FLOAT4, FLOAT8)) {
            add("avg", t, FLOAT8, () -> new FloatMoments(Statistic.AVG));
        }
        Map<String, Statistic> moments = Map.of("var_pop", Statistic.VAR_POP, "var_samp", Statistic.VAR_SAMP,
                "variance", Statistic.VAR_SAMP, "stddev_pop", Statistic.STDDEV_POP, "stddev_samp",
                Statistic.STDDEV_SAMP, "stddev", Statistic.STDDEV_SAMP);
        for (Map.Entry<String, Statistic> m : moments.entrySet()) {
            for (PgType t : List.of(INT2, INT4, INT8, NUMERIC)) {
                add(m.getKey(), t, NUMERIC, () -> new NumericMoments(m.getValue()));
            }
            for (PgType t : List.of(FLOAT4, FLOAT8)) {
                add(m.getKey(), t, FLOAT8, () -> new FloatMoments(m.getValue()));
            }
        }
        for (PgType t : ORDERED_TYPES) {
            add("min", t, t, () -> new Extreme(t, false));
            add("max", t, t, () -> new Extreme(t, true));
        }
        add("bool_and", BOOL, BOOL, () -> new Logic.Bool(true));
        add("every", BOOL, BOOL, () -> new Logic.Bool(true));
        add("bool_or", BOOL, BOOL, () -> new Logic.Bool(false));
        for (PgType t : List.of(INT2, INT4, INT8)) {
            add("bit_and", t, t, () -> new Logic.Bits(t, Logic.BitOp.AND));
            add("bit_or", t, t, () -> new Logic.Bits(t, Logic.BitOp.OR));
            add("bit_xor", t, t, () -> new Logic.Bits(t, Logic.BitOp.XOR));
        }
        add("string_agg", List.of(TEXT, TEXT), TEXT, () -> new StringAgg(false));
        add("string_agg", List.of(BYTEA, BYTEA), BYTEA, () -> new StringAgg(true));
        for (PgType fraction : List.of(FLOAT8, FLOAT8_ARRAY)) {
            for (PgType t : List.of(FLOAT8, INTERVAL)) {
                PgType result = fraction == FLOAT8 ? t : t.arrayType().orElseThrow();
                FunctionDef signature = signature("percentile_cont", List.of(fraction, t), result);
                BY_SIGNATURE.put(signature, new AggregateFunction("percentile_cont", List.of(fraction), List.of(t),
                        result, true, (direct, context) -> new OrderedSet(OrderedSet.Kind.PERCENTILE_CONT, t,
                        direct[0])));
            }
        }
    }

    private static void add(String name, PgType arg, PgType result, java.util.function.Supplier<Accumulator> start) {
        add(name, List.of(arg), result, start);
    }

    private static void add(String name, List<PgType> args, PgType result,
                            java.util.function.Supplier<Accumulator> start) {
        FunctionDef signature = signature(name, args, result);
        BY_SIGNATURE.put(signature, AggregateFunction.of(name, args, result, (direct, context) -> start.get()));
    }

    private static FunctionDef signature(String name, List<PgType> args, PgType result) {
        FunctionDef signature = new FunctionDef(name, args, result, false, a -> {
            throw new IllegalStateException("aggregate " + name + " is not called directly");
        });
        SIGNATURES.computeIfAbsent(name, k -> new ArrayList<>()).add(signature);
        return signature;
    }

    /** True when {@code name} is a built-in aggregate. */
    public static boolean isAggregate(String name) {
        return SIGNATURES.containsKey(name) || POLYMORPHIC_NAMES.contains(name);
    }

    /** True for the ordered-set aggregates, which need WITHIN GROUP. */
    public static boolean isOrderedSet(String name) {
        return ORDERED_SET.contains(name);
    }

    /**
     * The variant of {@code name} for a call with these argument types (for an ordered-set aggregate, the direct
     * arguments' types then the WITHIN GROUP ones; {@code directCount} says how many are direct). Unknown-typed
     * literals are {@link PgType#UNKNOWN}. Throws PostgreSQL's 42883 or 42725 when none or several fit.
     */
    public static AggregateFunction resolve(String name, List<PgType> types, int directCount) {
        AggregateFunction polymorphic = polymorphic(name, types, directCount);
        if (polymorphic != null) {
            return polymorphic;
        }
        FunctionDef chosen = OverloadResolver.resolveFunction(name, types, SIGNATURES.getOrDefault(name, List.of()));
        return BY_SIGNATURE.get(chosen);
    }

    private static AggregateFunction polymorphic(String name, List<PgType> types, int directCount) {
        switch (name) {
            case "count" -> {
                if (types.size() <= 1) {
                    return cached("count", types, () -> AggregateFunction.of("count", types, INT8,
                            (direct, context) -> new Count(types.isEmpty())));
                }
            }
            case "array_agg" -> {
                if (types.size() == 1) {
                    PgType t = types.get(0);
                    if (t == PgType.UNKNOWN) {
                        throw notUnique(name, types);
                    }
                    PgType result = t.isArray() ? t : t.arrayType().orElseThrow(() -> noArrayType(t));
                    return cached(name, types, () -> AggregateFunction.of(name, types, result,
                            (direct, context) -> new ArrayAgg(t.isArray())));
                }
            }
            case "json_agg", "jsonb_agg" -> {
                if (types.size() == 1) {
                    PgType t = types.get(0);
                    if (t == PgType.UNKNOWN) {
                        throw polymorphicUnknown();
                    }
                    boolean binary = name.startsWith("jsonb");
                    return cached(name, types, () -> AggregateFunction.of(name, types,
                            binary ? PgType.JSONB : PgType.JSON,
                            (direct, context) -> JsonAgg.array(t, binary, context.types())));
                }
            }
            case "json_object_agg", "jsonb_object_agg" -> {
                if (types.size() == 2) {
                    List<PgType> known = types.stream().map(t -> t == PgType.UNKNOWN ? TEXT : t).toList();
                    boolean binary = name.startsWith("jsonb");
                    return cached(name, known, () -> AggregateFunction.of(name, known,
                            binary ? PgType.JSONB : PgType.JSON,
                            (direct, context) -> JsonAgg.object(known.get(0), known.get(1), binary, context.types())));
                }
            }
            case "min", "max" -> {
                if (types.size() == 1 && types.get(0).isArray()) {
                    PgType t = types.get(0);
                    boolean max = name.equals("max");
                    return cached(name, types, () -> AggregateFunction.of(name, types, t,
                            (direct, context) -> new Extreme(t, max)));
                }
            }
            case "percentile_disc" -> {
                if (types.size() == 2 && directCount == 1) {
                    PgType fraction = OverloadResolver.coercible(types.get(0), FLOAT8) ? FLOAT8
                            : OverloadResolver.coercible(types.get(0), FLOAT8_ARRAY) ? FLOAT8_ARRAY : null;
                    PgType t = types.get(1);
                    if (fraction != null && t != PgType.UNKNOWN && !t.isArray()) {
                        PgType result = fraction == FLOAT8 ? t : t.arrayType().orElseThrow(() -> noArrayType(t));
                        return cached(name, List.of(fraction, t), () -> new AggregateFunction(name, List.of(fraction),
                                List.of(t), result, true,
                                (direct, context) -> new OrderedSet(OrderedSet.Kind.PERCENTILE_DISC, t, direct[0])));
                    }
                    if (t == PgType.UNKNOWN) {
                        throw polymorphicUnknown();
                    }
                }
            }
            case "mode" -> {
                if (types.size() == 1) {
                    PgType t = types.get(0);
                    if (t == PgType.UNKNOWN) {
                        throw polymorphicUnknown();
                    }
                    return cached(name, types, () -> new AggregateFunction(name, List.of(), List.of(t), t, true,
                            (direct, context) -> new OrderedSet(OrderedSet.Kind.MODE, t, null)));
                }
            }
            default -> {
                return null;
            }
        }
        if (!SIGNATURES.containsKey(name)) {
            throw doesNotExist(name, types);
        }
        return null;
    }

    private static AggregateFunction cached(String name, List<PgType> types,
                                            java.util.function.Supplier<AggregateFunction> make) {
        String key = name + types.stream().map(PgType::typeName).collect(Collectors.joining(",", "(", ")"));
        return POLYMORPHIC.computeIfAbsent(key, k -> make.get());
    }

    /** PostgreSQL's 42883 for a call no variant takes. */
    private static DsqlException doesNotExist(String name, List<PgType> types) {
        try {
            OverloadResolver.resolveFunction(name, types, List.of());
        } catch (DsqlException e) {
            return e;
        }
        throw new IllegalStateException("resolution among no variants found one");
    }

    private static DsqlException notUnique(String name, List<PgType> types) {
        return DsqlException.of(SqlState.AMBIGUOUS_FUNCTION, "function %s(%s) is not unique", name,
                types.stream().map(OverloadResolver::typeText).collect(Collectors.joining(", ")))
                .hint("Could not choose a best candidate function. You might need to add explicit type casts.");
    }

    private static DsqlException noArrayType(PgType type) {
        return DsqlException.of(SqlState.UNDEFINED_OBJECT, "could not find array type for data type %s",
                OverloadResolver.typeText(type));
    }

    static DsqlException polymorphicUnknown() {
        return DsqlException.of(SqlState.DATATYPE_MISMATCH,
                "could not determine polymorphic type because input has type unknown");
    }
}
