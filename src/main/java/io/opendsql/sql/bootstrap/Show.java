package io.opendsql.sql.bootstrap;

import io.opendsql.sql.Column;
import io.opendsql.sql.PreparedStatement;
import io.opendsql.sql.SessionContext;
import java.util.ArrayList;
import java.util.List;

/** SHOW name, SHOW ALL, SHOW TIME ZONE, SHOW TRANSACTION ISOLATION LEVEL. */
final class Show {
    private Show() {
    }

    static PreparedStatement prepare(WordReader r, SessionContext context) {
        r.expect("show");
        Word first = r.next();
        if (first.is("all")) {
            r.expectEnd();
            List<Column> columns = List.of(text("name"), text("setting"), text("description"));
            return BootstrapEngine.statement(columns, (ctx, formats) -> {
                List<Object[]> rows = new ArrayList<>();
                ctx.settings().forEach((name, value) -> rows.add(new Object[] {name, value, ""}));
                return Results.rows(columns, rows, formats, "SHOW");
            });
        }
        String name;
        if (first.is("time") && r.accept("zone")) {
            name = "TimeZone";
        } else if (first.is("transaction") && r.accept("isolation") && r.accept("level")) {
            name = "transaction_isolation";
        } else if (first.kind() == Word.Kind.IDENTIFIER || first.kind() == Word.Kind.QUOTED_IDENTIFIER) {
            name = first.text();
            while (r.accept(".")) {
                name = name + "." + r.next().text();
            }
        } else {
            throw r.syntaxError(first);
        }
        r.expectEnd();
        String setting = name;
        List<Column> columns = List.of(text(context.settingName(setting)));
        return BootstrapEngine.statement(columns, (ctx, formats) ->
                Results.rows(columns, List.<Object[]>of(new Object[] {ctx.setting(setting)}), formats, "SHOW"));
    }

    private static Column text(String name) {
        return Column.computed(name, Results.TEXT, (short) -1);
    }
}
