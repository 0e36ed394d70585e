package io.opendsql.sql.plan;

import io.opendsql.catalog.IndexDescriptor;
import io.opendsql.catalog.TableDescriptor;
import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.parse.ast.SelectBody;
import java.util.List;

/** A relational operator and its inputs. Every operator states its output columns. */
public sealed interface Plan {
    List<OutputColumn> columns();

    /** Literal rows (VALUES, or one row for a SELECT without FROM); expressions see no input row. */
    record Values(List<OutputColumn> columns, List<List<BoundExpr>> rows) implements Plan {
        public Values {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Rows of a table: its live columns in attnum order, then the row's storage key when {@code withKey}
     * (for UPDATE and DELETE). {@code range} limits the read to a key range; {@code filter} is applied to
     * each row read.
     */
    record Scan(List<OutputColumn> columns, TableDescriptor table, List<IndexDescriptor> indexes, boolean withKey,
                KeyRange range, BoundExpr filter) implements Plan {
        public Scan {
            columns = List.copyOf(columns);
            indexes = List.copyOf(indexes);
        }
    }

    /** The rows of a system relation, computed when the scan starts. */
    record SystemScan(List<OutputColumn> columns, SystemRelation relation) implements Plan {
        public SystemScan {
            columns = List.copyOf(columns);
        }
    }

    /** Rows of {@code input} for which {@code predicate} is true. */
    record Filter(Plan input, BoundExpr predicate) implements Plan {
        @Override
        public List<OutputColumn> columns() {
            return input.columns();
        }
    }

    /** One output row per input row, computed by {@code exprs}. */
    record Project(List<OutputColumn> columns, Plan input, List<BoundExpr> exprs) implements Plan {
        public Project {
            columns = List.copyOf(columns);
            exprs = List.copyOf(exprs);
        }
    }

    enum JoinType { INNER, LEFT, RIGHT, FULL, SEMI, ANTI }

    /**
     * Rows of {@code left} combined with rows of {@code right} (output: left's columns, then right's) where
     * {@code condition} holds (null: always). For a lateral join, {@code right} is re-run per left row and may
     * refer to it as an outer row.
     */
    record Join(List<OutputColumn> columns, JoinType type, Plan left, Plan right, BoundExpr condition,
                boolean lateral) implements Plan {
        public Join {
            columns = List.copyOf(columns);
        }
    }

    record Sort(Plan input, List<SortKey> keys) implements Plan {
        public Sort {
            keys = List.copyOf(keys);
        }

        @Override
        public List<OutputColumn> columns() {
            return input.columns();
        }
    }

    /** OFFSET then LIMIT; either may be null. Both are bigint expressions evaluated once. */
    record Limit(Plan input, BoundExpr limit, BoundExpr offset) implements Plan {
        @Override
        public List<OutputColumn> columns() {
            return input.columns();
        }
    }

    /** Distinct rows of {@code input} over its first {@code keyColumns} columns (all, when equal to width). */
    record Distinct(Plan input, int keyColumns) implements Plan {
        @Override
        public List<OutputColumn> columns() {
            return input.columns();
        }
    }

    /**
     * SELECT … FOR UPDATE / FOR KEY SHARE: the rows of {@code input} unchanged, each row key at
     * {@code keySlots} (a table's hidden key column) adjudicated at COMMIT as if written ({@code keyShare}
     * false) or as a key share. NULL keys (the missing side of an outer join) lock nothing.
     */
    record LockRows(Plan input, List<Integer> keySlots, boolean keyShare) implements Plan {
        public LockRows {
            keySlots = List.copyOf(keySlots);
        }

        @Override
        public List<OutputColumn> columns() {
            return input.columns();
        }
    }

    /** UNION / INTERSECT / EXCEPT of two inputs already converted to the output types. */
    record SetOperation(List<OutputColumn> columns, SelectBody.SetOp op, boolean all, Plan left, Plan right)
            implements Plan {
        public SetOperation {
            columns = List.copyOf(columns);
        }
    }

    /** Values cast from the input's column types to {@code columns}' types (unknown literals resolved). */
    record Convert(List<OutputColumn> columns, Plan input) implements Plan {
        public Convert {
            columns = List.copyOf(columns);
        }
    }

    /**
     * Groups of the input's rows, one output row per group of each grouping set: the {@code aggregates}' values,
     * then one value per GROUPING() call ({@code groupingCalls}: the key indexes of its arguments), then the
     * {@code keys} (NULL where the row's grouping set lacks the key). A grouping set lists key indexes; a plain
     * GROUP BY is one set of every key, and no GROUP BY is one empty set, which yields a row even over no input.
     */
    record Aggregate(List<OutputColumn> columns, Plan input, List<BoundExpr> keys, List<List<Integer>> groupingSets,
                     List<AggregateCall> aggregates, List<List<Integer>> groupingCalls) implements Plan {
        public Aggregate {
            columns = List.copyOf(columns);
            keys = List.copyOf(keys);
            groupingSets = groupingSets.stream().map(List::copyOf).toList();
            aggregates = List.copyOf(aggregates);
            groupingCalls = groupingCalls.stream().map(List::copyOf).toList();
        }
    }

    /** The input's rows, each followed by the value of every window function call for it. */
    record Window(List<OutputColumn> columns, Plan input, List<WindowCall> calls) implements Plan {
        public Window {
            columns = List.copyOf(columns);
            calls = List.copyOf(calls);
        }
    }

    record CommonTable(CteKey key, String name, Plan plan, boolean correlated) {
    }

    record With(List<CommonTable> tables, Plan body) implements Plan {
        public With {
            tables = List.copyOf(tables);
        }

        @Override
        public List<OutputColumn> columns() {
            return body.columns();
        }
    }

    record CteScan(List<OutputColumn> columns, CommonTable table) implements Plan {
        public CteScan {
            columns = List.copyOf(columns);
        }
    }

    record RecursiveUnion(List<OutputColumn> columns, CteKey key, Plan initial, Plan recursive, boolean all)
            implements Plan {
        public RecursiveUnion {
            columns = List.copyOf(columns);
        }
    }

    record WorkTableScan(List<OutputColumn> columns, CteKey key) implements Plan {
        public WorkTableScan {
            columns = List.copyOf(columns);
        }
    }

    record Modify(List<OutputColumn> columns, DmlPlan dml) implements Plan {
        public Modify {
            columns = List.copyOf(columns);
        }
    }

    record FunctionScan(List<OutputColumn> columns, List<BoundExpr> calls, boolean ordinality) implements Plan {
        public FunctionScan {
            columns = List.copyOf(columns);
            calls = List.copyOf(calls);
        }
    }

    record ProjectSet(List<OutputColumn> columns, Plan input, List<BoundExpr> exprs,
                      List<List<BoundExpr.SetFunction>> levels) implements Plan {
        public ProjectSet {
            columns = List.copyOf(columns);
            exprs = List.copyOf(exprs);
            levels = levels.stream().map(List::copyOf).toList();
        }
    }

    record DistinctOn(Plan input, List<BoundExpr> keys) implements Plan {
        public DistinctOn {
            keys = List.copyOf(keys);
        }

        @Override
        public List<OutputColumn> columns() {
            return input.columns();
        }
    }

    record LimitWithTies(Plan input, BoundExpr limit, BoundExpr offset, List<SortKey> keys) implements Plan {
        public LimitWithTies {
            keys = List.copyOf(keys);
        }

        @Override
        public List<OutputColumn> columns() {
            return input.columns();
        }
    }
}
