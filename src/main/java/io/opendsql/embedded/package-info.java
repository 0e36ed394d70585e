/**
 * OpenDSQL inside a JVM: {@link io.opendsql.embedded.OpenDsql} starts a complete server (TLS, IAM tokens,
 * DSQL's rules) on a free port for tests and tools, and {@link io.opendsql.embedded.OpenDsqlTest} is the
 * JUnit 5 extension that gives each test class or method a fresh one.
 */
package io.opendsql.embedded;
