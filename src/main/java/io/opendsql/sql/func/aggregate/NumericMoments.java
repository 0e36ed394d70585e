package io.opendsql.sql.func.aggregate;

import io.opendsql.sql.types.Numeric;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * variance and standard deviation of integer and numeric inputs as numeric_stddev_internal computes them:
 * {@code (N * sum(x^2) - sum(x)^2) / (N * (N - 1))} (or {@code N * N}) in exact numeric arithmetic, divided at
 * select_div_scale's scale, the square root taken at that scale; any NaN or infinite input gives NaN.
 */
final class NumericMoments implements Accumulator {
    private final Statistic statistic;
    private final NumericSum state = new NumericSum(true);

    NumericMoments(Statistic statistic) {
        this.statistic = statistic;
    }

    private static Numeric numeric(Object value) {
        return value instanceof Numeric n ? n : Numeric.of(((Number) value).longValue());
    }

    @Override
    public void add(Object[] args) {
        if (args[0] != null) {
            state.add(numeric(args[0]));
        }
    }

    @Override
    public boolean removable() {
        return true;
    }

    @Override
    public void remove(Object[] args) {
        if (args[0] != null) {
            state.remove(numeric(args[0]));
        }
    }

    @Override
    public Object result() {
        if (state.totalCount() == 0) {
            return null;
        }
        long n = state.count();
        if (statistic.sample() && state.totalCount() <= 1) {
            return null;
        }
        if (state.hasSpecial()) {
            return Numeric.NAN;
        }
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal sum = state.sum();
        int scale = sum.scale() * 2;
        BigDecimal numerator = count.multiply(state.sumOfSquares()).subtract(sum.multiply(sum)).setScale(scale);
        if (numerator.signum() <= 0) {
            return Numeric.ZERO;
        }
        BigDecimal denominator = count.multiply(statistic.sample() ? BigDecimal.valueOf(n - 1) : count);
        Numeric quotient = NumericOps.divide(Numeric.of(numerator), Numeric.of(denominator));
        if (!statistic.root()) {
            return quotient;
        }
        int resultScale = quotient.decimal().scale();
        return Numeric.of(NumericOps.sqrt(quotient.decimal(), resultScale).setScale(resultScale, RoundingMode.UNNECESSARY));
    }
}
