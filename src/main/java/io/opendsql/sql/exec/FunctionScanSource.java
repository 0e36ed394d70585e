package io.opendsql.sql.exec;

import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.func.FunctionDef;
import io.opendsql.sql.plan.Plan;
import io.opendsql.sql.types.PgType;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Functions in FROM: each call's rows side by side (ROWS FROM), a call that has run out giving NULLs until all
 * have; a call that is not set-returning gives one row. With ORDINALITY the row number follows.
 */
final class FunctionScanSource implements RowSource {
    private final Plan.FunctionScan scan;
    private final ExecContext context;
    private final Iterator<Object[]>[] calls;
    private final int[] widths;
    private long ordinality;

    @SuppressWarnings("unchecked")
    FunctionScanSource(Plan.FunctionScan scan, ExecContext context, Frames outer) {
        this.scan = scan;
        this.context = context;
        Evaluator evaluator = context.evaluator(outer);
        List<BoundExpr> list = scan.calls();
        this.calls = new Iterator[list.size()];
        this.widths = new int[list.size()];
        for (int i = 0; i < calls.length; i++) {
            BoundExpr call = list.get(i);
            if (call instanceof BoundExpr.SetFunction function) {
                widths[i] = function.function().columnTypes().size();
                calls[i] = rows(function, evaluator);
            } else {
                widths[i] = 1;
                calls[i] = List.<Object[]>of(new Object[] {evaluator.eval(call)}).iterator();
            }
        }
    }

    /** The rows of one set-returning call; a strict function with a NULL argument has none. */
    static Iterator<Object[]> rows(BoundExpr.SetFunction function, Evaluator evaluator) {
        List<BoundExpr> args = function.args();
        Object[] values = new Object[args.size()];
        PgType[] types = new PgType[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = evaluator.eval(args.get(i));
            types[i] = args.get(i).type().type();
            if (values[i] == null && function.function().strict()) {
                return Collections.emptyIterator();
            }
        }
        return function.function().rows().apply(new FunctionDef.Arguments(values, types, evaluator.context()));
    }

    @Override
    public Object[] next() {
        Object[] out = new Object[scan.columns().size()];
        boolean any = false;
        int offset = 0;
        for (int i = 0; i < calls.length; i++) {
            if (calls[i].hasNext()) {
                Object[] row = calls[i].next();
                System.arraycopy(row, 0, out, offset, widths[i]);
                any = true;
            }
            offset += widths[i];
        }
        if (!any) {
            return null;
        }
        if ((++ordinality & 1023) == 0) {
            context.checkCancel();
        }
        if (scan.ordinality()) {
            out[offset] = ordinality;
        }
        return out;
    }
}
