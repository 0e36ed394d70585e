/**
 * Operators and functions as pg_operator/pg_proc variants ({@link io.opendsql.sql.func.FunctionDef})
 * collected in {@link io.opendsql.sql.func.Registry}, and PostgreSQL's overload resolution
 * ({@link io.opendsql.sql.func.OverloadResolver}). Implementations raise PostgreSQL's SQLSTATEs and
 * messages (22003 out of range, 22012 division by zero, 2201E/2201F for logarithms and powers).
 */
package io.opendsql.sql.func;
