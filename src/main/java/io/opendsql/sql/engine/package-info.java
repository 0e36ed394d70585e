/**
 * The {@link io.opendsql.sql.SqlEngine} implementation, {@link io.opendsql.sql.engine.DsqlEngine}:
 * parse with the real parser, apply DSQL's refusals ({@link io.opendsql.sql.dsql.DsqlRules}), then
 * dispatch on the statement: transaction control and settings through the session context, queries
 * through analyze and exec; anything else is {@code 0A000 OpenDSQL cannot run this statement yet}.
 */
package io.opendsql.sql.engine;
