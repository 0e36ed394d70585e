/**
 * Operators and functions as pg_operator/pg_proc variants ({@link io.opendsql.sql.func.FunctionDef})
 * collected in {@link io.opendsql.sql.func.Registry}, and PostgreSQL's overload resolution
 * ({@link io.opendsql.sql.func.OverloadResolver}) with its polymorphic pseudo-types
 * ({@link io.opendsql.sql.func.Polymorphic}: anyelement, anyarray, anycompatible...). Implementations
 * raise PostgreSQL's SQLSTATEs and messages (22003 out of range, 22012 division by zero, 2201E/2201F
 * for logarithms and powers, 2201B for regular expressions).
 * <ul>
 *   <li>Arrays: {@link io.opendsql.sql.func.ArrayValues} (subscripts, slices, nesting, concatenation)
 *       and the array operators and functions.</li>
 *   <li>Regular expressions: PostgreSQL's ARE/ERE/BRE syntax translated to java.util.regex with
 *       PostgreSQL's compile errors, run with its leftmost-longest preference (PgRegex); SIMILAR TO
 *       through similar_to_escape.</li>
 *   <li>Formatting: format(), to_char/to_number (formatting.c's NUM and DCH pictures), quoting,
 *       encode/decode and digests.</li>
 * </ul>
 */
package io.opendsql.sql.func;
