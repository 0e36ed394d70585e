package io.opendsql.sql.func.aggregate;

import io.opendsql.sql.types.Numeric;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * numeric.c's NumericAggState for sums: the count and exact sum of finite inputs, the counts of NaN and
 * infinite inputs apart, and how many inputs had each display scale, so the sum's display scale is the largest
 * scale among the inputs still counted (as PostgreSQL's result after an inverse transition), and the exact sum
 * of squares when the variance needs it.
 */
final class NumericSum {
    private final boolean squares;
    private long count;
    private long nanCount;
    private long positiveInfinities;
    private long negativeInfinities;
    private BigDecimal sum = BigDecimal.ZERO;
    private BigDecimal sumOfSquares = BigDecimal.ZERO;
    private int[] scales = new int[4];

    NumericSum(boolean squares) {
        this.squares = squares;
    }

    void add(Numeric value) {
        change(value, 1);
    }

    void remove(Numeric value) {
        change(value, -1);
    }

    private void change(Numeric value, int sign) {
        switch (value.kind()) {
            case NAN -> nanCount += sign;
            case POSITIVE_INFINITY -> positiveInfinities += sign;
            case NEGATIVE_INFINITY -> negativeInfinities += sign;
            case FINITE -> {
                BigDecimal x = value.decimal();
                count += sign;
                sum = sign > 0 ? sum.add(x) : sum.subtract(x);
                if (squares) {
                    BigDecimal square = x.multiply(x);
                    sumOfSquares = sign > 0 ? sumOfSquares.add(square) : sumOfSquares.subtract(square);
                }
                int scale = x.scale();
                if (scale >= scales.length) {
                    scales = Arrays.copyOf(scales, Math.max(scale + 1, scales.length * 2));
                }
                scales[scale] += sign;
            }
        }
    }

    /** Inputs seen, NaN and infinities included (NA_TOTAL_COUNT). */
    long totalCount() {
        return count + nanCount + positiveInfinities + negativeInfinities;
    }

    /** Finite inputs (N). */
    long count() {
        return count;
    }

    boolean hasSpecial() {
        return nanCount + positiveInfinities + negativeInfinities > 0;
    }

    /** NaN, an infinity, or null when every input was finite: the sum's special result as numeric_sum gives it. */
    Numeric special() {
        if (nanCount > 0 || (positiveInfinities > 0 && negativeInfinities > 0)) {
            return Numeric.NAN;
        }
        if (positiveInfinities > 0) {
            return Numeric.POSITIVE_INFINITY;
        }
        return negativeInfinities > 0 ? Numeric.NEGATIVE_INFINITY : null;
    }

    /** The largest display scale among the finite inputs counted. */
    int scale() {
        for (int s = scales.length - 1; s > 0; s--) {
            if (scales[s] > 0) {
                return s;
            }
        }
        return 0;
    }

    /** The exact sum of finite inputs at {@link #scale()}. */
    BigDecimal sum() {
        return sum.setScale(scale());
    }

    /** The exact sum of squares at twice {@link #scale()}. */
    BigDecimal sumOfSquares() {
        return sumOfSquares.setScale(2 * scale());
    }
}
