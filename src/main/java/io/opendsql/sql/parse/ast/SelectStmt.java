package io.opendsql.sql.parse.ast;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A query: an optional WITH, a body, then ORDER BY, LIMIT/OFFSET/FETCH and locking clauses.
 * A parenthesized query used as a set-operation operand is itself a {@link SelectBody}.
 *
 * @param limit LIMIT/FETCH count, or null; {@code LIMIT ALL} is a NULL literal
 * @param offset OFFSET, or null
 * @param withTies FETCH ... WITH TIES
 */
public record SelectStmt(int location, WithClause with, SelectBody body, List<SortBy> orderBy, Expr limit,
                         Expr offset, boolean withTies, List<LockingClause> locking)
        implements Stmt, SelectBody {
    public SelectStmt {
        requireNonNull(body, "body");
        orderBy = List.copyOf(orderBy);
        locking = List.copyOf(locking);
    }

    public static SelectStmt of(int location, SelectBody body) {
        if (body instanceof SelectStmt select) {
            return select;
        }
        return new SelectStmt(location, null, body, List.of(), null, null, false, List.of());
    }

    /** True when only the body is set (no WITH, ORDER BY, LIMIT, OFFSET or locking). */
    public boolean isBare() {
        return with == null && orderBy.isEmpty() && limit == null && offset == null && locking.isEmpty();
    }
}
