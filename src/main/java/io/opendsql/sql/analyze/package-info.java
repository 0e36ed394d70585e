/**
 * Analysis: parse-tree expressions and table-less queries to typed, immutable bound trees.
 * <ul>
 *   <li>{@link io.opendsql.sql.analyze.ExpressionAnalyzer}: literal typing (int4, int8 or numeric by
 *       size; strings and NULL as {@code unknown} until context types them), casts through the types
 *       package, operator and function resolution
 *       ({@link io.opendsql.sql.func.OverloadResolver}), CASE/COALESCE/GREATEST/LEAST/VALUES/UNION
 *       types by select_common_type; {@link io.opendsql.sql.analyze.ArrayAnalyzer}: ARRAY[...] (with a
 *       cast's target type passed down), subscripts and slices, {@code op ANY|ALL (array)}.</li>
 *   <li>{@link io.opendsql.sql.analyze.Parameters}: {@code $n} types from client hints, then from first
 *       use; {@code 42P18} for one nothing determines.</li>
 *   <li>{@link io.opendsql.sql.analyze.QueryAnalyzer}: SELECT without FROM, VALUES, set operations,
 *       ORDER BY, LIMIT/OFFSET into a {@link io.opendsql.sql.analyze.BoundQuery};
 *       {@link io.opendsql.sql.analyze.OutputNames} names result columns as FigureColname does.</li>
 * </ul>
 */
package io.opendsql.sql.analyze;
