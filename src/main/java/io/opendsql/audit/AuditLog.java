package io.opendsql.audit;

/** Where one cluster's audit events go. Implementations are thread-safe and never throw from {@link #record}. */
public interface AuditLog {
    /** A log that drops every event, for callers that do not audit. */
    AuditLog NONE = event -> { };

    /** Appends one event. */
    void record(AuditEvent event);
}
