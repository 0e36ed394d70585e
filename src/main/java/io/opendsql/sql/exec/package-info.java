/**
 * Execution of bound trees: {@link io.opendsql.sql.exec.Evaluator} (three-valued logic, strict
 * functions, casts, array constructors, subscripts and ANY/ALL) and
 * {@link io.opendsql.sql.exec.QueryRunner} (rows, set operations, sorting with btree order and
 * NULLS FIRST/LAST, LIMIT/OFFSET).
 */
package io.opendsql.sql.exec;
