package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Interval;
import io.opendsql.sql.types.Numeric;
import io.opendsql.sql.types.PgArray;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.ValueOrder;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The set-returning functions: generate_series over integers, numeric and timestamps, and unnest over arrays.
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
    }

    private static void add(Registry functions, SetFunctionDef def) {
        FunctionDef function = new FunctionDef(def.name(), def.argTypes(), def.columnTypes().get(0), def.strict(),
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
