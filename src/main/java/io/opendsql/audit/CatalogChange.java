package io.opendsql.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A committed change to the catalog or to access control: DDL ({@code CREATE TABLE}...), GRANT/REVOKE,
 * role changes and {@code AWS IAM GRANT}/{@code REVOKE}. The statement's text is not recorded, only what
 * it changed, so literals in it cannot leak into the log.
 *
 * @param time when the change committed
 * @param databaseRole the session's database role
 * @param principal the session's IAM identity ARN (user or assumed-role ARN)
 * @param commandTag the statement's command tag, e.g. {@code CREATE TABLE}, {@code GRANT}, {@code AWS IAM GRANT}
 * @param objectName what changed, e.g. {@code public.orders} or {@code myapp -> arn:aws:iam::...:role/app}
 * @param detail optional extra facts, e.g. the privileges granted, or null
 */
public record CatalogChange(Instant time, String databaseRole, String principal, String commandTag, String objectName,
                            String detail) implements AuditEvent {
    public CatalogChange {
        requireNonNull(time, "time");
        requireNonNull(databaseRole, "databaseRole");
        requireNonNull(commandTag, "commandTag");
    }
}
