package io.opendsql.sql.exec;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.func.aggregate.Accumulator;
import io.opendsql.sql.func.aggregate.AggregateFunction;
import io.opendsql.sql.func.aggregate.WindowFunction;
import io.opendsql.sql.parse.ast.WindowDef;
import io.opendsql.sql.plan.WindowCall;
import io.opendsql.sql.plan.WindowSpec;
import io.opendsql.sql.types.ValueSize;
import java.util.List;

/**
 * Computes one window function call over each partition: the ranking and offset functions from positions and
 * peer groups (nodeWindowAgg.c / windowfuncs.c), first_value / last_value / nth_value and aggregates from each
 * row's frame ({@link FrameBounds}). An aggregate's state follows the frame as it moves: rows entering are
 * added, rows leaving are taken back when the aggregate can (else it restarts over the frame), as PostgreSQL's
 * moving aggregates do.
 */
final class WindowCallRunner {
    private final WindowCall call;
    private final int column;
    private final Evaluator evaluator;
    private final ExecContext context;
    private final TempSpace space;
    private final WindowFunction builtin;
    private final AggregateFunction aggregate;
    private boolean offsetsEvaluated;
    private FrameBounds frame;
    private long stateHeld;

    WindowCallRunner(WindowCall call, int column, Evaluator evaluator, ExecContext context, TempSpace space) {
        this.call = call;
        this.column = column;
        this.evaluator = evaluator;
        this.context = context;
        this.space = space;
        this.builtin = call.function() instanceof WindowCall.Builtin b ? b.kind() : null;
        this.aggregate = call.function() instanceof WindowCall.Aggregate a ? a.function() : null;
    }

    void run(WindowPartition partition, List<Object[]> rows, Object[][] results) {
        int n = partition.size();
        Object[][] args = new Object[n][];
        boolean[] included = new boolean[n];
        long held = 0;
        for (int i = 0; i < n; i++) {
            evaluator.row(rows.get(partition.row(i)));
            args[i] = new Object[call.args().size()];
            for (int a = 0; a < args[i].length; a++) {
                args[i][a] = evaluator.eval(call.args().get(a));
            }
            included[i] = call.filter() == null || Boolean.TRUE.equals(evaluator.eval(call.filter()));
            long bytes = ValueSize.ofRow(args[i]);
            space.add(bytes);
            held += bytes;
        }
        if (needsFrame()) {
            prepareFrame(rows.get(partition.row(0)));
        }
        try {
            compute(partition, args, included, results);
        } finally {
            space.release(held);
        }
    }

    private void compute(WindowPartition partition, Object[][] args, boolean[] included, Object[][] results) {
        int n = partition.size();
        if (needsFrame()) {
            frame.reset(partition);
        }
        if (aggregate != null) {
            aggregate(partition, args, included, results);
            return;
        }
        Ntile ntile = new Ntile();
        for (int i = 0; i < n; i++) {
            Object value = switch (builtin) {
                case ROW_NUMBER -> (long) i + 1;
                case RANK -> (long) partition.peerStart(i) + 1;
                case DENSE_RANK -> (long) partition.group(i) + 1;
                case PERCENT_RANK -> n > 1 ? (double) partition.peerStart(i) / (n - 1) : 0.0;
                case CUME_DIST -> (double) partition.peerEnd(i) / n;
                case NTILE -> ntile.next(args[i][0], n);
                case LAG, LEAD -> shifted(args, i, builtin == WindowFunction.LAG);
                case FIRST_VALUE, LAST_VALUE, NTH_VALUE -> frameValue(args, i);
            };
            results[partition.row(i)][column] = value;
        }
    }

    private boolean needsFrame() {
        return aggregate != null || builtin == WindowFunction.FIRST_VALUE || builtin == WindowFunction.LAST_VALUE
                || builtin == WindowFunction.NTH_VALUE;
    }

    /** Evaluates the frame offsets on the first partition, as PostgreSQL does when it begins one. */
    private void prepareFrame(Object[] row) {
        if (offsetsEvaluated) {
            return;
        }
        WindowSpec.Frame spec = call.window().frame();
        evaluator.row(row);
        Object start = spec.start().hasOffset() ? evaluator.eval(spec.start().offset()) : null;
        Object end = spec.end().hasOffset() ? evaluator.eval(spec.end().offset()) : null;
        if (spec.start().hasOffset()) {
            FrameBounds.checkOffset(start, true, spec.mode());
        }
        if (spec.end().hasOffset()) {
            FrameBounds.checkOffset(end, false, spec.mode());
        }
        InRange inRange = null;
        boolean ascending = true;
        boolean nullsFirst = false;
        if (!call.window().orderBy().isEmpty()) {
            ascending = !call.window().orderBy().get(0).descending();
            nullsFirst = call.window().orderBy().get(0).nullsFirst();
        }
        if (spec.mode() == WindowDef.FrameMode.RANGE && (spec.start().hasOffset() || spec.end().hasOffset())) {
            WindowSpec.Bound withOffset = spec.start().hasOffset() ? spec.start() : spec.end();
            inRange = new InRange(call.window().orderBy().get(0).expr().type().type(),
                    withOffset.offset().type().type(), context.functions());
        }
        frame = new FrameBounds(spec, start, end, inRange, ascending, nullsFirst);
        offsetsEvaluated = true;
    }

    private Object shifted(Object[][] args, int i, boolean lag) {
        long offset = 1;
        if (args[i].length > 1) {
            if (args[i][1] == null) {
                return null;
            }
            offset = ((Number) args[i][1]).longValue();
        }
        long target = lag ? i - offset : i + offset;
        if (target >= 0 && target < args.length) {
            return args[(int) target][0];
        }
        return args[i].length > 2 ? args[i][2] : null;
    }

    private Object frameValue(Object[][] args, int i) {
        frame.moveTo(i);
        int[] intervals = frame.intervals();
        if (intervals.length == 0) {
            return null;
        }
        return switch (builtin) {
            case FIRST_VALUE -> args[intervals[0]][0];
            case LAST_VALUE -> args[intervals[intervals.length - 1] - 1][0];
            default -> {
                Object nth = args[i][1];
                if (nth == null) {
                    yield null;
                }
                int wanted = (Integer) nth;
                if (wanted <= 0) {
                    throw DsqlException.of(SqlState.INVALID_ARGUMENT_FOR_NTH_VALUE_FUNCTION,
                            "argument of nth_value must be greater than zero");
                }
                long remaining = wanted - 1;
                for (int k = 0; k < intervals.length; k += 2) {
                    int size = intervals[k + 1] - intervals[k];
                    if (remaining < size) {
                        yield args[intervals[k] + (int) remaining][0];
                    }
                    remaining -= size;
                }
                yield null;
            }
        };
    }

    private void aggregate(WindowPartition partition, Object[][] args, boolean[] included, Object[][] results) {
        Accumulator state = null;
        int stateHead = 0;
        int stateTail = 0;
        try {
            for (int i = 0; i < partition.size(); i++) {
                frame.moveTo(i);
                if (!frame.contiguous()) {
                    state = restart();
                    int[] intervals = frame.intervals();
                    for (int k = 0; k < intervals.length; k += 2) {
                        add(state, args, included, intervals[k], intervals[k + 1]);
                    }
                } else {
                    int head = frame.head();
                    int tail = frame.tail();
                    if (state != null && head == stateHead && tail >= stateTail) {
                        add(state, args, included, stateTail, tail);
                    } else if (state != null && state.removable() && head >= stateHead && head <= stateTail
                            && tail >= stateTail) {
                        for (int r = stateHead; r < head; r++) {
                            if (included[r]) {
                                state.remove(args[r]);
                            }
                        }
                        add(state, args, included, stateTail, tail);
                    } else {
                        state = restart();
                        add(state, args, included, head, tail);
                    }
                    stateHead = head;
                    stateTail = tail;
                }
                results[partition.row(i)][column] = state.result();
            }
        } finally {
            space.release(stateHeld);
            stateHeld = 0;
        }
    }

    /** A fresh state for the frame; what the previous one held no longer counts. */
    private Accumulator restart() {
        space.release(stateHeld);
        stateHeld = 0;
        return aggregate.start(new Object[0], context.functions());
    }

    private void add(Accumulator state, Object[][] args, boolean[] included, int from, int to) {
        for (int r = from; r < to; r++) {
            if (included[r]) {
                long before = state.heldBytes();
                state.add(args[r]);
                long grown = state.heldBytes() - before;
                space.add(grown);
                stateHeld += grown;
            }
        }
    }

    /** ntile's per-partition state, as window_ntile keeps it. */
    private static final class Ntile {
        private int bucket;
        private long rowsInBucket;
        private long boundary;
        private long remainder;

        Object next(Object argument, long total) {
            if (bucket == 0) {
                if (argument == null) {
                    return null;
                }
                int buckets = (Integer) argument;
                if (buckets <= 0) {
                    throw DsqlException.of(SqlState.INVALID_ARGUMENT_FOR_NTILE_FUNCTION,
                            "argument of ntile must be greater than zero");
                }
                bucket = 1;
                rowsInBucket = 0;
                boundary = total / buckets;
                if (boundary <= 0) {
                    boundary = 1;
                } else {
                    remainder = total % buckets;
                    if (remainder != 0) {
                        boundary++;
                    }
                }
            }
            rowsInBucket++;
            if (boundary < rowsInBucket) {
                if (remainder != 0 && bucket == remainder) {
                    remainder = 0;
                    boundary -= 1;
                }
                bucket++;
                rowsInBucket = 1;
            }
            return bucket;
        }
    }
}
