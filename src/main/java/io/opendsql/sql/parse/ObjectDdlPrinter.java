package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.ObjectDdl;

final class ObjectDdlPrinter {
    private ObjectDdlPrinter() {
    }

    static String print(ObjectDdl stmt) {
        return stmt.toString();
    }
}
