package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.CastContext;
import io.opendsql.sql.types.Casts;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import io.opendsql.sql.types.TypeCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL's operator and function resolution (parse_func.c func_select_candidate, parse_oper.c
 * oper_select_candidate): an exact match first (for a binary operator with one unknown input, the
 * unknown is assumed to be the other input's type); otherwise the candidates whose arguments the
 * inputs convert to implicitly, narrowed by most exact matches, then most exact-or-preferred types,
 * then by the category unknown inputs take (string wins, else a single category, preferring its
 * preferred type), and last by assuming unknowns share the known inputs' type.
 * Input type {@link PgType#UNKNOWN} stands for an unknown literal or an untyped parameter.
 */
public final class OverloadResolver {
    private OverloadResolver() {
    }

    public static FunctionDef resolveOperator(String symbol, List<PgType> inputs) {
        List<FunctionDef> candidates = Registry.OPERATORS.candidates(symbol, inputs.size());
        if (inputs.size() == 2 && (inputs.get(0) == PgType.UNKNOWN) != (inputs.get(1) == PgType.UNKNOWN)) {
            PgType known = inputs.get(0) == PgType.UNKNOWN ? inputs.get(1) : inputs.get(0);
            for (FunctionDef c : candidates) {
                if (c.argTypes().get(0) == known && c.argTypes().get(1) == known) {
                    return c;
                }
            }
        }
        boolean allUnknown = inputs.stream().allMatch(t -> t == PgType.UNKNOWN);
        boolean stringCandidate = candidates.stream().anyMatch(c -> c.argTypes().stream()
                .anyMatch(t -> t.category() == TypeCategory.STRING));
        // PostgreSQL's pg_operator has date, time and interval variants of the arithmetic operators,
        // so unknown inputs find no single category there unless a string variant exists
        FunctionDef chosen = allUnknown && !stringCandidate && DATETIME_ARITHMETIC.contains(symbol) ? AMBIGUOUS
                : select(candidates, inputs);
        if (chosen == AMBIGUOUS) {
            throw DsqlException.of(SqlState.AMBIGUOUS_FUNCTION, "operator is not unique: %s",
                    operatorText(symbol, inputs))
                    .hint("Could not choose a best candidate operator. You might need to add explicit type casts.");
        }
        if (chosen == null) {
            throw DsqlException.of(SqlState.UNDEFINED_FUNCTION, "operator does not exist: %s",
                    operatorText(symbol, inputs))
                    .hint("No operator matches the given name and argument types. You might need to add explicit "
                            + "type casts.");
        }
        return chosen;
    }

    private static final java.util.Set<String> DATETIME_ARITHMETIC = java.util.Set.of("+", "-", "*", "/");

    public static FunctionDef resolveFunction(String name, List<PgType> inputs) {
        return resolveFunction(name, inputs, Registry.FUNCTIONS.candidates(name, inputs.size()));
    }

    /** A call whose last argument is marked VARIADIC (an array spread into the variadic parameter). */
    public static FunctionDef resolveVariadicFunction(String name, List<PgType> inputs) {
        return resolveFunction(name, inputs, Registry.FUNCTIONS.variadicArrayCandidates(name, inputs.size()));
    }

    private static FunctionDef resolveFunction(String name, List<PgType> inputs, List<FunctionDef> candidates) {
        FunctionDef chosen = select(candidates, inputs);
        String signature = name + "(" + inputs.stream().map(OverloadResolver::typeText)
                .collect(Collectors.joining(", ")) + ")";
        if (chosen == AMBIGUOUS) {
            throw DsqlException.of(SqlState.AMBIGUOUS_FUNCTION, "function %s is not unique", signature)
                    .hint("Could not choose a best candidate function. You might need to add explicit type casts.");
        }
        if (chosen == null) {
            throw DsqlException.of(SqlState.UNDEFINED_FUNCTION, "function %s does not exist", signature)
                    .hint("No function matches the given name and argument types. You might need to add explicit "
                            + "type casts.");
        }
        return chosen;
    }

    private static final FunctionDef AMBIGUOUS = new FunctionDef("?", List.of(), PgType.UNKNOWN, true, a -> null);

    private static String operatorText(String symbol, List<PgType> inputs) {
        return inputs.size() == 1 ? symbol + " " + typeText(inputs.get(0))
                : typeText(inputs.get(0)) + " " + symbol + " " + typeText(inputs.get(1));
    }

    /** format_type_be: a type without its modifier, as error messages print it. */
    public static String typeText(PgType type) {
        return type == PgType.BPCHAR ? "character" : SqlType.of(type).formatType();
    }

    /**
     * can_coerce_type in implicit context for one input: an unknown literal goes anywhere, a
     * pseudo-type target accepts anything here (the polymorphic rules are checked over the whole call).
     */
    public static boolean coercible(PgType input, PgType target) {
        if (input == target || input == PgType.UNKNOWN || target == PgType.ANY) {
            return true;
        }
        if (target.isPolymorphic()) {
            return Polymorphic.consistent(List.of(input), List.of(target));
        }
        return Casts.find(input, target).map(c -> c.context() == CastContext.IMPLICIT).orElse(false);
    }

    /** can_coerce_type for a whole call, with check_generic_type_consistency for polymorphic arguments. */
    static boolean coercible(List<PgType> inputs, List<PgType> declared) {
        boolean generic = false;
        for (int i = 0; i < inputs.size(); i++) {
            PgType input = inputs.get(i);
            PgType target = declared.get(i);
            if (target.isPolymorphic()) {
                generic = true;
            } else if (!coercible(input, target)) {
                return false;
            }
        }
        return !generic || Polymorphic.consistent(inputs, declared);
    }

    /**
     * The argument and result types of a call to the chosen variant: its declared types, with
     * polymorphic ones resolved from the inputs (enforce_generic_type_consistency).
     */
    public static Polymorphic.Signature signature(FunctionDef def, List<PgType> inputs) {
        if (def.argTypes().stream().noneMatch(t -> t.category() == TypeCategory.PSEUDO)
                && !def.resultType().isPolymorphic()) {
            return new Polymorphic.Signature(def.argTypes(), def.resultType());
        }
        return Polymorphic.resolve(inputs, def.argTypes(), def.resultType());
    }

    private static FunctionDef select(List<FunctionDef> all, List<PgType> inputs) {
        for (FunctionDef c : all) {
            if (c.argTypes().equals(inputs) && !inputs.contains(PgType.UNKNOWN)) {
                return c;
            }
        }
        List<FunctionDef> candidates = new ArrayList<>();
        for (FunctionDef c : all) {
            if (coercible(inputs, c.argTypes())) {
                candidates.add(c);
            }
        }
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        candidates = keepBest(candidates, c -> {
            int n = 0;
            for (int i = 0; i < inputs.size(); i++) {
                if (inputs.get(i) != PgType.UNKNOWN && c.argTypes().get(i) == inputs.get(i)) {
                    n++;
                }
            }
            return n;
        });
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        candidates = keepBest(candidates, c -> {
            int n = 0;
            for (int i = 0; i < inputs.size(); i++) {
                PgType t = c.argTypes().get(i);
                PgType input = inputs.get(i);
                // IsPreferredType(the input's category, t)
                if (input != PgType.UNKNOWN && (t == input || (t.category() == input.category() && t.preferred()))) {
                    n++;
                }
            }
            return n;
        });
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (!inputs.contains(PgType.UNKNOWN)) {
            return AMBIGUOUS;
        }
        List<FunctionDef> narrowed = narrowByUnknownCategories(candidates, inputs);
        if (narrowed != null && !narrowed.isEmpty()) {
            candidates = narrowed;
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
        }
        PgType common = null;
        boolean same = true;
        for (PgType input : inputs) {
            if (input != PgType.UNKNOWN) {
                if (common != null && common != input) {
                    same = false;
                }
                common = input;
            }
        }
        if (same && common != null) {
            FunctionDef found = null;
            int count = 0;
            List<PgType> assumed = java.util.Collections.nCopies(inputs.size(), common);
            for (FunctionDef c : candidates) {
                if (coercible(assumed, c.argTypes())) {
                    found = c;
                    count++;
                }
            }
            if (count == 1) {
                return found;
            }
        }
        return AMBIGUOUS;
    }

    private static TypeCategory category(PgType t) {
        return t.category();
    }

    private static List<FunctionDef> narrowByUnknownCategories(List<FunctionDef> candidates, List<PgType> inputs) {
        int n = inputs.size();
        TypeCategory[] slotCategory = new TypeCategory[n];
        boolean[] slotPreferred = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (inputs.get(i) != PgType.UNKNOWN) {
                continue;
            }
            boolean conflict = false;
            for (FunctionDef c : candidates) {
                PgType t = c.argTypes().get(i);
                TypeCategory cat = category(t);
                boolean preferred = t.preferred();
                if (slotCategory[i] == null) {
                    slotCategory[i] = cat;
                    slotPreferred[i] = preferred;
                } else if (cat == slotCategory[i]) {
                    slotPreferred[i] |= preferred;
                } else if (cat == TypeCategory.STRING) {
                    slotCategory[i] = cat;
                    slotPreferred[i] = preferred;
                } else {
                    conflict = true;
                }
            }
            if (conflict && slotCategory[i] != TypeCategory.STRING) {
                return null;
            }
        }
        List<FunctionDef> kept = new ArrayList<>();
        for (FunctionDef c : candidates) {
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                if (slotCategory[i] == null) {
                    continue;
                }
                PgType t = c.argTypes().get(i);
                ok = category(t) == slotCategory[i] && (!slotPreferred[i] || t.preferred());
            }
            if (ok) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static List<FunctionDef> keepBest(List<FunctionDef> candidates,
                                              java.util.function.ToIntFunction<FunctionDef> score) {
        int best = candidates.stream().mapToInt(score).max().orElse(0);
        return candidates.stream().filter(c -> score.applyAsInt(c) == best).toList();
    }
}
