package io.opendsql.sql.exec;

import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.plan.Plan;
import io.opendsql.sql.plan.WindowCall;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.ValueSize;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The window operator: reads its whole input, then for each distinct PARTITION BY / ORDER BY of its calls sorts
 * the rows (partitions ascending, NULLs last; then the window's ORDER BY), splits them into partitions and peer
 * groups, and computes those calls for every row ({@link WindowCallRunner}). It returns each input row followed
 * by its calls' values, in the order of the first window listed (which it sorts last, as PostgreSQL's plan
 * does). Rows and values held count against its
 * {@link TempSpace}.
 */
final class WindowSource implements RowSource {
    private final Plan.Window plan;
    private final RowSource input;
    private final Evaluator evaluator;
    private final ExecContext context;
    private final TempSpace space = TempSpace.forOperator();
    private List<Object[]> rows;
    private Object[][] results;
    private Integer[] outputOrder;
    private int next;

    WindowSource(Plan.Window plan, RowSource input, Evaluator evaluator, ExecContext context) {
        this.plan = plan;
        this.input = input;
        this.evaluator = evaluator;
        this.context = context;
    }

    @Override
    public Object[] next() {
        if (rows == null) {
            compute();
        }
        if (next >= outputOrder.length) {
            return null;
        }
        int r = outputOrder[next++];
        Object[] row = rows.get(r);
        Object[] out = Arrays.copyOf(row, row.length + plan.calls().size());
        System.arraycopy(results[r], 0, out, row.length, plan.calls().size());
        rows.set(r, null);
        return out;
    }

    private void compute() {
        rows = new ArrayList<>();
        long count = 0;
        for (Object[] row = input.next(); row != null; row = input.next()) {
            if ((++count & 1023) == 0) {
                context.checkCancel();
            }
            space.addRow(row);
            rows.add(row);
        }
        int n = rows.size();
        results = new Object[n][plan.calls().size()];
        space.add((long) n * (16 + 8L * plan.calls().size()));
        outputOrder = new Integer[n];
        for (int i = 0; i < n; i++) {
            outputOrder[i] = i;
        }
        Map<List<Object>, List<Integer>> byWindow = new LinkedHashMap<>();
        for (int c = 0; c < plan.calls().size(); c++) {
            WindowCall call = plan.calls().get(c);
            byWindow.computeIfAbsent(List.of(call.window().partitionBy(), call.window().orderBy()),
                    k -> new ArrayList<>()).add(c);
        }
        List<List<Integer>> windows = new ArrayList<>(byWindow.values());
        for (int w = windows.size() - 1; w >= 0; w--) {
            outputOrder = window(windows.get(w));
        }
    }

    /** Sorts the rows for one window and computes its calls; returns the sorted order. */
    private Integer[] window(List<Integer> callIndexes) {
        WindowCall first = plan.calls().get(callIndexes.get(0));
        List<BoundExpr> partitionBy = first.window().partitionBy();
        int n = rows.size();
        Object[][] partitionValues = new Object[n][];
        Object[][] orderValues = new Object[n][];
        for (int r = 0; r < n; r++) {
            evaluator.row(rows.get(r));
            partitionValues[r] = new Object[partitionBy.size()];
            for (int k = 0; k < partitionBy.size(); k++) {
                partitionValues[r][k] = evaluator.eval(partitionBy.get(k));
            }
            orderValues[r] = new Object[first.window().orderBy().size()];
            for (int k = 0; k < orderValues[r].length; k++) {
                orderValues[r][k] = evaluator.eval(first.window().orderBy().get(k).expr());
            }
            space.add(ValueSize.ofRow(partitionValues[r]) + ValueSize.ofRow(orderValues[r]));
        }
        PgType[] partitionTypes = partitionBy.stream().map(e -> e.type().type()).toArray(PgType[]::new);
        PgType[] orderTypes = KeyOrder.types(first.window().orderBy());
        Comparator<Object[]> partitionOrder = KeyOrder.ascending(partitionTypes);
        Comparator<Object[]> keyOrder = KeyOrder.sorting(first.window().orderBy());
        Integer[] sorted = outputOrder.clone();
        Arrays.sort(sorted, (a, b) -> {
            int cmp = partitionOrder.compare(partitionValues[a], partitionValues[b]);
            return cmp != 0 ? cmp : keyOrder.compare(orderValues[a], orderValues[b]);
        });
        List<WindowCallRunner> runners = new ArrayList<>();
        for (int c : callIndexes) {
            runners.add(new WindowCallRunner(plan.calls().get(c), c, evaluator, context, space));
        }
        int start = 0;
        while (start < n) {
            context.checkCancel();
            int end = start + 1;
            while (end < n && KeyOrder.equal(partitionTypes, partitionValues[sorted[start]],
                    partitionValues[sorted[end]])) {
                end++;
            }
            int[] members = new int[end - start];
            Object[][] keys = new Object[end - start][];
            for (int i = start; i < end; i++) {
                members[i - start] = sorted[i];
                keys[i - start] = orderValues[sorted[i]];
            }
            WindowPartition partition = new WindowPartition(members, keys, orderTypes);
            for (WindowCallRunner runner : runners) {
                runner.run(partition, rows, results);
            }
            start = end;
        }
        return sorted;
    }

    @Override
    public void close() {
        input.close();
    }
}
