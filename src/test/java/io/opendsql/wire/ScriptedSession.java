package io.opendsql.wire;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.session.ResultSink;
import io.opendsql.session.Session;
import io.opendsql.session.StatementDescription;
import io.opendsql.session.TransactionStatus;
import io.opendsql.sql.Column;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test double for protocol tests. It is not a database: it knows a handful of statements, listed in
 * {@link #statement}, and answers anything else with an error saying so.
 */
final class ScriptedSession implements Session {
    static final int INT4 = 23;
    static final int TEXT = 25;
    private static final Pattern SERIES = Pattern.compile("select generate_series\\(1, *(\\d+)\\)");
    private static final Pattern SLEEP = Pattern.compile("select pg_sleep\\((\\d+)\\)");
    private static final java.util.Set<String> KNOWN_WITHOUT_ROWS =
            java.util.Set.of("begin", "commit", "rollback", "select internal_failure()", "select notice()");
    private static final Pattern SET = Pattern.compile("set (session )?[a-z_]+ *(=|to) *('[^']*'|[a-z0-9_.]+)");
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)");

    private record Result(List<Column> columns, List<byte[][]> rows, String tag) {
    }

    private record Prepared(String sql, int parameterCount) {
    }

    private static final class Portal {
        final String sql;
        final byte[][] parameters;
        Result result;
        int next;

        Portal(String sql, byte[][] parameters) {
            this.sql = sql;
            this.parameters = parameters;
        }
    }

    private final String user;
    private final Map<String, Prepared> statements = new HashMap<>();
    private final Map<String, Portal> portals = new HashMap<>();
    private final AtomicInteger closes = new AtomicInteger();
    private volatile boolean canceled;
    private volatile boolean running;
    private TransactionStatus status = TransactionStatus.IDLE;

    ScriptedSession(String user) {
        this.user = user;
    }

    int closeCount() {
        return closes.get();
    }

    @Override
    public Map<String, String> reportedParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("server_version", "16.13");
        parameters.put("server_encoding", "UTF8");
        parameters.put("client_encoding", "UTF8");
        parameters.put("DateStyle", "ISO, MDY");
        parameters.put("IntervalStyle", "postgres");
        parameters.put("TimeZone", "UTC");
        parameters.put("integer_datetimes", "on");
        parameters.put("standard_conforming_strings", "on");
        parameters.put("is_superuser", "off");
        parameters.put("session_authorization", user);
        parameters.put("application_name", "");
        return parameters;
    }

    @Override
    public TransactionStatus transactionStatus() {
        return status;
    }

    @Override
    public void simpleQuery(String sql, ResultSink sink) {
        List<String> parts = new ArrayList<>();
        for (String part : sql.split(";")) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        if (parts.isEmpty()) {
            sink.emptyQuery();
            return;
        }
        for (String part : parts) {
            Result result = run(part, new byte[0][]);
            if (result.columns() != null) {
                sink.rowDescription(result.columns());
                result.rows().forEach(sink::row);
            }
            sink.commandComplete(result.tag());
        }
    }

    @Override
    public void parse(String statementName, String sql, int[] parameterTypeHints) {
        if (!statementName.isEmpty() && statements.containsKey(statementName)) {
            throw DsqlException.of(SqlState.DUPLICATE_PREPARED_STATEMENT, "prepared statement \"%s\" already exists",
                    statementName);
        }
        String normalized = sql.trim().toLowerCase(Locale.ROOT);
        if (columnsOf(normalized) == null && !KNOWN_WITHOUT_ROWS.contains(normalized)
                && !SET.matcher(normalized).matches()) {
            throw unknown(normalized);
        }
        int count = 0;
        Matcher matcher = PARAMETER.matcher(sql);
        while (matcher.find()) {
            count = Math.max(count, Integer.parseInt(matcher.group(1)));
        }
        statements.put(statementName, new Prepared(sql.trim(), count));
    }

    @Override
    public void bind(String portalName, String statementName, short[] parameterFormats, byte[][] parameterValues,
                     short[] resultFormats) {
        Prepared prepared = prepared(statementName);
        if (parameterValues.length != prepared.parameterCount()) {
            throw DsqlException.of(SqlState.PROTOCOL_VIOLATION,
                    "bind message supplies %d parameters, but prepared statement \"%s\" requires %d",
                    parameterValues.length, statementName, prepared.parameterCount());
        }
        if (!portalName.isEmpty() && portals.containsKey(portalName)) {
            throw DsqlException.of(SqlState.INVALID_CURSOR_STATE, "cursor \"%s\" already exists", portalName);
        }
        portals.put(portalName, new Portal(prepared.sql(), parameterValues));
    }

    @Override
    public StatementDescription describeStatement(String statementName) {
        Prepared prepared = prepared(statementName);
        int[] types = new int[prepared.parameterCount()];
        java.util.Arrays.fill(types, TEXT);
        return new StatementDescription(types, columnsOf(prepared.sql()));
    }

    @Override
    public List<Column> describePortal(String portalName) {
        return columnsOf(portal(portalName).sql);
    }

    @Override
    public boolean execute(String portalName, int maxRows, ResultSink sink) {
        Portal portal = portal(portalName);
        if (portal.result == null) {
            portal.result = run(portal.sql, portal.parameters);
        }
        Result result = portal.result;
        if (result.columns() != null) {
            int end = maxRows == 0 ? result.rows().size() : Math.min(result.rows().size(), portal.next + maxRows);
            for (; portal.next < end; portal.next++) {
                sink.row(result.rows().get(portal.next));
            }
            if (portal.next < result.rows().size()) {
                return false;
            }
        }
        sink.commandComplete(result.tag());
        return true;
    }

    @Override
    public void closeStatement(String statementName) {
        statements.remove(statementName);
    }

    @Override
    public void closePortal(String portalName) {
        portals.remove(portalName);
    }

    @Override
    public void sync(ResultSink sink) {
        if (status == TransactionStatus.IDLE) {
            portals.clear();
        }
    }

    @Override
    public void extendedProtocolError() {
        if (status == TransactionStatus.IN_BLOCK) {
            status = TransactionStatus.FAILED;
        }
    }

    @Override
    public void cancel() {
        if (running) {
            canceled = true;
        }
    }

    @Override
    public boolean busy() {
        return running || status != TransactionStatus.IDLE;
    }

    @Override
    public void close() {
        closes.incrementAndGet();
    }

    private Prepared prepared(String name) {
        Prepared prepared = statements.get(name);
        if (prepared == null) {
            throw DsqlException.of(SqlState.UNDEFINED_PREPARED_STATEMENT, "prepared statement \"%s\" does not exist",
                    name);
        }
        return prepared;
    }

    private Portal portal(String name) {
        Portal portal = portals.get(name);
        if (portal == null) {
            throw DsqlException.of(SqlState.INVALID_CURSOR_NAME, "portal \"%s\" does not exist", name);
        }
        return portal;
    }

    /** The columns of the statements that return rows, or null. */
    private static List<Column> columnsOf(String sql) {
        String normalized = sql.trim().toLowerCase(Locale.ROOT);
        if (normalized.equals("select 1") || SERIES.matcher(normalized).matches()) {
            return List.of(Column.computed(normalized.equals("select 1") ? "?column?" : "generate_series", INT4,
                    (short) 4));
        }
        if (normalized.equals("select $1") || SLEEP.matcher(normalized).matches()) {
            return List.of(Column.computed(normalized.startsWith("select $") ? "?column?" : "pg_sleep", TEXT,
                    (short) -1));
        }
        return null;
    }

    private Result run(String sql, byte[][] parameters) {
        String normalized = sql.trim().toLowerCase(Locale.ROOT);
        boolean endsTransaction = normalized.equals("commit") || normalized.equals("rollback");
        if (status == TransactionStatus.FAILED && !endsTransaction) {
            throw DsqlException.of(SqlState.IN_FAILED_SQL_TRANSACTION,
                    "current transaction is aborted, commands ignored until end of transaction block");
        }
        try {
            return statement(normalized, parameters);
        } catch (DsqlException e) {
            if (status == TransactionStatus.IN_BLOCK) {
                status = TransactionStatus.FAILED;
            }
            throw e;
        }
    }

    /** The statements this double knows. */
    private Result statement(String normalized, byte[][] parameters) {
        List<Column> columns = columnsOf(normalized);
        Matcher series = SERIES.matcher(normalized);
        Matcher sleep = SLEEP.matcher(normalized);
        switch (normalized) {
            case "select 1":
                return new Result(columns, List.<byte[][]>of(new byte[][] {text("1")}), "SELECT 1");
            case "select $1":
                if (parameters.length == 0) {
                    throw DsqlException.of(SqlState.UNDEFINED_PARAMETER, "there is no parameter $1");
                }
                return new Result(columns, List.<byte[][]>of(new byte[][] {parameters[0]}), "SELECT 1");
            case "begin":
                status = TransactionStatus.IN_BLOCK;
                return new Result(null, List.of(), "BEGIN");
            case "commit": {
                String tag = status == TransactionStatus.FAILED ? "ROLLBACK" : "COMMIT";
                status = TransactionStatus.IDLE;
                return new Result(null, List.of(), tag);
            }
            case "rollback":
                status = TransactionStatus.IDLE;
                return new Result(null, List.of(), "ROLLBACK");
            case "select internal_failure()":
                throw new IllegalStateException("scripted internal failure");
            case "select notice()":
                return new Result(null, List.of(), "SELECT 0");
            default:
                break;
        }
        if (SET.matcher(normalized).matches()) {
            return new Result(null, List.of(), "SET");
        }
        if (series.matches()) {
            int count = Integer.parseInt(series.group(1));
            List<byte[][]> rows = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                rows.add(new byte[][] {text(Integer.toString(i))});
            }
            return new Result(columns, rows, "SELECT " + count);
        }
        if (sleep.matches()) {
            sleep(Integer.parseInt(sleep.group(1)));
            return new Result(columns, List.<byte[][]>of(new byte[][] {text("")}), "SELECT 1");
        }
        throw unknown(normalized);
    }

    private static DsqlException unknown(String normalized) {
        return DsqlException.of(SqlState.SYNTAX_ERROR, "statement not known to the scripted test session: %s",
                normalized);
    }

    private void sleep(int seconds) {
        running = true;
        try {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                if (canceled) {
                    throw DsqlException.of(SqlState.QUERY_CANCELED, "canceling statement due to user request");
                }
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running = false;
            canceled = false;
        }
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
