package io.opendsql.sql.parse.ast;

import java.util.Locale;

/** Kinds of named objects, as PostgreSQL's ObjectType. */
public enum ObjectType {
    TABLE, INDEX, VIEW, MATERIALIZED_VIEW, SEQUENCE, SCHEMA, FUNCTION, PROCEDURE, ROUTINE, AGGREGATE, DOMAIN, TYPE,
    ROLE, DATABASE, EXTENSION, TRIGGER, EVENT_TRIGGER, COLUMN, CONSTRAINT, COLLATION, CONVERSION, FOREIGN_TABLE,
    POLICY, RULE, STATISTICS, TABLESPACE, SERVER, PUBLICATION, SUBSCRIPTION, OPERATOR, CAST, LANGUAGE,
    TEXT_SEARCH_CONFIGURATION, LARGE_OBJECT, ACCESS_METHOD, FOREIGN_DATA_WRAPPER;

    /** SQL spelling: {@code MATERIALIZED_VIEW} → "MATERIALIZED VIEW". */
    public String sql() {
        return name().replace('_', ' ');
    }

    public String lower() {
        return sql().toLowerCase(Locale.ROOT);
    }
}
