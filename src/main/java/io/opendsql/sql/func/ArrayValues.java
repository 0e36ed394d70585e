package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.PgArray;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.ValueOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Array value operations as arrayfuncs.c does them: subscripts and slices, building arrays from
 * elements or sub-arrays, concatenation, and element equality (NULL matches NULL) for the array
 * functions.
 */
public final class ArrayValues {
    /** MAXDIM. */
    public static final int MAX_DIMENSIONS = 6;

    private ArrayValues() {
    }

    /** array_get_element: the element at the subscripts, or null when out of bounds or of another rank. */
    public static Object element(PgArray array, int[] subscripts) {
        int[] dims = array.dimensions();
        int[] lower = array.lowerBounds();
        if (subscripts.length != dims.length) {
            return null;
        }
        int offset = 0;
        for (int d = 0; d < dims.length; d++) {
            long index = subscripts[d];
            if (index < lower[d] || index >= (long) lower[d] + dims[d]) {
                return null;
            }
            offset = offset * dims[d] + (int) (index - lower[d]);
        }
        return array.elements().get(offset);
    }

    /**
     * array_get_slice: the sub-array between the bounds (null entries are omitted bounds), with
     * lower bounds 1; empty when the slice selects nothing.
     */
    public static PgArray slice(PgArray array, Integer[] lowerIndex, Integer[] upperIndex) {
        int[] dims = array.dimensions();
        int[] lb = array.lowerBounds();
        int ndim = dims.length;
        int n = upperIndex.length;
        if (ndim < n || ndim == 0) {
            return PgArray.empty();
        }
        long[] from = new long[ndim];
        long[] to = new long[ndim];
        for (int d = 0; d < ndim; d++) {
            long first = lb[d];
            long last = (long) lb[d] + dims[d] - 1;
            from[d] = d < n && lowerIndex[d] != null && lowerIndex[d] >= first ? lowerIndex[d] : first;
            to[d] = d < n && upperIndex[d] != null && upperIndex[d] < last + 1 ? upperIndex[d] : last;
            if (from[d] > to[d]) {
                return PgArray.empty();
            }
        }
        int[] outDims = new int[ndim];
        int[] outLower = new int[ndim];
        for (int d = 0; d < ndim; d++) {
            outDims[d] = (int) (to[d] - from[d] + 1);
            outLower[d] = 1;
        }
        List<Object> out = new ArrayList<>();
        collect(array, dims, lb, from, to, 0, 0, out);
        return new PgArray(outDims, outLower, out);
    }

    private static void collect(PgArray array, int[] dims, int[] lb, long[] from, long[] to, int d, int base,
                                List<Object> out) {
        for (long i = from[d]; i <= to[d]; i++) {
            int offset = base * dims[d] + (int) (i - lb[d]);
            if (d == dims.length - 1) {
                out.add(array.elements().get(offset));
            } else {
                collect(array, dims, lb, from, to, d + 1, offset, out);
            }
        }
    }

    /**
     * ARRAY[sub-array, ...] (ExecEvalArrayExpr for nested arrays): one more dimension; NULL and empty
     * sub-arrays give an empty result when all are so, an error when mixed with others.
     */
    public static PgArray nest(List<PgArray> subArrays) {
        int[] elementDims = null;
        int[] elementLower = null;
        boolean haveEmpty = false;
        List<Object> elements = new ArrayList<>();
        int count = 0;
        for (PgArray sub : subArrays) {
            if (sub == null || sub.dimensionCount() == 0) {
                haveEmpty = true;
                continue;
            }
            if (elementDims == null) {
                elementDims = sub.dimensions();
                elementLower = sub.lowerBounds();
                if (elementDims.length + 1 > MAX_DIMENSIONS) {
                    throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED,
                            "number of array dimensions (%d) exceeds the maximum allowed (%d)", elementDims.length + 1,
                            MAX_DIMENSIONS);
                }
            } else if (!Arrays.equals(elementDims, sub.dimensions()) || !Arrays.equals(elementLower, sub.lowerBounds())) {
                throw mismatchedDimensions();
            }
            elements.addAll(sub.elements());
            count++;
        }
        if (haveEmpty) {
            if (elementDims == null) {
                return PgArray.empty();
            }
            throw mismatchedDimensions();
        }
        if (elementDims == null) {
            return PgArray.empty();
        }
        int[] dims = new int[elementDims.length + 1];
        int[] lower = new int[dims.length];
        dims[0] = count;
        lower[0] = 1;
        System.arraycopy(elementDims, 0, dims, 1, elementDims.length);
        System.arraycopy(elementLower, 0, lower, 1, elementLower.length);
        return new PgArray(dims, lower, elements);
    }

    private static DsqlException mismatchedDimensions() {
        return DsqlException.of(SqlState.ARRAY_SUBSCRIPT_ERROR,
                "multidimensional arrays must have array expressions with matching dimensions");
    }

    /** array_cat (the || of two arrays): NULL and empty inputs give the other input. */
    public static PgArray concat(PgArray left, PgArray right) {
        if (left == null) {
            return right;
        }
        if (right == null) {
            return left;
        }
        int n1 = left.dimensionCount();
        int n2 = right.dimensionCount();
        if (n1 == 0 && n2 > 0) {
            return right;
        }
        if (n2 == 0) {
            return left;
        }
        if (n1 != n2 && n1 != n2 - 1 && n1 != n2 + 1) {
            throw DsqlException.of(SqlState.ARRAY_SUBSCRIPT_ERROR, "cannot concatenate incompatible arrays")
                    .detail(String.format("Arrays of %d and %d dimensions are not compatible for concatenation.", n1, n2));
        }
        int[] dims1 = left.dimensions();
        int[] dims2 = right.dimensions();
        int[] lbs1 = left.lowerBounds();
        int[] lbs2 = right.lowerBounds();
        int[] dims;
        int[] lbs;
        if (n1 == n2) {
            dims = dims1.clone();
            lbs = lbs1.clone();
            dims[0] = dims1[0] + dims2[0];
            for (int i = 1; i < n1; i++) {
                if (dims1[i] != dims2[i] || lbs1[i] != lbs2[i]) {
                    throw DsqlException.of(SqlState.ARRAY_SUBSCRIPT_ERROR, "cannot concatenate incompatible arrays")
                            .detail("Arrays with differing element dimensions are not compatible for concatenation.");
                }
            }
        } else {
            boolean leftInner = n1 == n2 - 1;
            int[] outer = leftInner ? dims2 : dims1;
            int[] outerLower = leftInner ? lbs2 : lbs1;
            int[] inner = leftInner ? dims1 : dims2;
            int[] innerLower = leftInner ? lbs1 : lbs2;
            dims = outer.clone();
            lbs = outerLower.clone();
            dims[0]++;
            for (int i = 0; i < inner.length; i++) {
                if (inner[i] != dims[i + 1] || innerLower[i] != lbs[i + 1]) {
                    throw DsqlException.of(SqlState.ARRAY_SUBSCRIPT_ERROR, "cannot concatenate incompatible arrays")
                            .detail("Arrays with differing dimensions are not compatible for concatenation.");
                }
            }
        }
        List<Object> elements = new ArrayList<>(left.elements());
        elements.addAll(right.elements());
        return new PgArray(dims, lbs, elements);
    }

    /** array_append (or array_prepend when {@code atEnd} is false): a NULL array counts as empty. */
    public static PgArray push(PgArray array, Object element, boolean atEnd) {
        if (array == null || array.dimensionCount() == 0) {
            List<Object> one = new ArrayList<>();
            one.add(element);
            return new PgArray(new int[] {1}, new int[] {1}, one);
        }
        if (array.dimensionCount() != 1) {
            throw DsqlException.of(SqlState.DATA_EXCEPTION, "argument must be empty or one-dimensional array");
        }
        int lower = array.lowerBounds()[0];
        int length = array.dimensions()[0];
        if (atEnd ? (long) lower + length > Integer.MAX_VALUE : (long) lower - 1 < Integer.MIN_VALUE) {
            throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "integer out of range");
        }
        List<Object> elements = new ArrayList<>(length + 1);
        if (!atEnd) {
            elements.add(element);
        }
        elements.addAll(array.elements());
        if (atEnd) {
            elements.add(element);
        }
        return new PgArray(new int[] {length + 1}, new int[] {lower}, elements);
    }

    /** A one-dimensional array of the elements with lower bound 1 (empty for none). */
    public static PgArray of(List<Object> elements) {
        return PgArray.of(elements);
    }

    /** Element equality as the array functions use it: NULL equals NULL. */
    static boolean sameElement(PgType elementType, Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        return ValueOrder.compare(elementType, a, b) == 0;
    }

    /** The 22004/0A000 checks array_position and friends share. */
    static void requireOneDimension(PgArray array, String message) {
        if (array.dimensionCount() > 1) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, message);
        }
    }

    /** Rejects element types with no equality operator (json). */
    static void requireEquality(PgType elementType) {
        if (elementType == PgType.JSON) {
            throw DsqlException.of(SqlState.UNDEFINED_FUNCTION, "could not identify an equality operator for type %s",
                    OverloadResolver.typeText(elementType));
        }
    }
}
