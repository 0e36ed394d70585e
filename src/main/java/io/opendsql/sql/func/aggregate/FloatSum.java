package io.opendsql.sql.func.aggregate;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;

/**
 * sum(float4) (float4) and sum(float8): float4pl / float8pl from the first input on, with their overflow
 * check ({@code 22003 value out of range: overflow} when finite inputs give an infinite sum).
 */
final class FloatSum implements Accumulator {
    private final boolean single;
    private boolean any;
    private double sum;

    FloatSum(boolean single) {
        this.single = single;
    }

    @Override
    public void add(Object[] args) {
        if (args[0] == null) {
            return;
        }
        double value = ((Number) args[0]).doubleValue();
        if (!any) {
            sum = value;
            any = true;
            return;
        }
        double result = single ? (double) ((float) sum + (float) value) : sum + value;
        if (Double.isInfinite(result) && !Double.isInfinite(sum) && !Double.isInfinite(value)) {
            throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
        }
        sum = result;
    }

    @Override
    public Object result() {
        if (!any) {
            return null;
        }
        return single ? (Object) (float) sum : (Object) sum;
    }
}
