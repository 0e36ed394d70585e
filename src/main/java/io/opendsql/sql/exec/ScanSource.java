package io.opendsql.sql.exec;

import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.plan.Plan;
import io.opendsql.sql.table.TableStore;

/**
 * Rows of a table in key order, read from the transaction's snapshot plus its own writes: all of them, or
 * those under a primary-key prefix (a point read when the prefix is the whole key). The scan's filter is
 * applied as rows are decoded.
 */
final class ScanSource implements RowSource {
    private final ExecContext context;
    private final BoundExpr filter;
    private final Evaluator evaluator;
    private final TableStore.RowCursor cursor;
    private Object[] single;
    private boolean singleRead;
    private long scanned;

    ScanSource(Plan.Scan scan, ExecContext context, Frames outer) {
        this.context = context;
        this.filter = scan.filter();
        this.evaluator = context.evaluator(outer);
        TableStore table = context.table(scan.table(), scan.indexes());
        if (scan.range() == null) {
            cursor = table.scan(context.txn(), scan.withKey());
            return;
        }
        Object[] values = new Object[scan.range().equalities().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = evaluator.eval(scan.range().equalities().get(i));
        }
        boolean nullKey = false;
        for (Object value : values) {
            nullKey |= value == null;
        }
        if (nullKey) {
            cursor = null;
            singleRead = true;
        } else if (values.length == scan.table().primaryKey().size()) {
            cursor = null;
            single = table.get(context.txn(), table.keyOf(values), scan.withKey());
        } else {
            byte[] prefix = table.keyPrefixOf(values);
            cursor = table.scan(context.txn(), prefix, io.opendsql.catalog.StorageIds.prefixEnd(prefix), scan.withKey());
        }
    }

    @Override
    public Object[] next() {
        while (true) {
            Object[] row;
            if (cursor == null) {
                if (singleRead) {
                    return null;
                }
                singleRead = true;
                row = single;
                if (row == null) {
                    return null;
                }
            } else {
                if (!cursor.hasNext()) {
                    return null;
                }
                if ((++scanned & 1023) == 0) {
                    context.checkCancel();
                }
                row = cursor.next();
            }
            if (filter == null || Boolean.TRUE.equals(evaluator.row(row).eval(filter))) {
                return row;
            }
        }
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
        }
    }
}
