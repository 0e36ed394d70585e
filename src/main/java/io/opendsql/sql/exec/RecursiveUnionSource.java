package io.opendsql.sql.exec;

import io.opendsql.sql.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * WITH RECURSIVE's union, evaluated as PostgreSQL's RecursiveUnion: the non-recursive term's rows, then rounds
 * of the recursive term, each reading the rows the previous round added as its working table, until a round
 * adds none. Rows are returned as they are produced, so a reader that stops early stops the recursion. UNION
 * without ALL drops rows equal to one already returned.
 */
final class RecursiveUnionSource implements RowSource {
    private final Plan.RecursiveUnion union;
    private final ExecContext context;
    private final Frames outer;
    private final TreeSet<Object[]> seen;
    private RowSource current;
    private List<Object[]> added = new ArrayList<>();
    private boolean done;

    RecursiveUnionSource(Plan.RecursiveUnion union, ExecContext context, Frames outer) {
        this.union = union;
        this.context = context;
        this.outer = outer;
        this.seen = union.all() ? null : new TreeSet<>(RowOrder.rows(union.columns(), union.columns().size()));
        this.current = Executor.open(union.initial(), context, outer);
    }

    @Override
    public Object[] next() {
        while (!done) {
            Object[] row = current.next();
            if (row == null) {
                current.close();
                current = null;
                if (added.isEmpty()) {
                    done = true;
                    return null;
                }
                context.checkCancel();
                context.cache().workTable(union.key(), added);
                added = new ArrayList<>();
                current = Executor.open(union.recursive(), context, outer);
                continue;
            }
            if (seen != null && !seen.add(row)) {
                continue;
            }
            added.add(row);
            return row;
        }
        return null;
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
