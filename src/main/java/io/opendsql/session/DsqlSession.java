package io.opendsql.session;

import io.opendsql.common.DsqlException;
import io.opendsql.common.Severity;
import io.opendsql.common.SqlState;
import io.opendsql.sql.Column;
import io.opendsql.sql.Execution;
import io.opendsql.sql.ParsedStatement;
import io.opendsql.sql.PreparedStatement;
import io.opendsql.sql.SessionContext;
import io.opendsql.sql.SqlEngine;
import io.opendsql.sql.SqlTransaction;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The session of one connection: transaction status, settings, prepared statements and portals.
 * Statements are parsed and run by an {@link SqlEngine}; this class keeps PostgreSQL's protocol
 * rules (unnamed statement and portal replaced, portals dropped at transaction end, a failed block
 * refusing everything but its end with {@code 25P02}).
 */
public final class DsqlSession implements Session, SessionContext {
    /** A Parse result; {@code prepared} is null for an empty query string. */
    private record Statement(ParsedStatement parsed, PreparedStatement prepared) {
    }

    /** A Bind result; {@code execution} is null for an empty query string. */
    private static final class Portal {
        final Statement statement;
        final Execution execution;
        boolean completed;

        Portal(Statement statement, Execution execution) {
            this.statement = statement;
            this.execution = execution;
        }
    }

    private final SqlEngine engine;
    private final SessionOptions options;
    private final Settings settings;
    private final Map<String, Statement> statements = new HashMap<>();
    private final Map<String, Portal> portals = new HashMap<>();
    private final Map<Class<?>, Object> attachments = new HashMap<>();
    private TransactionStatus status = TransactionStatus.IDLE;
    /** Statements ran outside a block since the last Sync (or in this Query message): PostgreSQL's implicit transaction. */
    private boolean implicitTransaction;
    private boolean implicitTransactionFailed;
    private Instant transactionStart = Instant.now();
    private boolean readOnlyBlock;
    /** The engine's state for the current transaction, once a statement asked for it. */
    private SqlTransaction transaction;
    private ResultSink sink;
    private volatile boolean running;
    private Execution currentExecution;
    private volatile boolean cancelRequested;

    public DsqlSession(SqlEngine engine, SessionOptions options) {
        this.engine = engine;
        this.options = options;
        this.settings = new Settings(options.user(), options.startupParameters().get("application_name"));
        for (Map.Entry<String, String> e : options.startupParameters().entrySet()) {
            String name = e.getKey();
            if (!name.equals("user") && !name.equals("database") && !name.equals("application_name")
                    && !name.equals("options") && !name.equals("replication")) {
                settings.applyStartupParameter(name, e.getValue());
            }
        }
    }

    // ---- Session (driven by the wire layer) ----

    @Override
    public Map<String, String> reportedParameters() {
        return settings.reported();
    }

    @Override
    public TransactionStatus transactionStatus() {
        return status;
    }

    @Override
    public void simpleQuery(String sql, ResultSink out) {
        List<ParsedStatement> parsed = guarded(() -> engine.parse(sql));
        if (parsed.isEmpty()) {
            out.emptyQuery();
            return;
        }
        // A Query message is one implicit transaction, as in PostgreSQL: an error undoes what its
        // earlier statements changed, SET included.
        try {
            runEach(parsed, out);
        } finally {
            endImplicitTransaction(out);
        }
    }

    private void runEach(List<ParsedStatement> parsed, ResultSink out) {
        for (int i = 0; i < parsed.size(); i++) {
            ParsedStatement statement = parsed.get(i);
            boolean last = i == parsed.size() - 1;
            guarded(() -> {
                startImplicitTransaction();
                PreparedStatement prepared = prepare(statement, new int[0]);
                List<Column> columns = prepared.resultColumns();
                try (Execution execution = prepared.execute(this, new byte[0][], new short[0], new short[0])) {
                    if (columns != null) {
                        out.rowDescription(columns);
                    }
                    run(execution, 0, out);
                    if (last) {
                        // as in PostgreSQL, the implicit transaction commits before the last CommandComplete,
                        // so a failed commit is that statement's error
                        endImplicitTransaction(out);
                    }
                    out.commandComplete(execution.commandTag());
                }
                return null;
            }, out);
        }
    }

    @Override
    public void parse(String statementName, String sql, int[] parameterTypeHints) {
        guarded(() -> {
            if (!statementName.isEmpty() && statements.containsKey(statementName)) {
                throw DsqlException.of(SqlState.DUPLICATE_PREPARED_STATEMENT,
                        "prepared statement \"%s\" already exists", statementName);
            }
            List<ParsedStatement> parsed = engine.parse(sql);
            if (parsed.size() > 1) {
                throw DsqlException.of(SqlState.SYNTAX_ERROR, "cannot insert multiple commands into a prepared statement");
            }
            // like PostgreSQL, Parse already runs in the implicit transaction (analysis may read now())
            startImplicitTransaction();
            Statement statement = parsed.isEmpty()
                    ? new Statement(null, null)
                    : new Statement(parsed.get(0), prepare(parsed.get(0), parameterTypeHints));
            statements.put(statementName, statement);
            return null;
        });
    }

    @Override
    public void bind(String portalName, String statementName, short[] parameterFormats, byte[][] parameterValues,
                     short[] resultFormats) {
        guarded(() -> {
            Statement statement = statement(statementName);
            if (!portalName.isEmpty() && portals.containsKey(portalName)) {
                throw DsqlException.of(SqlState.DUPLICATE_CURSOR, "cursor \"%s\" already exists", portalName);
            }
            int expected = statement.prepared() == null ? 0 : statement.prepared().parameterTypes().length;
            if (parameterValues.length != expected) {
                throw DsqlException.of(SqlState.PROTOCOL_VIOLATION,
                        "bind message supplies %d parameters, but prepared statement \"%s\" requires %d",
                        parameterValues.length, statementName, expected);
            }
            checkFormatCount(parameterFormats.length, parameterValues.length, "parameter");
            if (statement.prepared() != null && statement.prepared().resultColumns() != null) {
                checkFormatCount(resultFormats.length, statement.prepared().resultColumns().size(), "result");
            }
            Portal previous = portals.remove(portalName);
            if (previous != null && previous.execution != null) {
                previous.execution.close();
            }
            if (statement.prepared() != null) {
                checkBlockState(statement.parsed());
                startImplicitTransaction();
            }
            Execution execution = statement.prepared() == null ? null
                    : statement.prepared().execute(this, parameterValues, parameterFormats, resultFormats);
            portals.put(portalName, new Portal(statement, execution));
            return null;
        });
    }

    @Override
    public StatementDescription describeStatement(String statementName) {
        return guarded(() -> {
            Statement statement = statement(statementName);
            if (statement.prepared() == null) {
                return new StatementDescription(new int[0], null);
            }
            return new StatementDescription(statement.prepared().parameterTypes(), statement.prepared().resultColumns());
        });
    }

    @Override
    public List<Column> describePortal(String portalName) {
        return guarded(() -> {
            Portal portal = portal(portalName);
            return portal.statement.prepared() == null ? null : portal.statement.prepared().resultColumns();
        });
    }

    @Override
    public boolean execute(String portalName, int maxRows, ResultSink out) {
        return guarded(() -> {
            Portal portal = portal(portalName);
            if (portal.execution == null) {
                out.emptyQuery();
                return true;
            }
            if (portal.completed) {
                out.commandComplete(portal.execution.commandTag());
                return true;
            }
            startImplicitTransaction();
            boolean done = run(portal.execution, maxRows, out);
            if (done) {
                portal.completed = true;
                out.commandComplete(portal.execution.commandTag());
            }
            return done;
        }, out);
    }

    @Override
    public void closeStatement(String statementName) {
        statements.remove(statementName);
    }

    @Override
    public void closePortal(String portalName) {
        Portal portal = portals.remove(portalName);
        if (portal != null && portal.execution != null) {
            portal.execution.close();
        }
    }

    @Override
    public void sync(ResultSink out) {
        endImplicitTransaction(out);
        if (status == TransactionStatus.IDLE) {
            closeAllPortals();
        }
    }

    @Override
    public void extendedProtocolError() {
        failBlock();
    }

    @Override
    public void cancel() {
        if (running) {
            cancelRequested = true;
        }
    }

    @Override
    public boolean busy() {
        return running || status != TransactionStatus.IDLE;
    }

    @Override
    public void close() {
        closeAllPortals();
        statements.clear();
        SqlTransaction open = transaction;
        transaction = null;
        if (open != null) {
            open.rollback();
        }
    }

    // ---- SessionContext (used by the SQL engine) ----

    @Override
    public String user() {
        return options.user();
    }

    @Override
    public String database() {
        return options.database();
    }

    @Override
    public int backendPid() {
        return options.backendPid();
    }

    @Override
    public String setting(String name) {
        return settings.get(name);
    }

    @Override
    public void setSetting(String name, String value, boolean local) {
        if (local && status == TransactionStatus.IDLE) {
            notice(DsqlException.of(SqlState.NO_ACTIVE_SQL_TRANSACTION,
                    "SET LOCAL can only be used in transaction blocks").withSeverity(Severity.WARNING));
            return;
        }
        String stored = settings.set(name, value, local);
        if (settings.isReported(name) && sink != null) {
            sink.parameterStatus(settings.canonicalName(name), stored);
        }
    }

    @Override
    public void resetSetting(String name) {
        Map<String, String> before = settings.reported();
        settings.reset(name);
        reportChanges(before);
    }

    @Override
    public Map<String, String> settings() {
        return settings.all();
    }

    @Override
    public String settingName(String name) {
        return settings.canonicalName(name);
    }

    @Override
    public void beginBlock(boolean readOnly) {
        if (status != TransactionStatus.IDLE) {
            notice(DsqlException.of(SqlState.ACTIVE_SQL_TRANSACTION, "there is already a transaction in progress")
                    .withSeverity(Severity.WARNING));
            return;
        }
        status = TransactionStatus.IN_BLOCK;
        readOnlyBlock = readOnly;
        if (implicitTransaction) {
            implicitTransaction = false; // the explicit block takes over what the implicit one did
        } else {
            settings.blockStarted();
            transactionStart = Instant.now();
        }
    }

    @Override
    public String commitBlock() {
        if (status == TransactionStatus.IDLE) {
            notice(DsqlException.of(SqlState.NO_ACTIVE_SQL_TRANSACTION, "there is no transaction in progress")
                    .withSeverity(Severity.WARNING));
            return "COMMIT";
        }
        boolean failed = status == TransactionStatus.FAILED;
        endBlock(!failed);
        return failed ? "ROLLBACK" : "COMMIT";
    }

    @Override
    public void rollbackBlock() {
        if (status == TransactionStatus.IDLE) {
            notice(DsqlException.of(SqlState.NO_ACTIVE_SQL_TRANSACTION, "there is no transaction in progress")
                    .withSeverity(Severity.WARNING));
            return;
        }
        endBlock(false);
    }

    @Override
    public Instant transactionStart() {
        return transactionStart;
    }

    @Override
    public <T> T attachment(Class<T> type, java.util.function.Supplier<T> create) {
        return type.cast(attachments.computeIfAbsent(type, t -> create.get()));
    }

    @Override
    public SqlTransaction transaction() {
        if (transaction == null) {
            startImplicitTransaction();
            transaction = engine.begin(this);
        }
        return transaction;
    }

    @Override
    public boolean inBlock() {
        return status != TransactionStatus.IDLE;
    }

    @Override
    public boolean readOnly() {
        return (status != TransactionStatus.IDLE && readOnlyBlock)
                || settings.get("default_transaction_read_only").equals("on");
    }

    @Override
    public void checkCancel() {
        if (cancelRequested) {
            cancelRequested = false;
            throw DsqlException.of(SqlState.QUERY_CANCELED, "canceling statement due to user request");
        }
    }

    @Override
    public void notice(DsqlException notice) {
        if (sink != null) {
            sink.notice(notice);
        }
    }

    // ---- internals ----

    private PreparedStatement prepare(ParsedStatement statement, int[] parameterTypeHints) {
        checkBlockState(statement);
        return engine.prepare(statement, parameterTypeHints, this);
    }

    /** In a failed block only the statements that end it may run. */
    private void checkBlockState(ParsedStatement statement) {
        if (status == TransactionStatus.FAILED && !statement.isTransactionControl()) {
            throw DsqlException.of(SqlState.IN_FAILED_SQL_TRANSACTION,
                    "current transaction is aborted, commands ignored until end of transaction block");
        }
    }

    private boolean run(Execution execution, int maxRows, ResultSink out) {
        running = true;
        cancelRequested = false;
        currentExecution = execution;
        try {
            return execution.fetch(maxRows, out);
        } finally {
            currentExecution = null;
            running = false;
            cancelRequested = false;
        }
    }

    private void endBlock(boolean commit) {
        Map<String, String> before = settings.reported();
        status = TransactionStatus.IDLE;
        readOnlyBlock = false;
        boolean committed = false;
        try {
            finishTransaction(commit);
            committed = commit;
        } finally {
            settings.blockEnded(committed);
            reportChanges(before);
            closeAllPortalsExceptRunning();
        }
    }

    /** Commits or rolls back the engine's transaction, if a statement started one; it is over either way. */
    private void finishTransaction(boolean commit) {
        SqlTransaction current = transaction;
        transaction = null;
        if (current == null) {
            return;
        }
        if (commit) {
            current.commit();
        } else {
            current.rollback();
        }
    }

    private void reportChanges(Map<String, String> before) {
        if (sink == null) {
            return;
        }
        settings.reported().forEach((name, value) -> {
            if (!value.equals(before.get(name))) {
                sink.parameterStatus(name, value);
            }
        });
    }

    private void failBlock() {
        if (status == TransactionStatus.IN_BLOCK) {
            status = TransactionStatus.FAILED;
        }
        if (implicitTransaction) {
            implicitTransactionFailed = true;
        }
    }

    private void startImplicitTransaction() {
        if (status == TransactionStatus.IDLE && !implicitTransaction) {
            implicitTransaction = true;
            implicitTransactionFailed = false;
            transactionStart = Instant.now();
            settings.blockStarted();
        }
    }

    /** Commits the implicit transaction, or rolls it back after an error, telling the client of restored settings. */
    private void endImplicitTransaction(ResultSink out) {
        if (!implicitTransaction) {
            return;
        }
        implicitTransaction = false;
        Map<String, String> before = settings.reported();
        boolean commit = !implicitTransactionFailed;
        boolean committed = false;
        try {
            finishTransaction(commit);
            committed = commit;
        } finally {
            settings.blockEnded(committed);
            ResultSink previous = sink;
            sink = out;
            try {
                reportChanges(before);
            } finally {
                sink = previous;
            }
        }
    }

    private Statement statement(String name) {
        Statement statement = statements.get(name);
        if (statement == null) {
            throw DsqlException.of(SqlState.UNDEFINED_PREPARED_STATEMENT, "prepared statement \"%s\" does not exist", name);
        }
        return statement;
    }

    private Portal portal(String name) {
        Portal portal = portals.get(name);
        if (portal == null) {
            throw DsqlException.of(SqlState.INVALID_CURSOR_NAME, "portal \"%s\" does not exist", name);
        }
        return portal;
    }

    private static void checkFormatCount(int formats, int values, String what) {
        if (formats > 1 && formats != values) {
            throw DsqlException.of(SqlState.PROTOCOL_VIOLATION, "bind message has %d %s formats but %d %ss",
                    formats, what, values, what.equals("result") ? "column" : what);
        }
    }

    private void closeAllPortals() {
        for (Portal portal : portals.values()) {
            if (portal.execution != null) {
                portal.execution.close();
            }
        }
        portals.clear();
    }

    /** At a block's end every portal goes, except the one running the statement that ended the block. */
    private void closeAllPortalsExceptRunning() {
        portals.values().removeIf(portal -> {
            if (portal.execution == null || portal.execution != currentExecution) {
                if (portal.execution != null) {
                    portal.execution.close();
                }
                return true;
            }
            return false;
        });
    }

    private <T> T guarded(java.util.function.Supplier<T> action) {
        return guarded(action, null);
    }

    /** Runs one protocol step; any error fails an open block, and internal faults become XX000. */
    private <T> T guarded(java.util.function.Supplier<T> action, ResultSink out) {
        ResultSink previous = sink;
        if (out != null) {
            sink = out;
        }
        try {
            return action.get();
        } catch (DsqlException e) {
            failBlock();
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            failBlock();
            throw DsqlException.internal(e);
        } finally {
            sink = previous;
        }
    }
}
