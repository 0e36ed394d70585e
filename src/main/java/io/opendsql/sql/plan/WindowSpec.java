package io.opendsql.sql.plan;

import static java.util.Objects.requireNonNull;

import io.opendsql.sql.analyze.BoundExpr;
import io.opendsql.sql.parse.ast.WindowDef;
import java.util.List;

/**
 * A window: rows partitioned by {@code partitionBy}, ordered by {@code orderBy} (peers are rows equal on every
 * ORDER BY key), and the frame of each row.
 */
public record WindowSpec(List<BoundExpr> partitionBy, List<SortKey> orderBy, Frame frame) {
    public WindowSpec {
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
        requireNonNull(frame, "frame");
    }

    /** One end of a frame; {@code offset} is set for {@code n PRECEDING} and {@code n FOLLOWING}. */
    public record Bound(WindowDef.BoundKind kind, BoundExpr offset) {
        public Bound {
            requireNonNull(kind, "kind");
        }

        public boolean hasOffset() {
            return kind == WindowDef.BoundKind.PRECEDING || kind == WindowDef.BoundKind.FOLLOWING;
        }
    }

    /**
     * ROWS, RANGE or GROUPS between two bounds, with EXCLUDE. Offsets are bigint for ROWS and GROUPS; for RANGE
     * they have the in_range offset type of the single ORDER BY key.
     */
    public record Frame(WindowDef.FrameMode mode, Bound start, Bound end, WindowDef.Exclusion exclusion) {
        public Frame {
            requireNonNull(mode, "mode");
            requireNonNull(start, "start");
            requireNonNull(end, "end");
            requireNonNull(exclusion, "exclusion");
        }

        /** RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW: the frame of a window without a frame clause. */
        public static final Frame DEFAULT = new Frame(WindowDef.FrameMode.RANGE,
                new Bound(WindowDef.BoundKind.UNBOUNDED_PRECEDING, null), new Bound(WindowDef.BoundKind.CURRENT_ROW, null),
                WindowDef.Exclusion.NONE);
    }
}
