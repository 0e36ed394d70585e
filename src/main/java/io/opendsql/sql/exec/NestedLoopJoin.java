package io.opendsql.sql.exec;

import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * A nested-loop join: for each left row, every right row is tried against the condition. The right side is
 * read once and kept, unless it is LATERAL, when it is re-run for each left row with that row as its
 * innermost outer level. Outer joins pad the missing side with NULLs; SEMI and ANTI emit left rows only.
 */
final class NestedLoopJoin implements RowSource {
    private final Plan.Join join;
    private final ExecContext context;
    private final Frames outer;
    private final RowSource left;
    private final BoundExpr condition;
    private final Evaluator evaluator;
    private final int leftWidth;
    private final int rightWidth;
    private List<Object[]> rightRows;
    private boolean[] rightMatched;
    private Object[] leftRow;
    private RowSource lateralRight;
    private int rightPosition;
    private boolean leftMatched;
    private boolean leftDone;
    private int unmatchedPosition;

    NestedLoopJoin(Plan.Join join, ExecContext context, Frames outer) {
        this.join = join;
        this.context = context;
        this.outer = outer;
        this.left = Executor.open(join.left(), context, outer);
        this.condition = join.condition();
        this.evaluator = context.evaluator(outer);
        this.leftWidth = join.left().columns().size();
        this.rightWidth = join.right().columns().size();
    }

    private List<Object[]> rightRows() {
        if (rightRows == null) {
            rightRows = new ArrayList<>();
            try (RowSource right = Executor.open(join.right(), context, outer)) {
                for (Object[] row = right.next(); row != null; row = right.next()) {
                    rightRows.add(row);
                }
            }
            rightMatched = new boolean[rightRows.size()];
        }
        return rightRows;
    }

    @Override
    public Object[] next() {
        while (!leftDone) {
            if (leftRow == null) {
                leftRow = left.next();
                if (leftRow == null) {
                    leftDone = true;
                    break;
                }
                context.checkCancel();
                leftMatched = false;
                rightPosition = 0;
                if (join.lateral()) {
                    closeLateral();
                    lateralRight = Executor.open(join.right(), context, outer.push(leftRow));
                }
            }
            Object[] right;
            while ((right = nextRight()) != null) {
                Object[] combined = combine(leftRow, right);
                if (condition != null && !Boolean.TRUE.equals(evaluator.row(combined).eval(condition))) {
                    continue;
                }
                leftMatched = true;
                if (!join.lateral() && rightMatched != null) {
                    rightMatched[rightPosition - 1] = true;
                }
                switch (join.type()) {
                    case SEMI -> {
                        Object[] out = leftRow;
                        leftRow = null;
                        return out;
                    }
                    case ANTI -> {
                        leftRow = null;
                    }
                    default -> {
                        return combined;
                    }
                }
                if (leftRow == null) {
                    break;
                }
            }
            if (leftRow == null) {
                continue;
            }
            Object[] unmatched = leftRow;
            leftRow = null;
            if (!leftMatched) {
                if (join.type() == Plan.JoinType.LEFT || join.type() == Plan.JoinType.FULL) {
                    return combine(unmatched, new Object[rightWidth]);
                }
                if (join.type() == Plan.JoinType.ANTI) {
                    return unmatched;
                }
            }
        }
        if (join.type() == Plan.JoinType.RIGHT || join.type() == Plan.JoinType.FULL) {
            List<Object[]> rows = rightRows();
            while (unmatchedPosition < rows.size()) {
                int i = unmatchedPosition++;
                if (!rightMatched[i]) {
                    return combine(new Object[leftWidth], rows.get(i));
                }
            }
        }
        return null;
    }

    private Object[] nextRight() {
        if (join.lateral()) {
            Object[] row = lateralRight.next();
            if (row != null) {
                rightPosition++;
            }
            return row;
        }
        List<Object[]> rows = rightRows();
        return rightPosition < rows.size() ? rows.get(rightPosition++) : null;
    }

    private Object[] combine(Object[] l, Object[] r) {
        Object[] out = new Object[leftWidth + rightWidth];
        System.arraycopy(l, 0, out, 0, leftWidth);
        System.arraycopy(r, 0, out, leftWidth, rightWidth);
        return out;
    }

    private void closeLateral() {
        if (lateralRight != null) {
            lateralRight.close();
            lateralRight = null;
        }
    }

    @Override
    public void close() {
        closeLateral();
        left.close();
    }
}
