package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.func.SetFunctions;
import io.opendsql.sql.plan.OutputColumn;
import io.opendsql.sql.plan.Plan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Set-returning function calls of one query level's expressions (not those of subqueries inside them), and the
 * ProjectSet that runs a select list holding some: calls nest in levels, a call whose arguments hold a call
 * running one level further in, as PostgreSQL stacks ProjectSet nodes.
 */
final class SetFunctionCalls {
    private SetFunctionCalls() {
    }

    static boolean any(Object node) {
        return !find(node).isEmpty();
    }

    /** The calls in {@code node}, outermost first. */
    static List<BoundExpr.SetFunction> find(Object node) {
        List<BoundExpr.SetFunction> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(Object node, List<BoundExpr.SetFunction> out) {
        if (node instanceof BoundExpr.Subquery) {
            return;
        }
        if (node instanceof BoundExpr.SetFunction call) {
            out.add(call);
        }
        for (Object child : Correlation.children(node)) {
            collect(child, out);
        }
    }

    /** {@code exprs} over {@code input}, through a ProjectSet when they call set-returning functions. */
    static Plan project(List<OutputColumn> columns, Plan input, List<BoundExpr> exprs) {
        List<BoundExpr.SetFunction> calls = find(exprs);
        if (calls.isEmpty()) {
            return new Plan.Project(columns, input, exprs);
        }
        for (BoundExpr.SetFunction call : calls) {
            if (SetFunctions.returnsRecord(call.function())) {
                throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                        "could not determine row type for result of %s", call.function().name())
                        .hint("Provide a non-null record argument, or call the function in the FROM clause using a "
                                + "column definition list.");
            }
            if (!call.function().scalar()) {
                throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                        "OpenDSQL cannot return %s's rows as records in a select list yet; call it in FROM",
                        call.function().name());
            }
        }
        Map<BoundExpr.SetFunction, Integer> depth = new IdentityHashMap<>();
        int levels = 0;
        for (BoundExpr.SetFunction call : calls) {
            levels = Math.max(levels, depth(call, depth) + 1);
        }
        List<List<BoundExpr.SetFunction>> byLevel = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            byLevel.add(new ArrayList<>());
        }
        for (BoundExpr.SetFunction call : calls) {
            List<BoundExpr.SetFunction> level = byLevel.get(depth.get(call));
            if (level.stream().noneMatch(c -> c == call)) {
                level.add(call);
            }
        }
        return new Plan.ProjectSet(columns, input, exprs, Collections.unmodifiableList(byLevel));
    }

    /** 0 for a call with no call in its arguments, else one more than the deepest of those. */
    private static int depth(BoundExpr.SetFunction call, Map<BoundExpr.SetFunction, Integer> known) {
        Integer cached = known.get(call);
        if (cached != null) {
            return cached;
        }
        int depth = 0;
        for (BoundExpr.SetFunction inner : find(call.args())) {
            depth = Math.max(depth, depth(inner, known) + 1);
        }
        known.put(call, depth);
        return depth;
    }
}
