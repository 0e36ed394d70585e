package io.opendsql.sql.exec;

import io.opendsql.sql.plan.Plan;

/** Turns a plan into running operators. */
public final class Executor {
    private Executor() {
    }

    /** Starts {@code plan} with {@code outer} as the enclosing levels' rows. */
    public static RowSource open(Plan plan, ExecContext context, Frames outer) {
        return switch (plan) {
            case Plan.Values values -> new ValuesSource(values, context.evaluator(outer), context);
            case Plan.Scan scan -> CachedScans.open(scan, context, outer);
            case Plan.SystemScan system -> new ListSource(system.relation().rows(context.txn(), context.functions()));
            case Plan.Filter filter -> new FilterSource(open(filter.input(), context, outer), filter.predicate(),
                    context.evaluator(outer));
            case Plan.Project project -> new ProjectSource(open(project.input(), context, outer), project.exprs(),
                    context.evaluator(outer));
            case Plan.Join join -> new NestedLoopJoin(join, context, outer);
            case Plan.Sort sort -> new SortSource(open(sort.input(), context, outer), sort.keys(),
                    context.evaluator(outer), context);
            case Plan.Limit limit -> LimitSource.of(open(limit.input(), context, outer), limit,
                    context.evaluator(outer));
            case Plan.Distinct distinct -> new DistinctSource(open(distinct.input(), context, outer),
                    distinct.input().columns(), distinct.keyColumns());
            case Plan.SetOperation set -> new SetOperationSource(set, open(set.left(), context, outer),
                    open(set.right(), context, outer), context);
            case Plan.LockRows lock -> new LockRowsSource(open(lock.input(), context, outer), lock, context);
            case Plan.Convert convert -> new ConvertSource(open(convert.input(), context, outer),
                    convert.input().columns(), convert.columns(), context);
            case Plan.Aggregate aggregate -> new AggregateSource(aggregate, open(aggregate.input(), context, outer),
                    context.evaluator(outer), context);
            case Plan.Window window -> new WindowSource(window, open(window.input(), context, outer),
                    context.evaluator(outer), context);
            case Plan.With with -> new WithSource(with, context, outer);
            case Plan.CteScan scan -> new CteScanSource(scan, context);
            case Plan.RecursiveUnion union -> new RecursiveUnionSource(union, context, outer);
            case Plan.WorkTableScan scan -> new WorkTableSource(context.cache().workTable(scan.key()));
            case Plan.Modify modify -> new ModifySource(modify, context);
            case Plan.FunctionScan scan -> new FunctionScanSource(scan, context, outer);
            case Plan.ProjectSet project -> new ProjectSetSource(project, open(project.input(), context, outer),
                    context.evaluator(outer), context);
            case Plan.DistinctOn distinct -> new DistinctOnSource(open(distinct.input(), context, outer),
                    distinct.keys(), context.evaluator(outer));
            case Plan.LimitWithTies limit -> new LimitWithTiesSource(open(limit.input(), context, outer), limit,
                    context.evaluator(outer));
        };
    }
}
