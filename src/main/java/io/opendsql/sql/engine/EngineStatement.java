package io.opendsql.sql.engine;

import static java.util.Objects.requireNonNull;

import io.opendsql.sql.ParsedStatement;
import io.opendsql.sql.parse.Statement;

/** A statement as the real parser produced it. */
record EngineStatement(Statement statement) implements ParsedStatement {
    EngineStatement {
        requireNonNull(statement, "statement");
    }

    @Override
    public String text() {
        return statement.text();
    }

    @Override
    public boolean isTransactionControl() {
        return statement.isTransactionControl();
    }
}
