package io.opendsql.sql.func.aggregate;

import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.ValueOrder;

/**
 * min and max through the type's btree order. On a tie the later input wins, as the *_larger / *_smaller
 * functions return their second argument then, except for bpchar, whose functions keep the first.
 */
final class Extreme implements Accumulator {
    private final PgType type;
    private final boolean max;
    private Object best;

    Extreme(PgType type, boolean max) {
        this.type = type;
        this.max = max;
    }

    @Override
    public void add(Object[] args) {
        Object value = args[0];
        if (value == null) {
            return;
        }
        if (best == null) {
            best = value;
            return;
        }
        int cmp = ValueOrder.compare(type, value, best);
        if (max ? cmp > 0 : cmp < 0) {
            best = value;
        } else if (cmp == 0 && type != PgType.BPCHAR) {
            best = value;
        }
    }

    @Override
    public Object result() {
        return best;
    }
}
