package io.opendsql.sql.exec;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.PgArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code ARRAY(SELECT array …)}: arrays of one shape stacked into an array of one more dimension. */
final class ArrayOfArrays {
    private ArrayOfArrays() {
    }

    static PgArray of(List<Object> arrays) {
        if (arrays.isEmpty()) {
            return PgArray.empty();
        }
        PgArray first = null;
        List<Object> elements = new ArrayList<>();
        for (Object value : arrays) {
            if (value == null) {
                throw DsqlException.of(SqlState.NULL_VALUE_NOT_ALLOWED, "cannot accumulate null arrays");
            }
            PgArray array = (PgArray) value;
            if (array.dimensions().length == 0) {
                throw DsqlException.of(SqlState.ARRAY_SUBSCRIPT_ERROR, "cannot accumulate empty arrays");
            }
            if (first == null) {
                first = array;
            } else if (!Arrays.equals(first.dimensions(), array.dimensions())
                    || !Arrays.equals(first.lowerBounds(), array.lowerBounds())) {
                throw DsqlException.of(SqlState.ARRAY_SUBSCRIPT_ERROR,
                        "cannot accumulate arrays of different dimensionality");
            }
            elements.addAll(array.elements());
        }
        int rank = first.dimensions().length;
        int[] dimensions = new int[rank + 1];
        int[] lowerBounds = new int[rank + 1];
        dimensions[0] = arrays.size();
        lowerBounds[0] = 1;
        System.arraycopy(first.dimensions(), 0, dimensions, 1, rank);
        System.arraycopy(first.lowerBounds(), 0, lowerBounds, 1, rank);
        return new PgArray(dimensions, lowerBounds, elements);
    }
}
