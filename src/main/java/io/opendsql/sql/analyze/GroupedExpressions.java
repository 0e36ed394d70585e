package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.plan.SortKey;
import io.opendsql.sql.plan.WindowCall;
import io.opendsql.sql.plan.WindowSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a grouped level's expressions from its input row to the Aggregate operator's output row, as
 * PostgreSQL's parseCheckAggregates checks them: top-down, a subexpression equal to a grouping key becomes that
 * key's slot, aggregate and GROUPING placeholders become theirs, and any other column reference of the level is
 * {@code 42803 column "t.x" must appear in the GROUP BY clause or be used in an aggregate function} — unless it is
 * a column of a table whose whole primary key is grouped (functional dependency), which then joins the keys.
 */
final class GroupedExpressions {
    private final SelectAggregation source;
    private final List<BoundExpr> keys;
    private final List<List<Integer>> sets;
    private final InputColumns inputs;
    private final int aggregates;
    private final int groupings;

    GroupedExpressions(SelectAggregation source, GroupByClause.Result groupBy, InputColumns inputs, int aggregates,
                       int groupings) {
        this.source = source;
        this.keys = new ArrayList<>(groupBy.keys());
        this.sets = new ArrayList<>();
        for (List<Integer> set : groupBy.sets()) {
            this.sets.add(new ArrayList<>(set));
        }
        this.inputs = inputs;
        this.aggregates = aggregates;
        this.groupings = groupings;
    }

    List<BoundExpr> keys() {
        return keys;
    }

    List<List<Integer>> sets() {
        return sets;
    }

    BoundExpr rewrite(BoundExpr expr) {
        if (expr instanceof BoundExpr.ColumnRef c && c.index() >= SelectAggregation.GROUPING_BASE) {
            if (c.index() >= SelectAggregation.WINDOW_BASE) {
                return c;
            }
            if (c.index() >= SelectAggregation.AGGREGATE_BASE) {
                return new BoundExpr.ColumnRef(c.type(), c.index() - SelectAggregation.AGGREGATE_BASE);
            }
            return new BoundExpr.ColumnRef(c.type(), aggregates + c.index() - SelectAggregation.GROUPING_BASE);
        }
        int key = keys.indexOf(expr);
        if (key >= 0) {
            return keyReference(key);
        }
        if (expr instanceof BoundExpr.Subquery q && q.correlated()) {
            // its outer references read the input row, which grouping replaces: refused rather than answered wrong
            throw io.opendsql.common.DsqlException.of(io.opendsql.common.SqlState.FEATURE_NOT_SUPPORTED,
                    "OpenDSQL cannot run a correlated subquery in a grouped query yet");
        }
        if (expr instanceof BoundExpr.ColumnRef c) {
            int dependent = dependentKey(c);
            if (dependent < 0) {
                throw source.ungrouped(c, null);
            }
            return keyReference(dependent);
        }
        return BoundExprs.mapChildren(expr, this::rewrite);
    }

    WindowCall rewrite(WindowCall call) {
        WindowSpec window = call.window();
        List<SortKey> order = window.orderBy().stream()
                .map(k -> new SortKey(rewrite(k.expr()), k.descending(), k.nullsFirst())).toList();
        return new WindowCall(call.type(), call.function(), call.args().stream().map(this::rewrite).toList(),
                call.filter() == null ? null : rewrite(call.filter()),
                new WindowSpec(window.partitionBy().stream().map(this::rewrite).toList(), order, window.frame()));
    }

    /** A direct argument of an ordered-set aggregate may use grouped columns only (it stays over the input row). */
    void checkDirectArgument(BoundExpr expr) {
        if (keys.contains(expr)) {
            return;
        }
        if (expr instanceof BoundExpr.ColumnRef c && c.index() < SelectAggregation.GROUPING_BASE) {
            if (dependentKey(c) < 0) {
                throw source.ungrouped(c, "Direct arguments of an ordered-set aggregate must use only grouped columns.");
            }
            return;
        }
        BoundExprs.mapChildren(expr, child -> {
            checkDirectArgument(child);
            return child;
        });
    }

    /** The key indexes of a GROUPING call's arguments, each of which must be a grouping key. */
    List<Integer> groupingKeys(List<BoundExpr> args, List<Integer> locations) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            int key = keys.indexOf(args.get(i));
            if (key < 0 || !inSomeSet(key)) {
                throw DsqlException.of(SqlState.GROUPING_ERROR,
                        "arguments to GROUPING must be grouping expressions of the associated query level")
                        .at(locations.get(i) + 1);
            }
            out.add(key);
        }
        return out;
    }

    private boolean inSomeSet(int key) {
        return sets.stream().anyMatch(s -> s.contains(key));
    }

    private BoundExpr keyReference(int key) {
        return new BoundExpr.ColumnRef(keys.get(key).type(), aggregates + groupings + key);
    }

    /**
     * The key slot of a column functionally dependent on grouped primary-key columns of its table (added to the
     * keys on first use), or -1.
     */
    private int dependentKey(BoundExpr.ColumnRef column) {
        InputColumns.Origin origin = inputs.origin(column.index());
        if (origin == null || !origin.scan().table().hasPrimaryKey()) {
            return -1;
        }
        for (int attnum : origin.scan().table().primaryKey()) {
            if (!groupedInEverySet(origin, attnum)) {
                return -1;
            }
        }
        BoundExpr.ColumnRef key = new BoundExpr.ColumnRef(column.type(), column.index());
        int existing = keys.indexOf(key);
        if (existing >= 0 && sets.stream().allMatch(s -> s.contains(existing))) {
            return existing;
        }
        keys.add(key);
        for (List<Integer> set : sets) {
            set.add(keys.size() - 1);
        }
        return keys.size() - 1;
    }

    private boolean groupedInEverySet(InputColumns.Origin origin, int attnum) {
        for (int k = 0; k < keys.size(); k++) {
            if (keys.get(k) instanceof BoundExpr.ColumnRef ref) {
                InputColumns.Origin keyOrigin = inputs.origin(ref.index());
                if (keyOrigin != null && keyOrigin.scan() == origin.scan() && keyOrigin.attnum() == attnum) {
                    int index = k;
                    if (sets.stream().allMatch(s -> s.contains(index))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
