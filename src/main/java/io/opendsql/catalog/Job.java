package io.opendsql.catalog;

import static java.util.Objects.requireNonNull;

/**
 * A sys.jobs row. Times are microseconds since the epoch; {@code updateTime} is null until first updated.
 *
 * @param classId    1259 (pg_class) for index builds and drops
 * @param objectName schema-qualified, or null
 */
public record Job(String id, Type type, Status status, String details, long classId, long objectId,
                  String objectName, long startTime, Long updateTime) {
    /** sys.jobs.job_type. */
    public enum Type {
        INDEX_BUILD,
        ANALYZE,
        DROP,
        VALIDATE_CONSTRAINT
    }

    /** sys.jobs.status; printed in lower case. */
    public enum Status {
        SUBMITTED,
        PROCESSING,
        COMPLETED,
        FAILED;

        public boolean finished() {
            return this == COMPLETED || this == FAILED;
        }
    }

    public Job {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(status, "status");
    }

    public Job withStatus(Status value, String newDetails, long now) {
        return new Job(id, type, value, newDetails, classId, objectId, objectName, startTime, now);
    }
}
