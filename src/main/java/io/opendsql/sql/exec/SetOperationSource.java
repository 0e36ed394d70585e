package io.opendsql.sql.exec;

import io.opendsql.sql.parse.ast.SelectBody;
import io.opendsql.sql.plan.Plan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

/**
 * UNION, INTERSECT and EXCEPT, with or without ALL. UNION ALL streams; the others count the right side's
 * rows per distinct value first, then filter the left side (UNION: both sides) against the counts.
 */
final class SetOperationSource implements RowSource {
    private final Plan.SetOperation set;
    private final RowSource left;
    private final RowSource right;
    private final Comparator<Object[]> order;
    private final ExecContext context;
    private Iterator<Object[]> results;
    private boolean leftDone;

    SetOperationSource(Plan.SetOperation set, RowSource left, RowSource right, ExecContext context) {
        this.set = set;
        this.left = left;
        this.right = right;
        this.context = context;
        this.order = RowOrder.rows(set.columns(), set.columns().size());
    }

    @Override
    public Object[] next() {
        if (set.op() == SelectBody.SetOp.UNION && set.all()) {
            if (!leftDone) {
                Object[] row = left.next();
                if (row != null) {
                    return row;
                }
                leftDone = true;
            }
            return right.next();
        }
        if (results == null) {
            results = compute().iterator();
        }
        return results.hasNext() ? results.next() : null;
    }

    private List<Object[]> compute() {
        List<Object[]> out = new ArrayList<>();
        if (set.op() == SelectBody.SetOp.UNION) {
            TreeMap<Object[], Boolean> seen = new TreeMap<>(order);
            for (RowSource side : List.of(left, right)) {
                for (Object[] row = side.next(); row != null; row = side.next()) {
                    if (seen.putIfAbsent(row, Boolean.TRUE) == null) {
                        out.add(row);
                    }
                }
            }
            return out;
        }
        TreeMap<Object[], long[]> counts = new TreeMap<>(order);
        for (Object[] row = right.next(); row != null; row = right.next()) {
            counts.computeIfAbsent(row, r -> new long[1])[0]++;
        }
        TreeMap<Object[], Boolean> emitted = new TreeMap<>(order);
        long count = 0;
        for (Object[] row = left.next(); row != null; row = left.next()) {
            if ((++count & 1023) == 0) {
                context.checkCancel();
            }
            long[] match = counts.get(row);
            boolean present = match != null && match[0] > 0;
            boolean keep;
            if (set.all()) {
                keep = set.op() == SelectBody.SetOp.INTERSECT ? present : !present;
                if (present) {
                    match[0]--;
                }
            } else {
                keep = (set.op() == SelectBody.SetOp.INTERSECT) == (match != null)
                        && emitted.putIfAbsent(row, Boolean.TRUE) == null;
            }
            if (keep) {
                out.add(row);
            }
        }
        return out;
    }

    @Override
    public void close() {
        left.close();
        right.close();
    }
}
