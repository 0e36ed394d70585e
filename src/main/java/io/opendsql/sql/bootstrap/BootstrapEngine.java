package io.opendsql.sql.bootstrap;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.Column;
import io.opendsql.sql.Execution;
import io.opendsql.sql.ParsedStatement;
import io.opendsql.sql.PreparedStatement;
import io.opendsql.sql.SessionContext;
import io.opendsql.sql.SqlEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements a connection needs before the SQL front end exists: {@code SELECT <integer>},
 * {@code SELECT version()}, SHOW, SET, RESET and transaction control. Every other statement is
 * refused with {@code 0A000}; nothing else gets an invented answer.
 */
public final class BootstrapEngine implements SqlEngine {
    /** What DSQL answers to {@code SELECT version()}. */
    public static final String VERSION = "PostgreSQL 16";

    @Override
    public List<ParsedStatement> parse(String sql) {
        return new ArrayList<>(Tokenizer.split(sql));
    }

    @Override
    public PreparedStatement prepare(ParsedStatement statement, int[] parameterTypeHints, SessionContext context) {
        BootstrapStatement s = (BootstrapStatement) statement;
        WordReader r = new WordReader(s.words());
        return switch (r.peek().kind() == Word.Kind.IDENTIFIER ? r.peek().text() : "") {
            case "select" -> select(r);
            case "show" -> Show.prepare(r, context);
            case "set" -> SetStatement.prepare(r);
            case "reset" -> reset(r);
            case "begin", "start" -> TransactionControl.begin(r);
            case "commit", "end" -> TransactionControl.commit(r);
            case "rollback", "abort" -> TransactionControl.rollback(r);
            default -> throw notYet(r.peek());
        };
    }

    static DsqlException notYet(Word at) {
        return DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "OpenDSQL cannot run this statement yet")
                .at(at.position());
    }

    /** {@code SELECT <integer> [AS alias]} or {@code SELECT version() [AS alias]}; any other SELECT is not yet. */
    private static PreparedStatement select(WordReader r) {
        Word select = r.next();
        Word first = r.next();
        Object value;
        Column column;
        if (first.kind() == Word.Kind.NUMBER && first.text().matches("\\d{1,9}")) {
            value = Integer.parseInt(first.text());
            column = Column.computed("?column?", Results.INT4, (short) 4);
        } else if (first.is("version") && r.accept("(") && r.accept(")")) {
            value = VERSION;
            column = Column.computed("version", Results.TEXT, (short) -1);
        } else {
            throw notYet(select);
        }
        if (r.accept("as")) {
            Word alias = r.next();
            if (alias.kind() != Word.Kind.IDENTIFIER && alias.kind() != Word.Kind.QUOTED_IDENTIFIER) {
                throw r.syntaxError(alias);
            }
            column = Column.computed(alias.text(), column.typeOid(), column.typeSize());
        }
        if (!r.atEnd()) {
            throw notYet(select);
        }
        return fixed(List.of(column), List.<Object[]>of(new Object[] {value}));
    }

    private static PreparedStatement reset(WordReader r) {
        r.expect("reset");
        Word name = r.next();
        r.expectEnd();
        String setting = name.is("all") ? null : name.text();
        return statement(null, (context, formats) -> Results.action(() -> {
            context.resetSetting(setting);
            return "RESET";
        }));
    }

    /** A statement whose result rows are known at prepare time. */
    static PreparedStatement fixed(List<Column> columns, List<Object[]> rows) {
        return statement(columns, (context, formats) -> Results.rows(columns, rows, formats, "SELECT"));
    }

    /** Builds a statement without parameters from its columns and how to start it. */
    static PreparedStatement statement(List<Column> columns, Starter starter) {
        return new PreparedStatement() {
            @Override
            public int[] parameterTypes() {
                return new int[0];
            }

            @Override
            public List<Column> resultColumns() {
                return columns;
            }

            @Override
            public Execution execute(SessionContext context, byte[][] values, short[] parameterFormats,
                                     short[] resultFormats) {
                return starter.start(context, resultFormats);
            }
        };
    }

    @FunctionalInterface
    interface Starter {
        Execution start(SessionContext context, short[] resultFormats);
    }
}
