package io.opendsql.sql.engine;

import io.opendsql.catalog.Catalog;
import io.opendsql.catalog.TableDescriptor;
import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.Column;
import io.opendsql.sql.Execution;
import io.opendsql.sql.PreparedStatement;
import io.opendsql.sql.SessionContext;
import io.opendsql.sql.analyze.CatalogReader;
import io.opendsql.sql.analyze.DmlAnalyzer;
import io.opendsql.sql.analyze.ExpressionAnalyzer;
import io.opendsql.sql.analyze.Parameters;
import io.opendsql.sql.analyze.QueryAnalyzer;
import io.opendsql.sql.exec.DmlRunner;
import io.opendsql.sql.exec.ExecContext;
import io.opendsql.sql.exec.Executor;
import io.opendsql.sql.exec.Frames;
import io.opendsql.sql.exec.RowSource;
import io.opendsql.sql.func.FunctionContext;
import io.opendsql.sql.parse.ast.DmlStmt;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.plan.DmlPlan;
import io.opendsql.sql.plan.OutputColumn;
import io.opendsql.sql.plan.Plan;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.TypeContext;
import io.opendsql.txn.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Queries and DML as prepared statements. Analysis reads the catalog through the session's transaction and
 * records the tables it used with their versions; each execution re-reads those tables' catalog rows (which
 * also registers them for OC001) and analyzes the statement again if one changed, as PostgreSQL re-plans a
 * cached statement after DDL.
 */
final class QueryStatements {
    private final Database database;
    private final SystemRelations system;

    QueryStatements(Database database, SystemRelations system) {
        this.database = database;
        this.system = system;
    }

    /** One analysis: parameter types, result columns, the plan, and the table versions it depends on. */
    private record Analysis(PgType[] parameterTypes, List<OutputColumn> columns, Plan query, DmlPlan dml,
                            Map<Long, Integer> tables, boolean readsData) {
    }

    PreparedStatement prepare(Stmt statement, int[] hints, SessionContext session) {
        Analysis first = analyze(statement, hints, session);
        int[] oids = Arrays.stream(first.parameterTypes()).mapToInt(PgType::oid).toArray();
        List<Column> columns = first.columns() == null ? null : columns(first.columns());
        return new PreparedStatement() {
            private Analysis current = first;

            @Override
            public int[] parameterTypes() {
                return oids.clone();
            }

            @Override
            public List<Column> resultColumns() {
                return columns;
            }

            @Override
            public Execution execute(SessionContext context, byte[][] values, short[] parameterFormats,
                                     short[] resultFormats) {
                Transaction txn = current.readsData() ? transaction(context).txn() : null;
                if (txn != null && !current(current, txn)) {
                    Analysis again = analyze(statement, hints, context);
                    if (!Arrays.equals(again.parameterTypes(), current.parameterTypes())
                            || !sameShape(again.columns(), current.columns())) {
                        throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "cached plan must not change result type");
                    }
                    current = again;
                }
                return start(current, context, values, parameterFormats, resultFormats);
            }
        };
    }

    private static boolean sameShape(List<OutputColumn> a, List<OutputColumn> b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).type().equals(b.get(i).type())) {
                return false;
            }
        }
        return true;
    }

    /** True when every table the analysis used still has the version it saw, in this transaction. */
    private boolean current(Analysis analysis, Transaction txn) {
        Catalog catalog = database.catalog();
        for (Map.Entry<Long, Integer> used : analysis.tables().entrySet()) {
            TableDescriptor table = catalog.table(txn, used.getKey()).orElse(null);
            if (table == null || table.version() != used.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static EngineTransaction transaction(SessionContext context) {
        return (EngineTransaction) context.transaction();
    }

    private Analysis analyze(Stmt statement, int[] hints, SessionContext session) {
        Parameters parameters = new Parameters(hints);
        ExpressionAnalyzer expressions = new ExpressionAnalyzer(parameters,
                DsqlEngine.typeContext(session, session.transactionStart()).withNames(names(session)));
        LazyCatalog catalog = new LazyCatalog(session);
        Plan query = null;
        DmlPlan dml = null;
        List<OutputColumn> columns;
        if (statement instanceof SelectStmt select) {
            query = new QueryAnalyzer(expressions, catalog).analyze(select);
            columns = query.columns();
        } else {
            dml = new DmlAnalyzer(expressions, catalog).analyze((DmlStmt) statement);
            columns = dml.returning().isEmpty() ? null : dml.returningColumns();
        }
        return new Analysis(parameters.resolved(), columns, query, dml, catalog.tables(), catalog.used());
    }

    private Execution start(Analysis analysis, SessionContext context, byte[][] values, short[] parameterFormats,
                            short[] resultFormats) {
        TypeContext types = DsqlEngine.typeContext(context, context.transactionStart()).withNames(names(context));
        Object[] parameters = DsqlEngine.decode(analysis.parameterTypes(), values, parameterFormats, types);
        FunctionContext functions = new FunctionContext(context, types, context.transactionStart(), Instant.now());
        Transaction txn = null;
        EngineTransaction engineTxn = null;
        if (analysis.readsData() || analysis.dml() != null) {
            engineTxn = transaction(context);
            txn = engineTxn.txn();
            txn.checkAge();
            database.catalog().checkCurrent(txn);
        }
        ExecContext exec = new ExecContext(functions, parameters, txn, database::nextRowId);
        List<PgType> resultTypes = analysis.columns() == null ? List.of()
                : analysis.columns().stream().map(c -> c.type().type()).toList();
        if (analysis.query() != null) {
            for (String command : modifications(analysis.query())) {
                engineTxn.dml(command);
            }
            return Results.stream(resultTypes, () -> Executor.open(analysis.query(), exec, Frames.NONE), resultFormats,
                    types, "SELECT");
        }
        DmlPlan dml = analysis.dml();
        engineTxn.dml(dml.command());
        String verb = dml.command();
        return Results.once(() -> {
            DmlRunner.Result result = new DmlRunner(exec).run(dml);
            String tag = verb.equals("INSERT") ? "INSERT 0 " + result.rows() : verb + " " + result.rows();
            return new Results.Outcome(result.returning(), tag);
        }, resultTypes, resultFormats, types);
    }

    /** The commands of the data-modifying statements in a query's WITH (allowed only in the statement's own). */
    private static List<String> modifications(Plan query) {
        Plan plan = query;
        while (plan instanceof Plan.Convert convert) {
            plan = convert.input();
        }
        if (!(plan instanceof Plan.With with)) {
            return List.of();
        }
        return with.tables().stream().filter(table -> table.plan() instanceof Plan.Modify)
                .map(table -> ((Plan.Modify) table.plan()).dml().command()).toList();
    }

    /** The catalog names regclass and its siblings read and print, in the session's transaction. */
    private io.opendsql.sql.system.SessionNames names(SessionContext session) {
        return new io.opendsql.sql.system.SessionNames(system.system(), () -> transaction(session).txn(), session);
    }

    private static List<Column> columns(List<OutputColumn> columns) {
        List<Column> out = new ArrayList<>();
        for (OutputColumn column : columns) {
            out.add(Results.column(column.name(), column.type()));
        }
        return out;
    }

    /** Reads the catalog only when the statement names a table, so table-less queries start no transaction. */
    private final class LazyCatalog implements CatalogReader {
        private final SessionContext session;
        private EngineCatalog catalog;
        private final java.util.LinkedHashMap<Long, Integer> tables = new java.util.LinkedHashMap<>();

        LazyCatalog(SessionContext session) {
            this.session = session;
        }

        private EngineCatalog catalog() {
            if (catalog == null) {
                Transaction txn = transaction(session).txn();
                database.catalog().checkCurrent(txn);
                catalog = new EngineCatalog(database.catalog(), system, txn, session);
            }
            return catalog;
        }

        boolean used() {
            return catalog != null;
        }

        @Override
        public java.util.Optional<io.opendsql.sql.plan.SystemRelation> systemRelation(
                io.opendsql.sql.parse.ast.RangeVar name) {
            return catalog().systemRelation(name);
        }

        @Override
        public TableRef table(io.opendsql.sql.parse.ast.RangeVar name) {
            TableRef ref = catalog().table(name);
            tables.putAll(catalog.tableVersions());
            return ref;
        }

        Map<Long, Integer> tables() {
            return Map.copyOf(tables);
        }
    }
}
