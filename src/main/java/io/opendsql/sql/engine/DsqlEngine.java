package io.opendsql.sql.engine;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.Column;
import io.opendsql.sql.ParsedStatement;
import io.opendsql.sql.PreparedStatement;
import io.opendsql.sql.SessionContext;
import io.opendsql.sql.SqlEngine;
import io.opendsql.sql.SqlTransaction;
import io.opendsql.sql.dsql.DsqlRules;
import io.opendsql.sql.parse.Parser;
import io.opendsql.sql.parse.Statement;
import io.opendsql.sql.parse.ast.DmlStmt;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.TableDdl;
import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.UtilityStmt;
import io.opendsql.sql.types.BinaryIo;
import io.opendsql.sql.types.DateStyle;
import io.opendsql.sql.types.IntervalStyle;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import io.opendsql.sql.types.TimeZones;
import io.opendsql.sql.types.TypeContext;
import io.opendsql.sql.types.TypeIo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL engine of one database: the real parser, DSQL's refusals, then per statement kind transaction
 * control, settings, queries and DML ({@link QueryStatements}) or DDL ({@link TableStatements}). Statements
 * not built yet are refused with {@code 0A000 OpenDSQL cannot run this statement yet}.
 */
public final class DsqlEngine implements SqlEngine, AutoCloseable {
    private final Database database;
    private final QueryStatements queries;
    private final TableStatements tables;
    private final IndexStatements indexes;
    private final JobRunner jobs;

    /** An engine over a fresh in-memory database. */
    public DsqlEngine() {
        this(Database.inMemory());
    }

    public DsqlEngine(Database database) {
        this.database = database;
        this.queries = new QueryStatements(database, new SystemRelations(database.catalog()));
        this.tables = new TableStatements(database);
        this.jobs = new JobRunner(database);
        this.indexes = new IndexStatements(database, jobs);
        jobs.resume();
    }

    /** Stops background jobs and closes the database. */
    @Override
    public void close() {
        jobs.close();
        database.close();
    }

    public Database database() {
        return database;
    }

    @Override
    public List<ParsedStatement> parse(String sql) {
        List<ParsedStatement> out = new ArrayList<>();
        for (Statement statement : Parser.parse(sql)) {
            out.add(new EngineStatement(statement));
        }
        return out;
    }

    @Override
    public SqlTransaction begin(SessionContext context) {
        return new EngineTransaction(database, context.readOnly(), jobs::resume);
    }

    @Override
    public PreparedStatement prepare(ParsedStatement parsed, int[] parameterTypeHints, SessionContext context) {
        Statement statement = ((EngineStatement) parsed).statement();
        Stmt node = statement.node();
        try {
            DsqlRules.check(node);
            return switch (node) {
                case UtilityStmt.TransactionStmt t -> UtilityStatements.transaction(t);
                case UtilityStmt.VariableSetStmt s -> UtilityStatements.set(s);
                case UtilityStmt.VariableShowStmt s -> UtilityStatements.show(s, context);
                case SelectStmt s -> queries.prepare(s, parameterTypeHints, context);
                case DmlStmt d -> queries.prepare(d, parameterTypeHints, context);
                case TableDdl.CreateStmt c -> tables.createTable(c);
                case TableDdl.DropStmt d when d.objectType() == io.opendsql.sql.parse.ast.ObjectType.INDEX ->
                        indexes.dropIndex(d);
                case TableDdl.DropStmt d -> tables.drop(d);
                case TableDdl.IndexStmt i -> indexes.createIndex(i);
                case UtilityStmt.CallStmt c -> indexes.call(c);
                default -> throw notYet(node);
            };
        } catch (DsqlException e) {
            throw e.position() > 0 ? e : e.at(node.location() + 1);
        } catch (StackOverflowError e) {
            throw DsqlException.of(SqlState.STATEMENT_TOO_COMPLEX, "stack depth limit exceeded")
                    .hint("Increase the configuration parameter \"max_stack_depth\" (currently 2048kB), after "
                            + "ensuring the platform's stack depth limit is adequate.");
        }
    }

    private static DsqlException notYet(Stmt node) {
        return DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "OpenDSQL cannot run this statement yet")
                .at(node.location() + 1);
    }

    /** The session's settings that value input and output depend on. */
    static TypeContext typeContext(SessionContext context, Instant now) {
        TypeContext types = TypeContext.DEFAULT.withTransactionStart(now);
        try {
            types = types.withTimeZone(TimeZones.parseSetting(context.setting("TimeZone")).zone());
            types = types.withDateStyle(DateStyle.parse(context.setting("DateStyle"), DateStyle.DEFAULT));
            types = types.withIntervalStyle(IntervalStyle.fromSetting(context.setting("IntervalStyle")));
            types = types.withExtraFloatDigits(Integer.parseInt(context.setting("extra_float_digits").trim()));
        } catch (RuntimeException e) {
            // a session without one of these settings keeps PostgreSQL's default for it
        }
        return types;
    }

    static Object[] decode(PgType[] types, byte[][] values, short[] formats, TypeContext context) {
        Object[] out = new Object[types.length];
        if (values == null) {
            return out;
        }
        if (values.length != types.length) {
            throw DsqlException.of(SqlState.PROTOCOL_VIOLATION,
                    "bind message supplies %d parameters, but prepared statement \"\" requires %d",
                    values.length, types.length);
        }
        for (int i = 0; i < types.length; i++) {
            if (values[i] == null) {
                continue;
            }
            SqlType type = SqlType.of(types[i]);
            out[i] = Results.format(formats, i) == 1 ? BinaryIo.receive(type, values[i])
                    : TypeIo.parse(type, new String(values[i], StandardCharsets.UTF_8), context);
        }
        return out;
    }
}
