package io.opendsql.sql.parse.ast;

import java.util.List;

/**
 * A window: {@code OVER name}, {@code OVER (...)} or {@code WINDOW name AS (...)}.
 *
 * @param name the window's own name (WINDOW clause, or the name in {@code OVER name}), or null
 * @param refName the existing window a specification starts from, or null
 * @param frame the frame clause, or null
 */
public record WindowDef(int location, String name, String refName, List<Expr> partitionBy, List<SortBy> orderBy,
                        Frame frame) {
    public WindowDef {
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
    }

    public enum FrameMode { ROWS, RANGE, GROUPS }

    public enum BoundKind { UNBOUNDED_PRECEDING, PRECEDING, CURRENT_ROW, FOLLOWING, UNBOUNDED_FOLLOWING }

    public enum Exclusion { NONE, CURRENT_ROW, GROUP, TIES, NO_OTHERS }

    public record Bound(BoundKind kind, Expr offset) {
    }

    /** {@code end} is null for the single-bound form. */
    public record Frame(FrameMode mode, Bound start, Bound end, Exclusion exclusion) {
    }
}
