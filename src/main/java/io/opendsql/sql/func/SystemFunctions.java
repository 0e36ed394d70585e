package io.opendsql.sql.func;

import static io.opendsql.sql.types.PgType.BOOL;
import static io.opendsql.sql.types.PgType.INT4;
import static io.opendsql.sql.types.PgType.NAME;
import static io.opendsql.sql.types.PgType.TEXT;

import io.opendsql.sql.types.PgArray;
import io.opendsql.sql.types.PgDate;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.PgTimestampTz;
import java.util.List;
import java.util.UUID;

/** Session information, settings, time of the statement and gen_random_uuid(). */
final class SystemFunctions {
    /** What Aurora DSQL answers to {@code version()}. */
    static final String VERSION = "PostgreSQL 16";

    private SystemFunctions() {
    }

    static void register(Registry f) {
        f.add("version", List.of(), TEXT, a -> VERSION);
        f.add("current_database", List.of(), NAME, a -> a.context().session().database());
        f.add("current_schema", List.of(), NAME, a -> "public");
        f.add("current_schemas", List.of(BOOL), PgType.NAME_ARRAY, a -> PgArray.of((Boolean) a.get(0)
                ? List.of("pg_catalog", "public") : List.of("public")));
        f.add("current_user", List.of(), NAME, a -> a.context().session().user());
        f.add("session_user", List.of(), NAME, a -> a.context().session().user());
        f.add("current_role", List.of(), NAME, a -> a.context().session().user());
        f.add("user", List.of(), NAME, a -> a.context().session().user());
        f.add("current_catalog", List.of(), NAME, a -> a.context().session().database());
        f.add("pg_backend_pid", List.of(), INT4, a -> a.context().session().backendPid());
        f.add("current_setting", List.of(TEXT), TEXT, a -> a.context().session().setting((String) a.get(0)));
        f.add(new FunctionDef("set_config", List.of(TEXT, TEXT, BOOL), TEXT, false, a -> {
            if (a.get(0) == null) {
                throw io.opendsql.common.DsqlException.of(io.opendsql.common.SqlState.INVALID_PARAMETER_VALUE,
                        "SET requires parameter name");
            }
            String name = (String) a.get(0);
            if (a.get(1) == null) {
                a.context().session().resetSetting(name);
            } else {
                a.context().session().setSetting(name, (String) a.get(1),
                        a.get(2) != null && (Boolean) a.get(2));
            }
            return a.context().session().setting(name);
        }));
        f.add(new FunctionDef("pg_typeof", List.of(PgType.ANY), PgType.REGTYPE, false,
                a -> (long) a.types()[0].oid()));
        f.add("gen_random_uuid", List.of(), PgType.UUID, a -> UUID.randomUUID());
        for (String name : List.of("now", "transaction_timestamp", "current_timestamp")) {
            f.add(name, List.of(), PgType.TIMESTAMPTZ, a -> PgTimestampTz.of(a.context().transactionStart()));
        }
        f.add("statement_timestamp", List.of(), PgType.TIMESTAMPTZ,
                a -> PgTimestampTz.of(a.context().statementStart()));
        f.add("clock_timestamp", List.of(), PgType.TIMESTAMPTZ, a -> PgTimestampTz.of(java.time.Instant.now()));
        f.add("current_date", List.of(), PgType.DATE, a -> PgDate.of(a.context().transactionStart()
                .atZone(a.context().types().timeZone()).toLocalDate()));
        f.add("localtimestamp", List.of(), PgType.TIMESTAMP, a -> io.opendsql.sql.types.PgTimestamp.of(
                a.context().transactionStart().atZone(a.context().types().timeZone()).toLocalDateTime()));
    }
}
