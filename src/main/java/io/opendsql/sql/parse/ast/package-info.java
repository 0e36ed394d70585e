/**
 * The raw parse tree: immutable records in sealed hierarchies, named after PostgreSQL's parse nodes
 * and carrying 0-based offsets into the query string ({@code location}).
 * <ul>
 *   <li>{@link io.opendsql.sql.parse.ast.Stmt}: {@link io.opendsql.sql.parse.ast.SelectStmt},
 *       {@link io.opendsql.sql.parse.ast.DmlStmt} (Insert/Update/Delete),
 *       {@link io.opendsql.sql.parse.ast.UtilityStmt} (transactions, SET/SHOW, EXPLAIN, ...),
 *       {@link io.opendsql.sql.parse.ast.TableDdl} (CREATE TABLE/INDEX, ALTER TABLE, DROP, RENAME, ...),
 *       {@link io.opendsql.sql.parse.ast.ObjectDdl} (schemas, views, sequences, functions, domains,
 *       roles, GRANT/REVOKE, COMMENT, AWS IAM GRANT/REVOKE, and {@code RecognizedStmt} for CREATEs
 *       that are only recognized so they can be rejected).</li>
 *   <li>{@link io.opendsql.sql.parse.ast.SelectBody}: SELECT core, VALUES, set operation, or a
 *       parenthesized {@code SelectStmt}.</li>
 *   <li>{@link io.opendsql.sql.parse.ast.FromItem}: tables, subqueries, functions, joins, TABLESAMPLE.</li>
 *   <li>{@link io.opendsql.sql.parse.ast.Expr}: value expressions.</li>
 * </ul>
 * Switch over these without {@code default} so that a new node type breaks the compile.
 */
package io.opendsql.sql.parse.ast;
