package io.opendsql.sql.bootstrap;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/** SET [SESSION|LOCAL] name {TO|=} value[, …] | DEFAULT, SET TIME ZONE, SET SESSION CHARACTERISTICS. */
final class SetStatement {
    private SetStatement() {
    }

    static PreparedStatement prepare(WordReader r) {
        r.expect("set");
        boolean local = r.accept("local");
        if (!local && r.accept("session")) {
            if (r.accept("characteristics")) {
                r.expect("as");
                r.expect("transaction");
                TransactionControl.readModes(r);
                return action(() -> "SET");
            }
            if (r.peek() != null && r.peek().is("authorization")) {
                throw BootstrapEngine.notYet(r.peek());
            }
        }
        Word first = r.next();
        if (first.is("transaction")) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "SET TRANSACTION is not supported")
                    .at(first.position());
        }
        if (first.is("role")) {
            throw BootstrapEngine.notYet(first);
        }
        String name;
        String value;
        if (first.is("time") && r.accept("zone")) {
            name = "TimeZone";
            Word w = r.next();
            value = w.is("local") || w.is("default") ? null : w.text();
        } else {
            name = first.text();
            while (r.accept(".")) {
                name = name + "." + r.next().text();
            }
            if (!r.accept("to") && !r.accept("=")) {
                throw r.atEnd() ? r.syntaxErrorAtEnd() : r.syntaxError(r.peek());
            }
            value = values(r);
        }
        r.expectEnd();
        String setting = name;
        String newValue = value;
        return BootstrapEngine.statement(null, (context, formats) -> Results.action(() -> {
            if (newValue == null) {
                context.resetSetting(setting);
            } else {
                context.setSetting(setting, newValue, local);
            }
            return "SET";
        }));
    }

    /** A comma-separated value list, or DEFAULT (returned as null). */
    private static String values(WordReader r) {
        if (r.accept("default")) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        do {
            boolean negative = r.accept("-");
            Word w = r.next();
            switch (w.kind()) {
                case IDENTIFIER, QUOTED_IDENTIFIER, STRING, NUMBER -> parts.add((negative ? "-" : "") + w.text());
                default -> throw r.syntaxError(w);
            }
        } while (r.accept(","));
        return String.join(", ", parts);
    }

    private static PreparedStatement action(java.util.function.Supplier<String> action) {
        return BootstrapEngine.statement(null, (context, formats) -> Results.action(action));
    }
}
