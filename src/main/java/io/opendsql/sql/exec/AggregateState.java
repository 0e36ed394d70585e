package io.opendsql.sql.exec;

import io.opendsql.sql.func.FunctionContext;
import io.opendsql.sql.func.aggregate.Accumulator;
import io.opendsql.sql.plan.AggregateCall;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.ValueSize;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The state of one aggregate call in one group. A plain call feeds its accumulator row by row; a call with
 * DISTINCT or an ORDER BY (and every ordered-set aggregate) keeps its rows, then sorts them (DISTINCT without
 * ORDER BY sorts by the arguments, as PostgreSQL does), drops duplicates, and feeds them in that order.
 */
abstract sealed class AggregateState {
    /** Adds one row's argument values (and ORDER BY key values, or null); returns the bytes it now also holds. */
    abstract long add(Object[] args, Object[] sortValues);

    /** The aggregate's value; {@code direct} holds an ordered-set aggregate's direct arguments, else null. */
    abstract Object result(Object[] direct);

    static AggregateState of(AggregateCall call, FunctionContext context) {
        return call.buffered() || call.function().orderedSet() ? new Buffered(call, context)
                : new Streaming(call.function().start(new Object[0], context));
    }

    private static final class Streaming extends AggregateState {
        private final Accumulator accumulator;

        Streaming(Accumulator accumulator) {
            this.accumulator = accumulator;
        }

        @Override
        long add(Object[] args, Object[] sortValues) {
            long before = accumulator.heldBytes();
            accumulator.add(args);
            return accumulator.heldBytes() - before;
        }

        @Override
        Object result(Object[] direct) {
            return accumulator.result();
        }
    }

    private static final class Buffered extends AggregateState {
        private final AggregateCall call;
        private final FunctionContext context;
        private final List<Object[][]> rows = new ArrayList<>();

        Buffered(AggregateCall call, FunctionContext context) {
            this.call = call;
            this.context = context;
        }

        @Override
        long add(Object[] args, Object[] sortValues) {
            rows.add(new Object[][] {args, sortValues});
            return 32 + ValueSize.ofRow(args) + (sortValues == null ? 0 : ValueSize.ofRow(sortValues));
        }

        @Override
        Object result(Object[] direct) {
            PgType[] argTypes = new PgType[call.args().size()];
            for (int i = 0; i < argTypes.length; i++) {
                argTypes[i] = call.args().get(i).type().type();
            }
            Comparator<Object[][]> order = null;
            if (!call.orderBy().isEmpty()) {
                Comparator<Object[]> keys = KeyOrder.sorting(call.orderBy());
                order = (a, b) -> keys.compare(a[1], b[1]);
            }
            if (call.distinct()) {
                Comparator<Object[]> byArgs = KeyOrder.ascending(argTypes);
                Comparator<Object[][]> argOrder = (a, b) -> byArgs.compare(a[0], b[0]);
                order = order == null ? argOrder : order.thenComparing(argOrder);
            }
            List<Object[][]> sorted = new ArrayList<>(rows);
            if (order != null) {
                sorted.sort(order);
            }
            Accumulator accumulator = call.function().start(direct == null ? new Object[0] : direct, context);
            Object[] previous = null;
            for (Object[][] row : sorted) {
                if (call.distinct() && previous != null && KeyOrder.equal(argTypes, previous, row[0])) {
                    continue;
                }
                previous = row[0];
                accumulator.add(row[0]);
            }
            return accumulator.result();
        }
    }
}
