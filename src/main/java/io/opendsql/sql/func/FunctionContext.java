package io.opendsql.sql.func;

import io.opendsql.sql.SessionContext;
import io.opendsql.sql.types.TypeContext;
import java.time.Instant;

/**
 * What functions may read of the running statement: the session (settings, user), the value
 * formatting context, the transaction's start ({@code now()}) and the statement's start
 * ({@code statement_timestamp()}).
 */
public record FunctionContext(SessionContext session, TypeContext types, Instant transactionStart,
                              Instant statementStart) {
}
