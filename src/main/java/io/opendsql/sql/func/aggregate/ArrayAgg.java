package io.opendsql.sql.func.aggregate;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.PgArray;
import io.opendsql.sql.types.ValueSize;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * array_agg: of non-array values (NULLs kept), a one-dimensional array; of arrays, an array of one more
 * dimension, the inputs all of the same dimensions (PostgreSQL's errors for NULL, empty and mismatched inputs).
 * NULL when no row was added.
 */
final class ArrayAgg implements Accumulator {
    private final boolean ofArrays;
    private final List<Object> elements = new ArrayList<>();
    private int rows;
    private int[] innerDimensions;
    private int[] innerLowerBounds;
    private long held;

    ArrayAgg(boolean ofArrays) {
        this.ofArrays = ofArrays;
    }

    @Override
    public void add(Object[] args) {
        Object value = args[0];
        if (!ofArrays) {
            elements.add(value);
            rows++;
            held += 16 + ValueSize.of(value);
            return;
        }
        if (value == null) {
            throw DsqlException.of(SqlState.NULL_VALUE_NOT_ALLOWED, "cannot accumulate null arrays");
        }
        PgArray array = (PgArray) value;
        if (array.dimensionCount() == 0) {
            throw DsqlException.of(SqlState.ARRAY_SUBSCRIPT_ERROR, "cannot accumulate empty arrays");
        }
        if (innerDimensions == null) {
            innerDimensions = array.dimensions();
            innerLowerBounds = array.lowerBounds();
        } else if (!Arrays.equals(innerDimensions, array.dimensions())
                || !Arrays.equals(innerLowerBounds, array.lowerBounds())) {
            throw DsqlException.of(SqlState.ARRAY_SUBSCRIPT_ERROR, "cannot accumulate arrays of different dimensionality");
        }
        elements.addAll(array.elements());
        rows++;
        held += ValueSize.of(value);
    }

    @Override
    public Object result() {
        if (rows == 0) {
            return null;
        }
        if (!ofArrays) {
            return PgArray.of(elements);
        }
        int[] dimensions = new int[innerDimensions.length + 1];
        int[] lowerBounds = new int[innerDimensions.length + 1];
        dimensions[0] = rows;
        lowerBounds[0] = 1;
        System.arraycopy(innerDimensions, 0, dimensions, 1, innerDimensions.length);
        System.arraycopy(innerLowerBounds, 0, lowerBounds, 1, innerLowerBounds.length);
        return new PgArray(dimensions, lowerBounds, elements);
    }

    @Override
    public long heldBytes() {
        return held;
    }
}
