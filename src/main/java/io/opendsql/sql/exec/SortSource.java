package io.opendsql.sql.exec;

import io.opendsql.sql.plan.SortKey;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads its whole input, then returns it sorted (stable, so equal keys keep input order). */
final class SortSource implements RowSource {
    private final RowSource input;
    private final List<SortKey> keys;
    private final Evaluator evaluator;
    private final ExecContext context;
    private List<Object[]> sorted;
    private int next;

    SortSource(RowSource input, List<SortKey> keys, Evaluator evaluator, ExecContext context) {
        this.input = input;
        this.keys = keys;
        this.evaluator = evaluator;
        this.context = context;
    }

    @Override
    public Object[] next() {
        if (sorted == null) {
            sort();
        }
        if (next >= sorted.size()) {
            return null;
        }
        Object[] row = sorted.get(next);
        sorted.set(next++, null);
        return row;
    }

    private void sort() {
        int n = keys.size();
        PgType[] types = new PgType[n];
        for (int k = 0; k < n; k++) {
            types[k] = keys.get(k).expr().type().type();
        }
        List<Object[]> keyed = new ArrayList<>();
        long count = 0;
        for (Object[] row = input.next(); row != null; row = input.next()) {
            if ((++count & 1023) == 0) {
                context.checkCancel();
            }
            evaluator.row(row);
            Object[] values = new Object[n];
            for (int k = 0; k < n; k++) {
                values[k] = evaluator.eval(keys.get(k).expr());
            }
            keyed.add(new Object[] {row, values});
        }
        Comparator<Object[]> order = (x, y) -> {
            Object[] a = (Object[]) x[1];
            Object[] b = (Object[]) y[1];
            for (int k = 0; k < n; k++) {
                SortKey key = keys.get(k);
                int cmp;
                if (a[k] == null || b[k] == null) {
                    cmp = RowOrder.compare(types[k], a[k], b[k], key.nullsFirst());
                } else {
                    cmp = RowOrder.compare(types[k], a[k], b[k], false);
                    if (key.descending()) {
                        cmp = -cmp;
                    }
                }
                if (cmp != 0) {
                    return cmp;
                }
            }
            return 0;
        };
        keyed.sort(order);
        sorted = new ArrayList<>(keyed.size());
        for (Object[] pair : keyed) {
            sorted.add((Object[]) pair[0]);
        }
    }

    @Override
    public void close() {
        input.close();
    }
}
