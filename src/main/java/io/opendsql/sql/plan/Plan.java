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
     * A common table expression: {@code plan} computes its rows once per run of the query that defines it, as
     * its readers first ask for them. {@code correlated}: the plan reads a row of a query around that one, so it
     * is computed again each time that query runs again.
     */
    record CommonTable(CteKey key, String name, Plan plan, boolean correlated) {
    }

    /** {@code body} with the common tables of its WITH. */
    record With(List<CommonTable> tables, Plan body) implements Plan {
        public With {
            tables = List.copyOf(tables);
        }

        @Override
        public List<OutputColumn> columns() {
            return body.columns();
        }
    }

    /** The rows of a common table. */
    record CteScan(List<OutputColumn> columns, CommonTable table) implements Plan {
        public CteScan {
            columns = List.copyOf(columns);
        }
    }

    /**
     * WITH RECURSIVE's union: the rows of {@code initial}, then those of {@code recursive} run again and again
     * over the rows the previous step added (its {@link WorkTableScan}) until a step adds none. Without ALL, a row
     * equal to one already returned is dropped.
     */
    record RecursiveUnion(List<OutputColumn> columns, CteKey key, Plan initial, Plan recursive, boolean all)
            implements Plan {
        public RecursiveUnion {
            columns = List.copyOf(columns);
        }
    }

    /** The rows the previous step of the recursive union {@code key} added. */
    record WorkTableScan(List<OutputColumn> columns, CteKey key) implements Plan {
        public WorkTableScan {
            columns = List.copyOf(columns);
        }
    }

    /** A data-modifying statement in WITH; its rows are the RETURNING rows. */
    record Modify(List<OutputColumn> columns, DmlPlan dml) implements Plan {
        public Modify {
            columns = List.copyOf(columns);
        }
    }

    /**
     * Functions in FROM: the calls run side by side (ROWS FROM), the shorter ones padded with NULLs. A call is a
     * {@link BoundExpr.SetFunction} (its rows) or any other expression (one row); with ordinality, a bigint row
     * number follows their columns.
     */
    record FunctionScan(List<OutputColumn> columns, List<BoundExpr> calls, boolean ordinality) implements Plan {
        public FunctionScan {
            columns = List.copyOf(columns);
            calls = List.copyOf(calls);
        }
    }

    /**
     * A select list with set-returning functions: for each input row, the functions of {@code levels[0]} (whose
     * arguments hold none) run in lockstep until all are done, the shorter ones giving NULL; for each of their
     * rows those of the next level run the same way, and so on; {@code exprs} are computed for each resulting
     * row, reading the functions' current values. An input row for which the functions give no row gives none.
     */
    record ProjectSet(List<OutputColumn> columns, Plan input, List<BoundExpr> exprs,
                      List<List<BoundExpr.SetFunction>> levels) implements Plan {
        public ProjectSet {
            columns = List.copyOf(columns);
            exprs = List.copyOf(exprs);
            levels = levels.stream().map(List::copyOf).toList();
        }
    }

    /** DISTINCT ON: the first row of each run of input rows (sorted by the keys) with equal {@code keys}. */
    record DistinctOn(Plan input, List<BoundExpr> keys) implements Plan {
        public DistinctOn {
            keys = List.copyOf(keys);
        }

        @Override
        public List<OutputColumn> columns() {
            return input.columns();
        }
    }

    /**
     * FETCH FIRST … WITH TIES: after OFFSET, {@code limit} rows, then every following row whose sort keys equal
     * the last one's.
     */
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
