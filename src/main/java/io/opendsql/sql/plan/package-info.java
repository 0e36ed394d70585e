/**
 * Query plans: trees of relational operators over rows ({@code Object[]}), with {@link
 * io.opendsql.sql.analyze.BoundExpr}s whose column references are slots of the operator's input row. The
 * analyzer builds them; {@link io.opendsql.sql.exec} runs them.
 */
package io.opendsql.sql.plan;
