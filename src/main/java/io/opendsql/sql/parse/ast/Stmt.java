package io.opendsql.sql.parse.ast;

/**
 * A statement. The hierarchy is split by area: queries ({@link SelectStmt}), data changes
 * ({@link DmlStmt}), transaction control and utility commands ({@link UtilityStmt}), table and
 * index definitions ({@link TableDdl}), and other definitions and privileges ({@link ObjectDdl}).
 * Record names follow PostgreSQL's parse nodes.
 */
public sealed interface Stmt permits SelectStmt, DmlStmt, UtilityStmt, TableDdl, ObjectDdl {
    /** 0-based offset of the statement's first token in the query string. */
    int location();
}
