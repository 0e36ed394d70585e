package io.opendsql.sql.exec;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.plan.Plan;

/** Skips OFFSET rows, then returns at most LIMIT rows and stops reading its input. */
final class LimitSource implements RowSource {
    private final RowSource input;
    private long toSkip;
    private long remaining;

    private LimitSource(RowSource input, long offset, long limit) {
        this.input = input;
        this.toSkip = offset;
        this.remaining = limit;
    }

    static LimitSource of(RowSource input, Plan.Limit limit, Evaluator evaluator) {
        long offset = 0;
        if (limit.offset() != null) {
            Long value = (Long) evaluator.eval(limit.offset());
            if (value != null && value < 0) {
                input.close();
                throw DsqlException.of(SqlState.INVALID_ROW_COUNT_IN_RESULT_OFFSET_CLAUSE, "OFFSET must not be negative");
            }
            offset = value == null ? 0 : value;
        }
        long count = Long.MAX_VALUE;
        if (limit.limit() != null) {
            Long value = (Long) evaluator.eval(limit.limit());
            if (value != null && value < 0) {
                input.close();
                throw DsqlException.of(SqlState.INVALID_ROW_COUNT_IN_LIMIT_CLAUSE, "LIMIT must not be negative");
            }
            count = value == null ? Long.MAX_VALUE : value;
        }
        return new LimitSource(input, offset, count);
    }

    @Override
    public Object[] next() {
        if (remaining <= 0) {
            return null;
        }
        while (toSkip > 0) {
            if (input.next() == null) {
                return null;
            }
            toSkip--;
        }
        Object[] row = input.next();
        if (row != null) {
            remaining--;
        }
        return row;
    }

    @Override
    public void close() {
        input.close();
    }
}
