package io.opendsql.sql.exec;

import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.plan.Plan;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A select list with set-returning functions, as PostgreSQL's ProjectSet: per input row the functions of one
 * nesting level run in lockstep until all are done (the shorter ones giving NULL), each of their rows running
 * the next level the same way; the select list is computed for every row of the innermost level.
 */
final class ProjectSetSource implements RowSource {
    private final Plan.ProjectSet project;
    private final RowSource input;
    private final Evaluator evaluator;
    private final ExecContext context;
    private final Map<BoundExpr.SetFunction, Object> values = new IdentityHashMap<>();
    private final Deque<Level> levels = new ArrayDeque<>();
    private long produced;

    ProjectSetSource(Plan.ProjectSet project, RowSource input, Evaluator evaluator, ExecContext context) {
        this.project = project;
        this.input = input;
        this.evaluator = evaluator;
        this.context = context;
        evaluator.setValues(values);
    }

    /** The running functions of one nesting level. */
    private final class Level {
        final int depth;
        final List<BoundExpr.SetFunction> functions;
        final Iterator<Object[]>[] rows;

        @SuppressWarnings("unchecked")
        Level(int depth) {
            this.depth = depth;
            this.functions = project.levels().get(depth);
            this.rows = new Iterator[functions.size()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = FunctionScanSource.rows(functions.get(i), evaluator);
            }
        }

        /** Moves every function to its next value; false when all are done. */
        boolean advance() {
            boolean any = false;
            for (int i = 0; i < rows.length; i++) {
                Object value = null;
                if (rows[i].hasNext()) {
                    value = rows[i].next()[0];
                    any = true;
                }
                values.put(functions.get(i), value);
            }
            return any;
        }
    }

    @Override
    public Object[] next() {
        while (true) {
            if (levels.isEmpty()) {
                Object[] row = input.next();
                if (row == null) {
                    return null;
                }
                evaluator.row(row);
                levels.push(new Level(0));
            }
            Level top = levels.peek();
            if (!top.advance()) {
                levels.pop();
                continue;
            }
            if (top.depth + 1 < project.levels().size()) {
                levels.push(new Level(top.depth + 1));
                continue;
            }
            if ((++produced & 1023) == 0) {
                context.checkCancel();
            }
            Object[] out = new Object[project.exprs().size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = evaluator.eval(project.exprs().get(i));
            }
            return out;
        }
    }

    @Override
    public void close() {
        input.close();
    }
}
