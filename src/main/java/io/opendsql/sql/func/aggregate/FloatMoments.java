package io.opendsql.sql.func.aggregate;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;

/**
 * avg, variance and standard deviation of float4 and float8 inputs: float8_accum's Youngs-Cramer state
 * {N, Sx, Sxx} and the float8_avg / float8_var_* / float8_stddev_* final functions, step for step so the
 * results round as PostgreSQL's do.
 */
final class FloatMoments implements Accumulator {
    private final Statistic statistic;
    private double n;
    private double sx;
    private double sxx;

    FloatMoments(Statistic statistic) {
        this.statistic = statistic;
    }

    @Override
    public void add(Object[] args) {
        if (args[0] == null) {
            return;
        }
        double value = ((Number) args[0]).doubleValue();
        double previousN = n;
        double previousSx = sx;
        n += 1.0;
        sx += value;
        if (previousN > 0.0) {
            double tmp = value * n - sx;
            sxx += tmp * tmp / (n * previousN);
            if (Double.isInfinite(sx) || Double.isInfinite(sxx)) {
                if (!Double.isInfinite(previousSx) && !Double.isInfinite(value)) {
                    throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
                }
                sxx = Double.NaN;
            }
        } else if (Double.isNaN(value) || Double.isInfinite(value)) {
            sxx = Double.NaN;
        }
    }

    @Override
    public Object result() {
        if (statistic == Statistic.AVG) {
            return n == 0.0 ? null : sx / n;
        }
        if (statistic.sample() ? n <= 1.0 : n == 0.0) {
            return null;
        }
        double variance = sxx / (statistic.sample() ? n - 1.0 : n);
        return statistic.root() ? Math.sqrt(variance) : variance;
    }
}
