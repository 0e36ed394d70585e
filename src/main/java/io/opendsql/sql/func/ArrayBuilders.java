package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.PgArray;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Functions that build arrays from other values: string_to_array and array_fill. */
final class ArrayBuilders {
    /** MaxArraySize: the most elements an array may have. */
    private static final long MAX_ELEMENTS = 134217727L;

    private ArrayBuilders() {
    }

    /**
     * string_to_array: fields between delimiters (each character when the delimiter is NULL, the
     * whole string when it is empty); fields equal to {@code nullString} become NULL.
     */
    static PgArray split(String input, String delimiter, String nullString) {
        if (input == null) {
            return null;
        }
        if (input.isEmpty()) {
            return PgArray.empty();
        }
        List<Object> fields = new ArrayList<>();
        if (delimiter == null) {
            input.codePoints().forEach(cp -> fields.add(field(Character.toString(cp), nullString)));
        } else if (delimiter.isEmpty()) {
            fields.add(field(input, nullString));
        } else {
            int start = 0;
            while (true) {
                int next = input.indexOf(delimiter, start);
                if (next < 0) {
                    fields.add(field(input.substring(start), nullString));
                    break;
                }
                fields.add(field(input.substring(start, next), nullString));
                start = next + delimiter.length();
            }
        }
        return PgArray.of(fields);
    }

    private static String field(String text, String nullString) {
        return nullString != null && text.equals(nullString) ? null : text;
    }

    /** array_fill: {@code value} repeated to the dimensions, with the given lower bounds (default 1). */
    static PgArray fill(Object value, PgArray dims, PgArray lower, boolean withLower) {
        if (dims == null || (withLower && lower == null)) {
            throw DsqlException.of(SqlState.NULL_VALUE_NOT_ALLOWED,
                    "dimension array or low bound array cannot be null");
        }
        int[] dimensions = bounds(dims);
        int[] lowerBounds;
        if (lower != null) {
            lowerBounds = bounds(lower);
            if (lowerBounds.length != dimensions.length) {
                throw DsqlException.of(SqlState.ARRAY_SUBSCRIPT_ERROR, "wrong number of array subscripts")
                        .detail("Low bound array has different size than dimensions array.");
            }
        } else {
            lowerBounds = new int[dimensions.length];
            java.util.Arrays.fill(lowerBounds, 1);
        }
        if (dimensions.length > ArrayValues.MAX_DIMENSIONS) {
            throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "number of array dimensions (%d) exceeds the maximum allowed (%d)", dimensions.length,
                    ArrayValues.MAX_DIMENSIONS);
        }
        long count = dimensions.length == 0 ? 0 : 1;
        for (int d : dimensions) {
            if (d < 0) {
                throw tooLarge();
            }
            count *= d;
            if (count > MAX_ELEMENTS) {
                throw tooLarge();
            }
        }
        for (int i = 0; i < dimensions.length; i++) {
            if ((long) lowerBounds[i] + dimensions[i] > Integer.MAX_VALUE) {
                throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED, "array lower bound is too large: %d",
                        lowerBounds[i]);
            }
        }
        if (count == 0) {
            return PgArray.empty();
        }
        return new PgArray(dimensions, lowerBounds, Collections.nCopies((int) count, value));
    }

    private static DsqlException tooLarge() {
        return DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED, "array size exceeds the maximum allowed (%d)",
                MAX_ELEMENTS);
    }

    private static int[] bounds(PgArray array) {
        if (array.dimensionCount() > 1) {
            throw DsqlException.of(SqlState.ARRAY_SUBSCRIPT_ERROR, "wrong number of array subscripts")
                    .detail("Dimension array must be one dimensional.");
        }
        int[] out = new int[array.elements().size()];
        for (int i = 0; i < out.length; i++) {
            Object v = array.elements().get(i);
            if (v == null) {
                throw DsqlException.of(SqlState.NULL_VALUE_NOT_ALLOWED, "dimension values cannot be null");
            }
            out[i] = (Integer) v;
        }
        return out;
    }
}
