package io.opendsql.sql.parse.ast;

import java.util.List;

/** {@code AS name [(col, ...)]}. */
public record Alias(String name, List<String> columns) {
    public Alias {
        columns = List.copyOf(columns);
    }
}
