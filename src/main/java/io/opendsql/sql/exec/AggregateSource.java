package io.opendsql.sql.exec;

import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.plan.AggregateCall;
import io.opendsql.sql.plan.Plan;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.ValueSize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hash aggregation: reads its whole input, keeping one {@link AggregateState} per aggregate for each group of
 * each grouping set (groups in a hash table on their key values, NULLs equal), then returns one row per group
 * in the layout {@link Plan.Aggregate} describes. Everything it keeps counts against the operator's
 * {@link TempSpace}.
 */
final class AggregateSource implements RowSource {
    private static final long GROUP_OVERHEAD = 96;
    private static final long STATE_OVERHEAD = 48;

    private final Plan.Aggregate plan;
    private final RowSource input;
    private final Evaluator evaluator;
    private final ExecContext context;
    private final TempSpace space = TempSpace.forOperator();
    private final PgType[] keyTypes;
    private final boolean keepFirstRow;
    private Iterator<Object[]> output;

    /** The groups of one grouping set, keyed by the values of its member keys. */
    private record GroupingSet(int[] members, PgType[] types, Set<Integer> memberSet, Map<KeyOrder.Key, Group> groups) {
    }

    /**
     * One group: its key values (all keys, NULL outside the set), its first input row (kept when a direct
     * argument needs it), and its states.
     */
    private static final class Group {
        private final Object[] keys;
        private final AggregateState[] states;
        private Object[] firstRow;

        Group(Object[] keys, AggregateState[] states) {
            this.keys = keys;
            this.states = states;
        }
    }

    AggregateSource(Plan.Aggregate plan, RowSource input, Evaluator evaluator, ExecContext context) {
        this.plan = plan;
        this.input = input;
        this.evaluator = evaluator;
        this.context = context;
        this.keyTypes = new PgType[plan.keys().size()];
        for (int k = 0; k < keyTypes.length; k++) {
            keyTypes[k] = plan.keys().get(k).type().type();
        }
        this.keepFirstRow = plan.aggregates().stream().anyMatch(a -> !a.directArgs().isEmpty());
    }

    @Override
    public Object[] next() {
        if (output == null) {
            output = aggregate().iterator();
        }
        return output.hasNext() ? output.next() : null;
    }

    private List<Object[]> aggregate() {
        List<GroupingSet> sets = new ArrayList<>();
        for (List<Integer> members : plan.groupingSets()) {
            int[] indexes = members.stream().mapToInt(Integer::intValue).toArray();
            PgType[] types = new PgType[indexes.length];
            for (int i = 0; i < indexes.length; i++) {
                types[i] = keyTypes[indexes[i]];
            }
            GroupingSet set = new GroupingSet(indexes, types, new HashSet<>(members), new LinkedHashMap<>());
            if (indexes.length == 0) {
                set.groups().put(KeyOrder.Key.of(types, new Object[0]), newGroup(new Object[keyTypes.length]));
            }
            sets.add(set);
        }
        List<AggregateCall> calls = plan.aggregates();
        Object[][] args = new Object[calls.size()][];
        Object[][] sortValues = new Object[calls.size()][];
        long count = 0;
        for (Object[] row = input.next(); row != null; row = input.next()) {
            if ((++count & 1023) == 0) {
                context.checkCancel();
            }
            evaluator.row(row);
            Object[] keys = evaluate(plan.keys());
            for (int a = 0; a < calls.size(); a++) {
                AggregateCall call = calls.get(a);
                if (call.filter() != null && !Boolean.TRUE.equals(evaluator.eval(call.filter()))) {
                    args[a] = null;
                    continue;
                }
                args[a] = evaluate(call.args());
                sortValues[a] = call.orderBy().isEmpty() ? null : evaluateKeys(call);
            }
            for (GroupingSet set : sets) {
                Group group = group(set, keys);
                if (keepFirstRow && group.firstRow == null) {
                    group.firstRow = row;
                    space.addRow(row);
                }
                for (int a = 0; a < calls.size(); a++) {
                    if (args[a] != null) {
                        space.add(group.states[a].add(args[a], sortValues[a]));
                    }
                }
            }
        }
        return results(sets);
    }

    private Object[] evaluate(List<BoundExpr> exprs) {
        Object[] values = new Object[exprs.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = evaluator.eval(exprs.get(i));
        }
        return values;
    }

    private Object[] evaluateKeys(AggregateCall call) {
        Object[] values = new Object[call.orderBy().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = evaluator.eval(call.orderBy().get(i).expr());
        }
        return values;
    }

    private Group group(GroupingSet set, Object[] keys) {
        Object[] values = new Object[set.members().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = keys[set.members()[i]];
        }
        KeyOrder.Key key = KeyOrder.Key.of(set.types(), values);
        Group group = set.groups().get(key);
        if (group == null) {
            Object[] groupKeys = new Object[keyTypes.length];
            for (int member : set.members()) {
                groupKeys[member] = keys[member];
            }
            group = newGroup(groupKeys);
            set.groups().put(key, group);
        }
        return group;
    }

    private Group newGroup(Object[] keys) {
        AggregateState[] states = new AggregateState[plan.aggregates().size()];
        for (int a = 0; a < states.length; a++) {
            states[a] = AggregateState.of(plan.aggregates().get(a), context.functions());
        }
        space.add(GROUP_OVERHEAD + ValueSize.ofRow(keys) + STATE_OVERHEAD * states.length);
        return new Group(keys, states);
    }

    private List<Object[]> results(List<GroupingSet> sets) {
        List<AggregateCall> calls = plan.aggregates();
        int groupingCalls = plan.groupingCalls().size();
        int width = calls.size() + groupingCalls + keyTypes.length;
        Object[] nullRow = new Object[plan.input().columns().size()];
        List<Object[]> rows = new ArrayList<>();
        for (GroupingSet set : sets) {
            for (Group group : set.groups().values()) {
                context.checkCancel();
                Object[] out = new Object[width];
                for (int a = 0; a < calls.size(); a++) {
                    Object[] direct = null;
                    if (!calls.get(a).directArgs().isEmpty()) {
                        evaluator.row(group.firstRow != null ? group.firstRow : nullRow);
                        direct = evaluate(calls.get(a).directArgs());
                    }
                    out[a] = group.states[a].result(direct);
                }
                for (int g = 0; g < groupingCalls; g++) {
                    out[calls.size() + g] = grouping(plan.groupingCalls().get(g), set.memberSet());
                }
                System.arraycopy(group.keys, 0, out, calls.size() + groupingCalls, keyTypes.length);
                rows.add(out);
            }
            set.groups().clear();
        }
        return rows;
    }

    /** GROUPING(a, b, …): a bit per argument, most significant first, set when the row's set lacks the key. */
    private static int grouping(List<Integer> keys, Set<Integer> members) {
        int value = 0;
        for (int key : keys) {
            value = (value << 1) | (members.contains(key) ? 0 : 1);
        }
        return value;
    }

    @Override
    public void close() {
        input.close();
    }
}
