package io.opendsql.sql.exec;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.plan.Plan;
import io.opendsql.sql.plan.SortKey;
import io.opendsql.sql.types.PgType;
import java.util.List;

/** FETCH FIRST n ROWS WITH TIES: after OFFSET, n rows, then the rows whose sort keys equal the n-th row's. */
final class LimitWithTiesSource implements RowSource {
    private final RowSource input;
    private final List<BoundExpr> keys;
    private final Evaluator evaluator;
    private final PgType[] types;
    private long toSkip;
    private long remaining;
    private Object[] last;
    private boolean done;

    LimitWithTiesSource(RowSource input, Plan.LimitWithTies limit, Evaluator evaluator) {
        this.input = input;
        this.keys = limit.keys().stream().map(SortKey::expr).toList();
        this.evaluator = evaluator;
        this.types = keys.stream().map(k -> k.type().type()).toArray(PgType[]::new);
        if (limit.offset() != null) {
            Long value = (Long) evaluator.eval(limit.offset());
            if (value != null && value < 0) {
                input.close();
                throw DsqlException.of(SqlState.INVALID_ROW_COUNT_IN_RESULT_OFFSET_CLAUSE, "OFFSET must not be negative");
            }
            toSkip = value == null ? 0 : value;
        }
        Long count = (Long) evaluator.eval(limit.limit());
        if (count == null) {
            input.close();
            throw DsqlException.of(SqlState.INVALID_ROW_COUNT_IN_LIMIT_CLAUSE,
                    "row count cannot be null in FETCH FIRST ... WITH TIES clause");
        }
        if (count < 0) {
            input.close();
            throw DsqlException.of(SqlState.INVALID_ROW_COUNT_IN_LIMIT_CLAUSE, "LIMIT must not be negative");
        }
        remaining = count;
    }

    @Override
    public Object[] next() {
        if (done) {
            return null;
        }
        while (toSkip > 0) {
            if (input.next() == null) {
                done = true;
                return null;
            }
            toSkip--;
        }
        if (remaining == 0 && last == null) {
            done = true;
            return null;
        }
        Object[] row = input.next();
        if (row == null) {
            done = true;
            return null;
        }
        Object[] current = DistinctOnSource.evaluate(keys, evaluator.row(row));
        if (remaining > 0) {
            remaining--;
            if (remaining == 0) {
                last = current;
            }
            return row;
        }
        if (DistinctOnSource.equal(types, last, current)) {
            return row;
        }
        done = true;
        return null;
    }

    @Override
    public void close() {
        input.close();
    }
}
