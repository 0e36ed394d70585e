package io.opendsql.sql.engine;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.Column;
import io.opendsql.sql.ParsedStatement;
import io.opendsql.sql.PreparedStatement;
import io.opendsql.sql.SessionContext;
import io.opendsql.sql.SqlEngine;
import io.opendsql.sql.analyze.BoundQuery;
import io.opendsql.sql.analyze.ExpressionAnalyzer;
import io.opendsql.sql.analyze.Parameters;
import io.opendsql.sql.analyze.QueryAnalyzer;
import io.opendsql.sql.dsql.DsqlRules;
import io.opendsql.sql.exec.Evaluator;
import io.opendsql.sql.exec.QueryRunner;
import io.opendsql.sql.func.FunctionContext;
import io.opendsql.sql.parse.Parser;
import io.opendsql.sql.parse.Statement;
import io.opendsql.sql.parse.ast.SelectStmt;
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
 * The SQL engine: the real parser, DSQL's refusals, then per statement kind transaction control,
 * settings, or a table-less query analyzed into bound expressions and evaluated. Statements not
 * built yet are refused with {@code 0A000 OpenDSQL cannot run this statement yet}.
 */
public final class DsqlEngine implements SqlEngine {
    @Override
    public List<ParsedStatement> parse(String sql) {
        List<ParsedStatement> out = new ArrayList<>();
        for (Statement statement : Parser.parse(sql)) {
            out.add(new EngineStatement(statement));
        }
        return out;
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
                case SelectStmt s -> query(s, parameterTypeHints, context);
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

    private static PreparedStatement query(SelectStmt select, int[] hints, SessionContext session) {
        Parameters parameters = new Parameters(hints);
        ExpressionAnalyzer expressions = new ExpressionAnalyzer(parameters,
                typeContext(session, session.transactionStart()));
        BoundQuery query = new QueryAnalyzer(expressions).analyze(select);
        PgType[] parameterTypes = parameters.resolved();
        int[] oids = new int[parameterTypes.length];
        for (int i = 0; i < oids.length; i++) {
            oids[i] = parameterTypes[i].oid();
        }
        List<Column> columns = new ArrayList<>();
        List<PgType> types = new ArrayList<>();
        for (BoundQuery.OutputColumn column : query.columns()) {
            columns.add(Results.column(column.name(), column.type()));
            types.add(column.type().type());
        }
        return Results.prepared(oids, columns, (context, values, parameterFormats, resultFormats) -> {
            TypeContext typeContext = typeContext(context, context.transactionStart());
            Object[] decoded = decode(parameterTypes, values, parameterFormats, typeContext);
            Evaluator evaluator = new Evaluator(
                    new FunctionContext(context, typeContext, context.transactionStart(), Instant.now()), decoded);
            List<Object[]> rows = QueryRunner.run(query, evaluator);
            return Results.rows(types, rows, resultFormats, typeContext, "SELECT");
        });
    }

    private static Object[] decode(PgType[] types, byte[][] values, short[] formats, TypeContext context) {
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
