/**
 * The audit log: an append-only record, per cluster, of who tried to do what. Each cluster writes JSON
 * lines to {@code <dataDir>/clusters/<id>/audit/audit.jsonl}, one {@link AuditEvent} per line, rotated
 * by size ({@code audit.jsonl.1} is the newest full file). Entries never hold a token, a secret access
 * key, a session token or a signature; they name identities by ARN and access key id, as CloudTrail does.
 *
 * <p>Events today: {@link ConnectionAttempt} (every accepted or refused connection, with the precise
 * internal reason for a refusal, which the client never sees). {@link CatalogChange} is the entry for
 * DDL, GRANT/REVOKE and {@code AWS IAM GRANT}/{@code REVOKE}: the SQL layer records it through the
 * session's {@link AuditLog} once those statements run. A new kind of event is a new record in the
 * {@link AuditEvent} permits list plus its case in {@link AuditJson}.
 *
 * <p>Writing never fails the audited operation: an I/O error is logged and the event is dropped.
 */
package io.opendsql.audit;
