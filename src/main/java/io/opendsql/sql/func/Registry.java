package io.opendsql.sql.func;

import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects operator and function variants by name, as pg_operator and pg_proc list them. */
public final class Registry {
    private final Map<String, List<FunctionDef>> byName = new HashMap<>();

    void add(String name, List<PgType> args, PgType result, FunctionDef.Implementation implementation) {
        add(new FunctionDef(name, args, result, true, implementation));
    }

    void add(FunctionDef def) {
        byName.computeIfAbsent(def.name(), k -> new ArrayList<>()).add(def);
    }

    /** Variants with this name and argument count. */
    public List<FunctionDef> candidates(String name, int arity) {
        return byName.getOrDefault(name, List.of()).stream().filter(f -> f.argTypes().size() == arity).toList();
    }

    /** Every variant, by name then in registration order (pg_proc's rows of built-in functions). */
    public List<FunctionDef> all() {
        return byName.keySet().stream().sorted().flatMap(name -> byName.get(name).stream()).toList();
    }

    public boolean exists(String name) {
        return byName.containsKey(name);
    }

    /** Operators, keyed by symbol; prefix operators take one argument. */
    public static final Registry OPERATORS = new Registry();
    /** Functions by lower-case name. */
    public static final Registry FUNCTIONS = new Registry();

    static {
        Arithmetic.register(OPERATORS, FUNCTIONS);
        Comparisons.register(OPERATORS);
        StringFunctions.register(OPERATORS, FUNCTIONS);
        MathFunctions.register(FUNCTIONS);
        SystemFunctions.register(FUNCTIONS);
        DateTimeFunctions.register(OPERATORS, FUNCTIONS);
        NumericTranscendental.register(OPERATORS, FUNCTIONS);
        JsonFunctions.register(OPERATORS, FUNCTIONS);
        IntervalFunctions.register(OPERATORS, FUNCTIONS);
        TimeOfDayFunctions.register(OPERATORS, FUNCTIONS);
        TimestampFunctions.register(FUNCTIONS);
        DateTemplates.register(FUNCTIONS);
        io.opendsql.sql.system.CatalogFunctions.register(FUNCTIONS::add);
    }
}
