package io.opendsql.sql.engine;

import io.opendsql.catalog.Catalog;
import io.opendsql.catalog.ColumnDescriptor;
import io.opendsql.catalog.IndexDefinition;
import io.opendsql.catalog.RelationKind;
import io.opendsql.catalog.RelationRef;
import io.opendsql.catalog.TableDescriptor;
import io.opendsql.common.DsqlException;
import io.opendsql.common.Severity;
import io.opendsql.common.SqlState;
import io.opendsql.sql.Column;
import io.opendsql.sql.Execution;
import io.opendsql.sql.PreparedStatement;
import io.opendsql.sql.RowSink;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.SortBy;
import io.opendsql.sql.parse.ast.TableDdl;
import io.opendsql.sql.parse.ast.UtilityStmt;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code CREATE [UNIQUE] INDEX ASYNC} (returns the build's {@code job_id} at once; the build starts when the
 * statement's transaction commits), DSQL's refusals of the other index forms (spec §5.4), {@code DROP INDEX}
 * (which stops a running build) and {@code CALL sys.wait_for_job(id)}.
 */
final class IndexStatements {
    private final Database database;
    private final JobRunner jobs;

    IndexStatements(Database database, JobRunner jobs) {
        this.database = database;
        this.jobs = jobs;
    }

    PreparedStatement createIndex(TableDdl.IndexStmt s) {
        check(s);
        List<Column> columns = List.of(Results.column("job_id", SqlType.of(PgType.TEXT)));
        return Results.prepared(new int[0], columns, (context, values, formats, resultFormats) -> new Execution() {
            private String tag;

            @Override
            public boolean fetch(int maxRows, RowSink sink) {
                if (tag != null) {
                    return true;
                }
                EngineTransaction txn = (EngineTransaction) context.transaction();
                txn.ddl("CREATE INDEX");
                String jobId = create(s, txn, context);
                tag = "CREATE INDEX";
                if (jobId != null) {
                    // the build starts when this transaction commits (EngineTransaction runs the job queue)
                    sink.row(new byte[][] {jobId.getBytes(StandardCharsets.UTF_8)});
                }
                return true;
            }

            @Override
            public String commandTag() {
                return tag;
            }
        });
    }

    /** DSQL's refusals (spec §5.4), checked at parse time so they are errors of the statement itself. */
    private static void check(TableDdl.IndexStmt s) {
        if (s.concurrent()) {
            throw unsupported("CONCURRENTLY not supported for CREATE INDEX", s.location());
        }
        if (!s.async()) {
            throw unsupported("unsupported mode. please use CREATE INDEX ASYNC.", s.location());
        }
        if (s.accessMethod() != null) {
            throw unsupported("USING not supported for CREATE INDEX", s.location());
        }
        for (TableDdl.IndexElem element : s.elements()) {
            if (element.ordering() != null && element.ordering() != SortBy.Direction.DEFAULT) {
                throw unsupported("specifying sort order not supported for index keys", element.location());
            }
            if (!element.opclass().isEmpty()) {
                throw unsupported("opclass not supported for index keys", element.location());
            }
            if (element.expression() != null) {
                throw unsupported("expression indexes are not supported", element.location());
            }
        }
        if (s.where() != null) {
            throw unsupported("partial indexes are not supported", s.where().location());
        }
        if (s.relation().schema() != null && s.name() != null && s.name().contains(".")) {
            throw unsupported("index name may not be schema-qualified", s.location());
        }
    }

    private static DsqlException unsupported(String message, int location) {
        return DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "%s", message).at(location + 1);
    }

    /** Creates the invalid index and its job; the job id, or null when IF NOT EXISTS found the name taken. */
    private String create(TableDdl.IndexStmt s, EngineTransaction txn, io.opendsql.sql.SessionContext context) {
        Catalog catalog = database.catalog();
        catalog.checkCurrent(txn.txn());
        TableDescriptor table = catalog.table(txn.txn(), EngineCatalog.searchPath(context), s.relation().schema(),
                s.relation().name());
        if (s.name() != null && catalog.findRelation(txn.txn(), table.schemaOid(), s.name()).isPresent()) {
            if (s.ifNotExists()) {
                context.notice(DsqlException.of(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists, skipping",
                        s.name()).withSeverity(Severity.NOTICE));
                return null;
            }
            throw DsqlException.of(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", s.name());
        }
        List<Integer> keys = attnums(table, s.elements().stream().map(TableDdl.IndexElem::name).toList());
        List<Integer> include = attnums(table, s.including().stream().map(TableDdl.IndexElem::name).toList());
        IndexDefinition definition = new IndexDefinition(table.oid(), s.name(), keys, List.of(), include, s.unique(),
                s.nullsNotDistinct(), null, false);
        return catalog.createIndexAsync(txn.txn(), definition).job().id();
    }

    private static List<Integer> attnums(TableDescriptor table, List<String> names) {
        List<Integer> out = new ArrayList<>();
        for (String name : names) {
            ColumnDescriptor column = table.column(name).orElseThrow(() -> DsqlException.of(SqlState.UNDEFINED_COLUMN,
                    "column \"%s\" does not exist", name));
            out.add(column.attnum());
        }
        return out;
    }

    PreparedStatement dropIndex(TableDdl.DropStmt s) {
        return Results.action(context -> {
            EngineTransaction txn = (EngineTransaction) context.transaction();
            txn.ddl("DROP INDEX");
            Catalog catalog = database.catalog();
            catalog.checkCurrent(txn.txn());
            List<String> path = EngineCatalog.searchPath(context);
            for (List<String> name : s.objects()) {
                String schema = name.size() > 1 ? name.get(name.size() - 2) : null;
                String index = name.get(name.size() - 1);
                Optional<RelationRef> ref = catalog.resolveRelation(txn.txn(), path, schema, index);
                if (ref.isEmpty() && s.ifExists()) {
                    context.notice(DsqlException.of(SqlState.UNDEFINED_OBJECT, "index \"%s\" does not exist, skipping",
                            index).withSeverity(Severity.NOTICE));
                    continue;
                }
                RelationRef relation = catalog.relationOfKind(txn.txn(), path, schema, index, RelationKind.INDEX);
                catalog.dropIndex(txn.txn(), relation.oid());
            }
            return "DROP INDEX";
        });
    }

    /** {@code CALL sys.wait_for_job('id')}: waits until the job completed or failed. */
    PreparedStatement call(UtilityStmt.CallStmt s) {
        Expr.FuncCall call = s.call();
        List<String> name = call.name();
        boolean waitForJob = name.get(name.size() - 1).equals("wait_for_job")
                && (name.size() == 1 || name.get(name.size() - 2).equals("sys"));
        if (!waitForJob) {
            throw DsqlException.of(SqlState.UNDEFINED_FUNCTION, "procedure %s() does not exist",
                    String.join(".", name)).hint("No procedure matches the given name and argument types. You might "
                    + "need to add explicit type casts.").at(call.location() + 1);
        }
        if (call.args().size() != 1 || !(call.args().get(0) instanceof Expr.Literal literal)
                || literal.kind() != Expr.LiteralKind.STRING) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "OpenDSQL calls sys.wait_for_job with one string literal only").at(call.location() + 1);
        }
        String jobId = literal.value();
        return Results.action(context -> {
            jobs.await(jobId, context::checkCancel);
            return "CALL";
        });
    }
}
