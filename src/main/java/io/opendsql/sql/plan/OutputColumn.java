package io.opendsql.sql.plan;

import io.opendsql.sql.types.SqlType;

/** A column of an operator's output: the name a client sees and its type. */
public record OutputColumn(String name, SqlType type) {
}
