/** Aurora DSQL's refusals of statements, as data with their exact SQLSTATE and message (spec §5.8, §11). */
package io.opendsql.sql.dsql;
