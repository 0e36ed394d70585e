/**
 * Aggregate functions (pg_aggregate) and the built-in window functions' names: {@link
 * io.opendsql.sql.func.aggregate.Aggregates} resolves a call to an {@link
 * io.opendsql.sql.func.aggregate.AggregateFunction} with PostgreSQL's result type (sum(int4) is bigint, sum(int8)
 * and avg of integers numeric, avg of floats float8, …), whose {@link
 * io.opendsql.sql.func.aggregate.Accumulator}s reproduce PostgreSQL's transition and final functions: numeric
 * sums and averages with numeric_div's scale and NaN/infinity rules, float8_accum's Youngs-Cramer variance,
 * numeric_stddev_internal's exact variance, the tie rules of min/max, string_agg and array_agg's NULL handling,
 * and the ordered-set aggregates percentile_cont, percentile_disc and mode. Exact-arithmetic states can take rows
 * back (inverse transitions) for moving window frames. The executor ({@link io.opendsql.sql.exec}) feeds them.
 */
package io.opendsql.sql.func.aggregate;
