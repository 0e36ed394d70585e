package io.opendsql.sql.analyze;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Structural walks over bound expressions: rebuilding a node from mapped children, visiting every node. */
final class BoundExprs {
    private BoundExprs() {
    }

    /** {@code expr} with each direct child replaced by {@code f}'s result (leaves are returned as they are). */
    static BoundExpr mapChildren(BoundExpr expr, UnaryOperator<BoundExpr> f) {
        return switch (expr) {
            case BoundExpr.Const c -> c;
            case BoundExpr.Param p -> p;
            case BoundExpr.ColumnRef c -> c;
            case BoundExpr.OuterRef o -> o;
            case BoundExpr.Cast c -> new BoundExpr.Cast(c.type(), f.apply(c.arg()), c.explicit());
            case BoundExpr.Call c -> new BoundExpr.Call(c.type(), c.function(), map(c.args(), f));
            case BoundExpr.Concat c -> new BoundExpr.Concat(c.type(), c.withSeparator(), map(c.args(), f));
            case BoundExpr.Bool b -> new BoundExpr.Bool(b.op(), map(b.args(), f));
            case BoundExpr.NullTest n -> new BoundExpr.NullTest(f.apply(n.arg()), n.not());
            case BoundExpr.TruthTest t -> new BoundExpr.TruthTest(f.apply(t.arg()), t.test());
            case BoundExpr.DistinctTest d -> new BoundExpr.DistinctTest(mapCall(d.equality(), f), d.not());
            case BoundExpr.Case c -> new BoundExpr.Case(c.type(), c.whens().stream()
                    .map(w -> new BoundExpr.When(f.apply(w.condition()), f.apply(w.result()))).toList(),
                    f.apply(c.otherwise()));
            case BoundExpr.Coalesce c -> new BoundExpr.Coalesce(c.type(), map(c.args(), f));
            case BoundExpr.MinMax m -> new BoundExpr.MinMax(m.type(), m.greatest(), map(m.args(), f));
            case BoundExpr.NullIf n -> new BoundExpr.NullIf(n.type(), f.apply(n.left()), mapCall(n.equality(), f));
            case BoundExpr.ArrayConstruct a -> new BoundExpr.ArrayConstruct(a.type(), map(a.elements(), f), a.nested());
            case BoundExpr.Subscript sub -> new BoundExpr.Subscript(sub.type(), f.apply(sub.array()),
                    sub.indexes().stream().map(i -> new BoundExpr.Index(i.lower() == null ? null : f.apply(i.lower()),
                            i.upper() == null ? null : f.apply(i.upper()))).toList(), sub.slice());
            case BoundExpr.ArrayCompare c -> new BoundExpr.ArrayCompare(f.apply(c.left()), f.apply(c.array()),
                    c.operator(), c.all());
            case BoundExpr.SetFunction s -> new BoundExpr.SetFunction(s.type(), s.function(), map(s.args(), f));
            // the comparisons' first arguments are over this level's row; the plan is the subquery's own
            case BoundExpr.Subquery q -> new BoundExpr.Subquery(q.type(), q.kind(), q.plan(),
                    q.comparisons().stream().map(c -> {
                        List<BoundExpr> args = new java.util.ArrayList<>(c.args());
                        args.set(0, f.apply(args.get(0)));
                        return new BoundExpr.Call(c.type(), c.function(), args);
                    }).toList(), q.combine(), q.correlated());
        };
    }

    /** A call node kept a call (its arguments mapped), where the node itself must stay an operator call. */
    private static BoundExpr.Call mapCall(BoundExpr.Call call, UnaryOperator<BoundExpr> f) {
        return new BoundExpr.Call(call.type(), call.function(), map(call.args(), f));
    }

    private static List<BoundExpr> map(List<BoundExpr> args, UnaryOperator<BoundExpr> f) {
        return args.stream().map(f).toList();
    }

    /** Visits {@code expr} and every node below it, parents first. */
    static void visit(BoundExpr expr, Consumer<BoundExpr> visitor) {
        visitor.accept(expr);
        mapChildren(expr, child -> {
            visit(child, visitor);
            return child;
        });
    }

    /** {@code expr} with every node {@code f} maps (bottom-up: children first). */
    static BoundExpr transform(BoundExpr expr, UnaryOperator<BoundExpr> f) {
        return f.apply(mapChildren(expr, child -> transform(child, f)));
    }
}
