package io.opendsql.sql.func.aggregate;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Interval;
import io.opendsql.sql.types.Numeric;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * sum and avg over the integer, numeric and interval types, with PostgreSQL's result types: sum(int2|int4) is
 * bigint ({@code 22003 bigint out of range}), sum(int8) and avg of any integer are numeric, avg divides as
 * numeric_div does (its result scale), and numeric sums and averages of NaN and infinities follow numeric.c.
 * Every one of them can take rows back, for moving window frames.
 */
final class Sums {
    private Sums() {
    }

    /** sum(int2), sum(int4): bigint. */
    static final class IntegerSum implements Accumulator {
        private long sum;
        private long count;

        @Override
        public void add(Object[] args) {
            if (args[0] != null) {
                try {
                    sum = Math.addExact(sum, ((Number) args[0]).longValue());
                } catch (ArithmeticException e) {
                    throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "bigint out of range");
                }
                count++;
            }
        }

        @Override
        public boolean removable() {
            return true;
        }

        @Override
        public void remove(Object[] args) {
            if (args[0] != null) {
                sum -= ((Number) args[0]).longValue();
                count--;
            }
        }

        @Override
        public Object result() {
            return count == 0 ? null : sum;
        }
    }

    /** sum(int8) (numeric) and avg of the integer types (numeric, numeric_div of sum by count). */
    static final class WideIntegerSum implements Accumulator {
        private final boolean average;
        private long sum;
        private BigInteger overflow = BigInteger.ZERO;
        private long count;

        WideIntegerSum(boolean average) {
            this.average = average;
        }

        @Override
        public void add(Object[] args) {
            if (args[0] != null) {
                change(((Number) args[0]).longValue());
                count++;
            }
        }

        private void change(long value) {
            long result = sum + value;
            if (((sum ^ result) & (value ^ result)) < 0) {
                overflow = overflow.add(BigInteger.valueOf(sum));
                result = value;
            }
            sum = result;
        }

        @Override
        public boolean removable() {
            return true;
        }

        @Override
        public void remove(Object[] args) {
            if (args[0] != null) {
                long value = ((Number) args[0]).longValue();
                if (value == Long.MIN_VALUE) {
                    overflow = overflow.subtract(BigInteger.valueOf(value));
                } else {
                    change(-value);
                }
                count--;
            }
        }

        @Override
        public Object result() {
            if (count == 0) {
                return null;
            }
            Numeric total = Numeric.of(new BigDecimal(overflow.add(BigInteger.valueOf(sum))));
            return average ? NumericOps.divide(total, Numeric.of(count)) : total;
        }
    }

    /** sum(numeric) and avg(numeric). */
    static final class NumericTotal implements Accumulator {
        private final boolean average;
        private final NumericSum state = new NumericSum(false);

        NumericTotal(boolean average) {
            this.average = average;
        }

        @Override
        public void add(Object[] args) {
            if (args[0] != null) {
                state.add((Numeric) args[0]);
            }
        }

        @Override
        public boolean removable() {
            return true;
        }

        @Override
        public void remove(Object[] args) {
            if (args[0] != null) {
                state.remove((Numeric) args[0]);
            }
        }

        @Override
        public Object result() {
            if (state.totalCount() == 0) {
                return null;
            }
            Numeric special = state.special();
            if (special != null) {
                return special;
            }
            Numeric total = Numeric.of(state.sum());
            return average ? NumericOps.divide(total, Numeric.of(state.count())) : total;
        }
    }

    /** sum(interval) and avg(interval) (interval_div by the count). */
    static final class IntervalTotal implements Accumulator {
        private final boolean average;
        private Interval sum = Interval.ZERO;
        private long count;

        IntervalTotal(boolean average) {
            this.average = average;
        }

        @Override
        public void add(Object[] args) {
            if (args[0] != null) {
                sum = IntervalMath.add(sum, (Interval) args[0], 1);
                count++;
            }
        }

        @Override
        public boolean removable() {
            return true;
        }

        @Override
        public void remove(Object[] args) {
            if (args[0] != null) {
                sum = IntervalMath.add(sum, (Interval) args[0], -1);
                count--;
            }
        }

        @Override
        public Object result() {
            if (count == 0) {
                return null;
            }
            return average ? IntervalMath.divide(sum, count) : sum;
        }
    }
}
