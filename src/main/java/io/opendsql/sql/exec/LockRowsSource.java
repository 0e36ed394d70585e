package io.opendsql.sql.exec;

import io.opendsql.sql.plan.Plan;

/** Locks the row keys of each row it passes on (OCC: the locks are adjudicated at COMMIT; nothing waits). */
final class LockRowsSource implements RowSource {
    private final RowSource input;
    private final Plan.LockRows plan;
    private final ExecContext context;

    LockRowsSource(RowSource input, Plan.LockRows plan, ExecContext context) {
        this.input = input;
        this.plan = plan;
        this.context = context;
    }

    @Override
    public Object[] next() {
        Object[] row = input.next();
        if (row == null) {
            return null;
        }
        for (int slot : plan.keySlots()) {
            byte[] key = (byte[]) row[slot];
            if (key == null) {
                continue;
            }
            if (plan.keyShare()) {
                context.txn().lockForKeyShare(key);
            } else {
                context.txn().lockForUpdate(key);
            }
        }
        return row;
    }

    @Override
    public void close() {
        input.close();
    }
}
