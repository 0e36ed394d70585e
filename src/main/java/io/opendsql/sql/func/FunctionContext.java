package io.opendsql.sql.func;

import io.opendsql.sql.SessionContext;
import io.opendsql.sql.types.TypeContext;
import java.time.Instant;

/**
 * What functions may read of the running statement: the session (settings, user), the value
 * formatting context, and the statement's start time ({@code now()}).
 */
public record FunctionContext(SessionContext session, TypeContext types, Instant statementStart) {
}
