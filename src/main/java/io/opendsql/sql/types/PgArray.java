package io.opendsql.sql.types;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An array value: its dimensions, the lower bound of each (1 unless written otherwise), and the
 * elements in row-major order (null for SQL NULL). An empty array has no dimensions.
 */
public record PgArray(int[] dimensions, int[] lowerBounds, List<Object> elements) {
    public PgArray {
        requireNonNull(dimensions, "dimensions");
        requireNonNull(lowerBounds, "lowerBounds");
        if (dimensions.length != lowerBounds.length) {
            throw new IllegalArgumentException("one lower bound per dimension");
        }
        long count = dimensions.length == 0 ? 0 : 1;
        for (int d : dimensions) {
            count *= d;
        }
        if (count != elements.size()) {
            throw new IllegalArgumentException("dimensions hold " + count + " elements, not " + elements.size());
        }
        dimensions = dimensions.clone();
        lowerBounds = lowerBounds.clone();
        elements = Collections.unmodifiableList(new ArrayList<>(elements));
    }

    public static PgArray empty() {
        return new PgArray(new int[0], new int[0], List.of());
    }

    /** A one-dimensional array with lower bound 1. */
    public static PgArray of(List<?> elements) {
        if (elements.isEmpty()) {
            return empty();
        }
        return new PgArray(new int[] {elements.size()}, new int[] {1}, new ArrayList<>(elements));
    }

    @Override
    public int[] dimensions() {
        return dimensions.clone();
    }

    @Override
    public int[] lowerBounds() {
        return lowerBounds.clone();
    }

    public int dimensionCount() {
        return dimensions.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PgArray a && Arrays.equals(dimensions, a.dimensions)
                && Arrays.equals(lowerBounds, a.lowerBounds) && elementsEqual(elements, a.elements);
    }

    private static boolean elementsEqual(List<Object> left, List<Object> right) {
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (!Arrays.deepEquals(new Object[] {left.get(i)}, new Object[] {right.get(i)})) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dimensions) * 31 + elements.size();
    }

    @Override
    public String toString() {
        return "PgArray" + Arrays.toString(dimensions) + Arrays.toString(lowerBounds) + elements;
    }
}
