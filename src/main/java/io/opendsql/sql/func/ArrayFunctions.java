package io.opendsql.sql.func;

import static io.opendsql.sql.types.PgType.ANYARRAY;
import static io.opendsql.sql.types.PgType.ANYCOMPATIBLE;
import static io.opendsql.sql.types.PgType.ANYCOMPATIBLEARRAY;
import static io.opendsql.sql.types.PgType.ANYELEMENT;
import static io.opendsql.sql.types.PgType.BOOL;
import static io.opendsql.sql.types.PgType.INT4;
import static io.opendsql.sql.types.PgType.INT4_ARRAY;
import static io.opendsql.sql.types.PgType.TEXT;
import static io.opendsql.sql.types.PgType.TEXT_ARRAY;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.PgArray;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.TypeIo;
import io.opendsql.sql.types.ValueOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The array operators ({@code = <> < <= > >=}, {@code @> <@ &&}, {@code ||}) and functions
 * (array_append ... string_to_array) over PostgreSQL's polymorphic signatures.
 */
final class ArrayFunctions {
    private ArrayFunctions() {
    }

    private static PgArray array(FunctionDef.Arguments a, int i) {
        return (PgArray) a.get(i);
    }

    private static PgType elementType(FunctionDef.Arguments a, int i) {
        return a.types()[i].elementType();
    }

    private static void nonStrict(Registry r, String name, List<PgType> args, PgType result,
                                  FunctionDef.Implementation implementation) {
        r.add(new FunctionDef(name, args, result, false, implementation));
    }

    static void register(Registry ops, Registry f) {
        Map<String, IntPredicate> comparisons = Comparisons.OPERATORS;
        comparisons.forEach((symbol, test) -> ops.add(symbol, List.of(ANYARRAY, ANYARRAY), BOOL, a -> {
            ArrayValues.requireEquality(elementType(a, 0));
            return test.test(ValueOrder.compare(a.types()[0], a.get(0), a.get(1)));
        }));
        ops.add("@>", List.of(ANYARRAY, ANYARRAY), BOOL, a -> contains(a, array(a, 0), array(a, 1)));
        ops.add("<@", List.of(ANYARRAY, ANYARRAY), BOOL, a -> contains(a, array(a, 1), array(a, 0)));
        ops.add("&&", List.of(ANYARRAY, ANYARRAY), BOOL, a -> overlaps(a, array(a, 0), array(a, 1)));
        FunctionDef.Implementation cat = a -> ArrayValues.concat(array(a, 0), array(a, 1));
        FunctionDef.Implementation append = a -> ArrayValues.push(array(a, 0), a.get(1), true);
        FunctionDef.Implementation prepend = a -> ArrayValues.push(array(a, 1), a.get(0), false);
        nonStrict(ops, "||", List.of(ANYCOMPATIBLEARRAY, ANYCOMPATIBLEARRAY), ANYCOMPATIBLEARRAY, cat);
        nonStrict(ops, "||", List.of(ANYCOMPATIBLEARRAY, ANYCOMPATIBLE), ANYCOMPATIBLEARRAY, append);
        nonStrict(ops, "||", List.of(ANYCOMPATIBLE, ANYCOMPATIBLEARRAY), ANYCOMPATIBLEARRAY, prepend);
        nonStrict(f, "array_cat", List.of(ANYCOMPATIBLEARRAY, ANYCOMPATIBLEARRAY), ANYCOMPATIBLEARRAY, cat);
        nonStrict(f, "array_append", List.of(ANYCOMPATIBLEARRAY, ANYCOMPATIBLE), ANYCOMPATIBLEARRAY, append);
        nonStrict(f, "array_prepend", List.of(ANYCOMPATIBLE, ANYCOMPATIBLEARRAY), ANYCOMPATIBLEARRAY, prepend);
        nonStrict(f, "array_remove", List.of(ANYCOMPATIBLEARRAY, ANYCOMPATIBLE), ANYCOMPATIBLEARRAY,
                a -> a.get(0) == null ? null : replace(a, array(a, 0), a.get(1), null, true));
        nonStrict(f, "array_replace", List.of(ANYCOMPATIBLEARRAY, ANYCOMPATIBLE, ANYCOMPATIBLE), ANYCOMPATIBLEARRAY,
                a -> a.get(0) == null ? null : replace(a, array(a, 0), a.get(1), a.get(2), false));
        nonStrict(f, "array_position", List.of(ANYCOMPATIBLEARRAY, ANYCOMPATIBLE), INT4, a -> position(a, null));
        nonStrict(f, "array_position", List.of(ANYCOMPATIBLEARRAY, ANYCOMPATIBLE, INT4), INT4,
                a -> position(a, new Integer[] {(Integer) a.get(2)}));
        nonStrict(f, "array_positions", List.of(ANYCOMPATIBLEARRAY, ANYCOMPATIBLE), INT4_ARRAY, ArrayFunctions::positions);
        f.add("array_length", List.of(ANYARRAY, INT4), INT4, a -> dimension(array(a, 0), (Integer) a.get(1), 0));
        f.add("array_lower", List.of(ANYARRAY, INT4), INT4, a -> dimension(array(a, 0), (Integer) a.get(1), 1));
        f.add("array_upper", List.of(ANYARRAY, INT4), INT4, a -> dimension(array(a, 0), (Integer) a.get(1), 2));
        f.add("array_ndims", List.of(ANYARRAY), INT4,
                a -> array(a, 0).dimensionCount() == 0 ? null : array(a, 0).dimensionCount());
        f.add("array_dims", List.of(ANYARRAY), TEXT, a -> dims(array(a, 0)));
        f.add("cardinality", List.of(ANYARRAY), INT4, a -> array(a, 0).elements().size());
        f.add("array_to_string", List.of(ANYARRAY, TEXT), TEXT, a -> toText(a, null));
        nonStrict(f, "array_to_string", List.of(ANYARRAY, TEXT, TEXT), TEXT,
                a -> a.get(0) == null || a.get(1) == null ? null : toText(a, (String) a.get(2)));
        nonStrict(f, "string_to_array", List.of(TEXT, TEXT), TEXT_ARRAY,
                a -> ArrayBuilders.split((String) a.get(0), (String) a.get(1), null));
        nonStrict(f, "string_to_array", List.of(TEXT, TEXT, TEXT), TEXT_ARRAY,
                a -> ArrayBuilders.split((String) a.get(0), (String) a.get(1), (String) a.get(2)));
        nonStrict(f, "array_fill", List.of(ANYELEMENT, INT4_ARRAY), ANYARRAY,
                a -> ArrayBuilders.fill(a.get(0), array(a, 1), null, false));
        nonStrict(f, "array_fill", List.of(ANYELEMENT, INT4_ARRAY, INT4_ARRAY), ANYARRAY,
                a -> ArrayBuilders.fill(a.get(0), array(a, 1), array(a, 2), true));
        f.add("trim_array", List.of(ANYARRAY, INT4), ANYARRAY, a -> trim(array(a, 0), (Integer) a.get(1)));
    }

    /** arraycontains: every non-null element of {@code inner} equals some element of {@code outer}. */
    private static boolean contains(FunctionDef.Arguments a, PgArray outer, PgArray inner) {
        PgType element = elementType(a, 0);
        ArrayValues.requireEquality(element);
        for (Object x : inner.elements()) {
            if (x == null) {
                return false;
            }
            boolean found = false;
            for (Object y : outer.elements()) {
                if (y != null && ValueOrder.compare(element, x, y) == 0) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(FunctionDef.Arguments a, PgArray left, PgArray right) {
        PgType element = elementType(a, 0);
        ArrayValues.requireEquality(element);
        for (Object x : left.elements()) {
            if (x == null) {
                continue;
            }
            for (Object y : right.elements()) {
                if (y != null && ValueOrder.compare(element, x, y) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** array_remove (when {@code remove}) and array_replace: NULL matches NULL. */
    private static PgArray replace(FunctionDef.Arguments a, PgArray array, Object search, Object replacement,
                                   boolean remove) {
        PgType element = elementType(a, 0);
        if (remove && array.dimensionCount() > 1) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "removing elements from multidimensional arrays is not supported");
        }
        ArrayValues.requireEquality(element);
        List<Object> out = new ArrayList<>();
        for (Object x : array.elements()) {
            if (ArrayValues.sameElement(element, x, search)) {
                if (!remove) {
                    out.add(replacement);
                }
            } else {
                out.add(x);
            }
        }
        if (out.isEmpty()) {
            return PgArray.empty();
        }
        if (remove) {
            return new PgArray(new int[] {out.size()}, array.lowerBounds(), out);
        }
        return new PgArray(array.dimensions(), array.lowerBounds(), out);
    }

    /** array_position; {@code start} is null without a start argument, else holds it (maybe NULL). */
    private static Integer position(FunctionDef.Arguments a, Integer[] start) {
        PgArray array = array(a, 0);
        if (array == null) {
            return null;
        }
        ArrayValues.requireOneDimension(array, "searching for elements in multidimensional arrays is not supported");
        if (start != null && start[0] == null) {
            throw DsqlException.of(SqlState.NULL_VALUE_NOT_ALLOWED, "initial position must not be null");
        }
        if (array.dimensionCount() == 0) {
            return null;
        }
        PgType element = elementType(a, 0);
        ArrayValues.requireEquality(element);
        int lower = array.lowerBounds()[0];
        List<Object> elements = array.elements();
        long from = start == null ? 0 : Math.max(0, (long) start[0] - lower);
        for (long i = from; i < elements.size(); i++) {
            if (ArrayValues.sameElement(element, elements.get((int) i), a.get(1))) {
                return lower + (int) i;
            }
        }
        return null;
    }

    private static PgArray positions(FunctionDef.Arguments a) {
        PgArray array = array(a, 0);
        if (array == null) {
            return null;
        }
        ArrayValues.requireOneDimension(array, "searching for elements in multidimensional arrays is not supported");
        List<Object> found = new ArrayList<>();
        if (array.dimensionCount() == 0) {
            return PgArray.empty();
        }
        PgType element = elementType(a, 0);
        ArrayValues.requireEquality(element);
        int lower = array.lowerBounds()[0];
        List<Object> elements = array.elements();
        for (int i = 0; i < elements.size(); i++) {
            if (ArrayValues.sameElement(element, elements.get(i), a.get(1))) {
                found.add(lower + i);
            }
        }
        return PgArray.of(found);
    }

    /** array_length (what 0), array_lower (1), array_upper (2): NULL for a dimension the array lacks. */
    private static Integer dimension(PgArray array, int dimension, int what) {
        if (dimension < 1 || dimension > array.dimensionCount()) {
            return null;
        }
        int length = array.dimensions()[dimension - 1];
        int lower = array.lowerBounds()[dimension - 1];
        return switch (what) {
            case 0 -> length;
            case 1 -> lower;
            default -> lower + length - 1;
        };
    }

    private static String dims(PgArray array) {
        if (array.dimensionCount() == 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int d = 0; d < array.dimensionCount(); d++) {
            int lower = array.lowerBounds()[d];
            out.append('[').append(lower).append(':').append(lower + array.dimensions()[d] - 1).append(']');
        }
        return out.toString();
    }

    /** array_to_string: elements by their output function; NULLs skipped unless a null string is given. */
    private static String toText(FunctionDef.Arguments a, String nullString) {
        PgType element = elementType(a, 0);
        String delimiter = (String) a.get(1);
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (Object x : array(a, 0).elements()) {
            if (x == null && nullString == null) {
                continue;
            }
            if (!first) {
                out.append(delimiter);
            }
            out.append(x == null ? nullString : TypeIo.format(element, x, a.context().types()));
            first = false;
        }
        return out.toString();
    }

    private static PgArray trim(PgArray array, int n) {
        int length = array.dimensionCount() == 0 ? 0 : array.dimensions()[0];
        if (n < 0 || n > length) {
            throw DsqlException.of(SqlState.ARRAY_SUBSCRIPT_ERROR, "number of elements to trim must be between 0 and %d",
                    length);
        }
        if (length == 0) {
            return PgArray.empty();
        }
        return ArrayValues.slice(array, new Integer[] {null},
                new Integer[] {array.lowerBounds()[0] + length - n - 1});
    }
}
