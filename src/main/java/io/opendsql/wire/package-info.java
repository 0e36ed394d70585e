/**
 * The PostgreSQL v3 frontend/backend protocol over mandatory TLS, as Aurora DSQL speaks it.
 *
 * <p>{@link io.opendsql.wire.PgServer} accepts connections on a platform thread and runs each on a virtual
 * thread: {@code StartupNegotiation} (SSLRequest or direct TLS with ALPN {@code postgresql}, GSSENCRequest,
 * CancelRequest, StartupMessage), cleartext-password authentication through a
 * {@link io.opendsql.wire.SessionOpener}, then {@code MessageLoop}, which decodes each message into a
 * {@code FrontendMessage} record and hands it to one {@code MessageHandler} per message kind. Backend
 * messages are {@code BackendMessage} records written through a buffering {@code MessageWriter}; every type
 * byte is named in {@link io.opendsql.wire.MessageType}.
 *
 * <p>Errors: statement errors are ErrorResponse (then ReadyForQuery, or skip-to-Sync in the extended
 * protocol); protocol violations are FATAL {@code 08P01} and close the connection; anything unexpected
 * from a session becomes {@code XX000}, is logged with its stack, and the connection continues.
 */
package io.opendsql.wire;
