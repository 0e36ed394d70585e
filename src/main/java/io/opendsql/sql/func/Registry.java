package io.opendsql.sql.func;

import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects operator and function variants by name, as pg_operator and pg_proc list them. */
public final class Registry {
    private final Map<String, List<FunctionDef>> byName = new HashMap<>();
    /** Functions ending in VARIADIC "any": their fixed leading arguments. */
    private final Map<String, List<FunctionDef>> variadicAny = new HashMap<>();

    void add(String name, List<PgType> args, PgType result, FunctionDef.Implementation implementation) {
        add(new FunctionDef(name, args, result, true, implementation));
    }

    void add(FunctionDef def) {
        byName.computeIfAbsent(def.name(), k -> new ArrayList<>()).add(def);
    }

    /**
     * A function whose arguments after {@code fixed} are VARIADIC "any": a call with at least one
     * of them sees a variant taking that many "any" arguments.
     */
    void addVariadicAny(String name, List<PgType> fixed, PgType result, boolean strict,
                        FunctionDef.Implementation implementation) {
        variadicAny.computeIfAbsent(name, k -> new ArrayList<>())
                .add(new FunctionDef(name, fixed, result, strict, implementation));
    }

    /** Variants with this name and argument count. */
    public List<FunctionDef> candidates(String name, int arity) {
        List<FunctionDef> found = new ArrayList<>(byName.getOrDefault(name, List.of()).stream()
                .filter(f -> f.argTypes().size() == arity).toList());
        for (FunctionDef variadic : variadicAny.getOrDefault(name, List.of())) {
            int fixed = variadic.argTypes().size();
            if (arity > fixed) {
                List<PgType> args = new ArrayList<>(variadic.argTypes());
                args.addAll(java.util.Collections.nCopies(arity - fixed, PgType.ANY));
                found.add(new FunctionDef(name, args, variadic.resultType(), variadic.strict(),
                        variadic.implementation()));
            }
        }
        return found;
    }

    /**
     * For a call with VARIADIC: the VARIADIC "any" functions whose fixed arguments leave exactly
     * the last one for the array, which is spread into separate arguments of its element type
     * (NULL is an empty array).
     */
    public List<FunctionDef> variadicArrayCandidates(String name, int arity) {
        List<FunctionDef> found = new ArrayList<>();
        for (FunctionDef variadic : variadicAny.getOrDefault(name, List.of())) {
            int fixed = variadic.argTypes().size();
            if (arity != fixed + 1) {
                continue;
            }
            List<PgType> args = new ArrayList<>(variadic.argTypes());
            args.add(PgType.ANYARRAY);
            FunctionDef.Implementation spread = a -> {
                io.opendsql.sql.types.PgArray array = (io.opendsql.sql.types.PgArray) a.get(fixed);
                List<Object> elements = array == null ? List.of() : array.elements();
                Object[] values = new Object[fixed + elements.size()];
                PgType[] types = new PgType[values.length];
                for (int i = 0; i < fixed; i++) {
                    values[i] = a.get(i);
                    types[i] = a.types()[i];
                }
                for (int i = 0; i < elements.size(); i++) {
                    values[fixed + i] = elements.get(i);
                    types[fixed + i] = a.types()[fixed].elementType();
                }
                return variadic.implementation().apply(new FunctionDef.Arguments(values, types, a.context()));
            };
            found.add(new FunctionDef(name, args, variadic.resultType(), false, spread));
        }
        return found;
    }

    /** Every variant, by name then in registration order (pg_proc's rows of built-in functions). */
    public List<FunctionDef> all() {
        return byName.keySet().stream().sorted().flatMap(name -> byName.get(name).stream()).toList();
    }

    public boolean exists(String name) {
        return byName.containsKey(name) || variadicAny.containsKey(name);
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
        ArrayFunctions.register(OPERATORS, FUNCTIONS);
        RegexFunctions.register(OPERATORS, FUNCTIONS);
        FormattingFunctions.register(FUNCTIONS);
        SetFunctions.register(FUNCTIONS);
        io.opendsql.sql.system.CatalogFunctions.register(FUNCTIONS::add);
    }
}
