package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;

/**
 * Where an expression stands, for the placement rules of aggregate functions, window functions and GROUPING
 * (PostgreSQL's ParseExprKind checks): either the calls are collected into the query level's
 * {@link SelectAggregation}, or they are an error with PostgreSQL's message for this place. A null message means
 * the call is allowed.
 *
 * @param aggregation where allowed calls and column references of a grouped query level are recorded, or null
 */
record CallContext(SelectAggregation aggregation, String aggregateError, String windowError, SqlState windowState,
                   String groupingError) {

    /** Aggregates and window functions are not allowed in {@code clause} (null: a place with no name). */
    static CallContext forbidden(String clause) {
        String where = clause == null ? "here" : "in " + clause;
        return new CallContext(null, "aggregate functions are not allowed " + where,
                "window functions are not allowed " + where, SqlState.WINDOWING_ERROR,
                "grouping operations are not allowed " + where);
    }

    /** The select list and ORDER BY: everything allowed. */
    static CallContext targets(SelectAggregation aggregation) {
        return new CallContext(aggregation, null, null, null, null);
    }

    static CallContext having(SelectAggregation aggregation) {
        return new CallContext(aggregation, null, "window functions are not allowed in HAVING", SqlState.WINDOWING_ERROR,
                null);
    }

    /** Arguments (and ORDER BY) of an aggregate, and arguments of GROUPING. */
    static CallContext aggregateArguments(SelectAggregation aggregation) {
        return new CallContext(aggregation, "aggregate function calls cannot be nested",
                "aggregate function calls cannot contain window function calls", SqlState.GROUPING_ERROR,
                "aggregate function calls cannot be nested");
    }

    /** An aggregate's FILTER. */
    static CallContext filter(SelectAggregation aggregation) {
        return new CallContext(aggregation, "aggregate functions are not allowed in FILTER",
                "window functions are not allowed in FILTER", SqlState.WINDOWING_ERROR,
                "grouping operations are not allowed in FILTER");
    }

    /** Arguments of a window function: aggregates allowed (they are computed first), windows not. */
    static CallContext windowArguments(SelectAggregation aggregation) {
        return new CallContext(aggregation, null, "window function calls cannot be nested", SqlState.WINDOWING_ERROR,
                null);
    }

    /** PARTITION BY and ORDER BY of a window. */
    static CallContext windowDefinition(SelectAggregation aggregation) {
        return new CallContext(aggregation, null, "window functions are not allowed in window definitions",
                SqlState.WINDOWING_ERROR, null);
    }

    DsqlException aggregateNotAllowed(int location) {
        return DsqlException.of(SqlState.GROUPING_ERROR, "%s", aggregateError).at(location + 1);
    }

    DsqlException windowNotAllowed(int location) {
        return DsqlException.of(windowState, "%s", windowError).at(location + 1);
    }

    DsqlException groupingNotAllowed(int location) {
        return DsqlException.of(SqlState.GROUPING_ERROR, "%s", groupingError).at(location + 1);
    }
}
