package io.opendsql.sql.engine;

import io.opendsql.catalog.Catalog;
import io.opendsql.catalog.Job;
import io.opendsql.sql.plan.OutputColumn;
import io.opendsql.sql.plan.SystemRelation;
import io.opendsql.sql.system.SystemCatalog;
import io.opendsql.sql.types.PgTimestampTz;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The system relations of a database by schema and name: pg_catalog, information_schema and sys
 * ({@link SystemCatalog}), with {@code sys.jobs} (spec §5.5) added here.
 */
final class SystemRelations {
    /** Microseconds from 1970-01-01 to 2000-01-01, PostgreSQL's timestamp epoch. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    private final SystemCatalog system;

    SystemRelations(Catalog catalog) {
        this.system = new SystemCatalog(catalog);
        add(new SystemRelation("sys", "jobs", 14001, List.of(
                text("job_id"), text("status"), text("details"), text("job_type"),
                column("class_id", PgType.OID), column("object_id", PgType.OID), text("object_name"),
                column("start_time", PgType.TIMESTAMPTZ), column("update_time", PgType.TIMESTAMPTZ)),
                (txn, session) -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (Job job : catalog.jobs().jobs(txn)) {
                        rows.add(new Object[] {job.id(), job.status().name().toLowerCase(Locale.ROOT), job.details(),
                                job.type().name(), job.classId(), job.objectId(), job.objectName(),
                                timestamp(job.startTime()), job.updateTime() == null ? null
                                        : timestamp(job.updateTime())});
                    }
                    return rows;
                }));
    }

    void add(SystemRelation relation) {
        system.add(relation);
    }

    SystemCatalog system() {
        return system;
    }

    /** The relation {@code schema.name}; with no schema, pg_catalog's, then the search path's. */
    Optional<SystemRelation> find(String schema, String name, List<String> searchPath) {
        return system.find(schema, name, searchPath);
    }

    private static PgTimestampTz timestamp(long epochMicros) {
        return new PgTimestampTz(epochMicros - POSTGRES_EPOCH_MICROS);
    }

    private static OutputColumn text(String name) {
        return column(name, PgType.TEXT);
    }

    private static OutputColumn column(String name, PgType type) {
        return new OutputColumn(name, SqlType.of(type));
    }
}
