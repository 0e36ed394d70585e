package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.TableDdl;

final class TableDdlPrinter {
    private TableDdlPrinter() {
    }

    static String print(TableDdl stmt) {
        return stmt.toString();
    }
}
