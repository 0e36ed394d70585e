package io.opendsql.audit;

import java.time.Instant;

/** One entry of the audit log. */
public sealed interface AuditEvent permits ConnectionAttempt, CatalogChange {
    /** When it happened. */
    Instant time();
}
