/**
 * Execution of bound trees: {@link io.opendsql.sql.exec.Evaluator} (three-valued logic, strict
 * functions, casts, array constructors, subscripts and ANY/ALL) and {@link io.opendsql.sql.exec.QueryRunner} (rows, set operations, sorting with
 * btree order and NULLS FIRST/LAST, LIMIT/OFFSET). {@link io.opendsql.sql.exec.AggregateSource} is hash
 * aggregation over grouping sets, {@link io.opendsql.sql.exec.WindowSource} the window operator (partitions,
 * peers, ROWS/RANGE/GROUPS frames with EXCLUDE, {@link io.opendsql.sql.exec.InRange} for RANGE offsets). Operators
 * that hold rows account them in a {@link io.opendsql.sql.exec.TempSpace}, DSQL's 128 MiB per-operator limit.
 */
package io.opendsql.sql.exec;
