package io.opendsql.sql.exec;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.WindowDef;
import io.opendsql.sql.plan.WindowSpec;

/**
 * The frame of each position of a partition, as nodeWindowAgg.c's update_frameheadpos / update_frametailpos
 * find it: a head and an exclusive tail for ROWS, RANGE (peers, or in_range comparisons of the single ORDER BY
 * key, NULL keys ranging only with each other) and GROUPS, then EXCLUDE CURRENT ROW / GROUP / TIES as up to
 * three position intervals in window order. Positions must be visited in order within a partition.
 */
final class FrameBounds {
    private final WindowSpec.Frame frame;
    private final Object startOffset;
    private final Object endOffset;
    private final InRange inRange;
    private final boolean ascending;
    private final boolean nullsFirst;
    private WindowPartition partition;
    private int head;
    private int tail;
    private int position;

    /**
     * @param startOffset the evaluated start offset (ROWS/GROUPS: a non-negative long), or null without one
     * @param inRange     the RANGE offset comparison, or null
     */
    FrameBounds(WindowSpec.Frame frame, Object startOffset, Object endOffset, InRange inRange, boolean ascending,
                boolean nullsFirst) {
        this.frame = frame;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.inRange = inRange;
        this.ascending = ascending;
        this.nullsFirst = nullsFirst;
    }

    /** Evaluated offset checks for ROWS and GROUPS (RANGE's in_range checks its own). */
    static void checkOffset(Object value, boolean start, WindowDef.FrameMode mode) {
        String which = start ? "starting" : "ending";
        if (value == null) {
            throw DsqlException.of(SqlState.NULL_VALUE_NOT_ALLOWED, "frame %s offset must not be null", which);
        }
        if (mode != WindowDef.FrameMode.RANGE && (Long) value < 0) {
            throw DsqlException.of(SqlState.INVALID_PRECEDING_OR_FOLLOWING_SIZE, "frame %s offset must not be negative",
                    which);
        }
    }

    void reset(WindowPartition newPartition) {
        this.partition = newPartition;
        this.head = 0;
        this.tail = 0;
    }

    /** Computes the frame of a position. */
    void moveTo(int i) {
        position = i;
        head = head(i);
        tail = Math.max(tail(i), 0);
    }

    int head() {
        return head;
    }

    /** One past the frame's last position (at most the head when the frame is empty). */
    int tail() {
        return Math.max(tail, head);
    }

    private int head(int i) {
        int n = partition.size();
        WindowSpec.Bound bound = frame.start();
        return switch (bound.kind()) {
            case UNBOUNDED_PRECEDING -> 0;
            case CURRENT_ROW -> frame.mode() == WindowDef.FrameMode.ROWS ? i : partition.peerStart(i);
            case PRECEDING, FOLLOWING -> {
                boolean preceding = bound.kind() == WindowDef.BoundKind.PRECEDING;
                yield switch (frame.mode()) {
                    case ROWS -> clamp(offset(i, preceding, startOffset), n);
                    case GROUPS -> {
                        long g = offset(partition.group(i), preceding, startOffset);
                        yield g < 0 ? 0 : g >= partition.groupCount() ? n : partition.groupStart((int) g);
                    }
                    case RANGE -> rangeHead(i, preceding);
                };
            }
            case UNBOUNDED_FOLLOWING -> n;
        };
    }

    private int tail(int i) {
        int n = partition.size();
        WindowSpec.Bound bound = frame.end();
        return switch (bound.kind()) {
            case UNBOUNDED_FOLLOWING -> n;
            case CURRENT_ROW -> frame.mode() == WindowDef.FrameMode.ROWS ? i + 1 : partition.peerEnd(i);
            case PRECEDING, FOLLOWING -> {
                boolean preceding = bound.kind() == WindowDef.BoundKind.PRECEDING;
                yield switch (frame.mode()) {
                    case ROWS -> clamp(offset(i + 1, preceding, endOffset), n);
                    case GROUPS -> {
                        long g = offset(partition.group(i), preceding, endOffset);
                        yield g < 0 ? 0 : g >= partition.groupCount() ? n : partition.groupStart((int) g + 1);
                    }
                    case RANGE -> rangeTail(i, preceding);
                };
            }
            case UNBOUNDED_PRECEDING -> 0;
        };
    }

    /** {@code base} moved back or forward by the offset, saturating instead of overflowing. */
    private static long offset(long base, boolean preceding, Object offset) {
        long amount = (Long) offset;
        return preceding ? (base - amount > base ? Long.MIN_VALUE : base - amount)
                : (base + amount < base ? Long.MAX_VALUE : base + amount);
    }

    private static int clamp(long position, int n) {
        return (int) Math.min(n, Math.max(0, position));
    }

    private int rangeHead(int i, boolean preceding) {
        boolean sub = preceding;
        boolean less = false;
        if (!ascending) {
            sub = !sub;
            less = true;
        }
        Object current = partition.firstKey(i);
        int h = head;
        while (h < partition.size()) {
            Object value = partition.firstKey(h);
            if (current == null || value == null) {
                if (nullsFirst ? value != null || current == null : value == null || current != null) {
                    break;
                }
            } else if (inRange.test(value, current, startOffset, sub, less)) {
                break;
            }
            h++;
        }
        return h;
    }

    private int rangeTail(int i, boolean preceding) {
        boolean sub = preceding;
        boolean less = true;
        if (!ascending) {
            sub = !sub;
            less = false;
        }
        Object current = partition.firstKey(i);
        int t = tail;
        while (t < partition.size()) {
            Object value = partition.firstKey(t);
            if (current == null || value == null) {
                if (nullsFirst ? value != null : current != null) {
                    break;
                }
            } else if (!inRange.test(value, current, endOffset, sub, less)) {
                break;
            }
            t++;
        }
        return t;
    }

    /**
     * The frame's positions after EXCLUDE, as [start, end) pairs in window order (flattened; empty intervals
     * left out).
     */
    int[] intervals() {
        int h = head();
        int t = tail();
        return switch (frame.exclusion()) {
            case NONE, NO_OTHERS -> h < t ? new int[] {h, t} : new int[0];
            case CURRENT_ROW -> join(h, Math.min(t, position), Math.max(h, position + 1), t, -1);
            case GROUP -> join(h, Math.min(t, partition.peerStart(position)), Math.max(h, partition.peerEnd(position)),
                    t, -1);
            case TIES -> join(h, Math.min(t, partition.peerStart(position)), Math.max(h, partition.peerEnd(position)),
                    t, position >= h && position < t ? position : -1);
        };
    }

    /** True when the frame is the plain [head, tail) range. */
    boolean contiguous() {
        return frame.exclusion() == WindowDef.Exclusion.NONE || frame.exclusion() == WindowDef.Exclusion.NO_OTHERS;
    }

    private static int[] join(int s1, int e1, int s2, int e2, int middle) {
        int[] out = new int[6];
        int k = 0;
        if (s1 < e1) {
            out[k++] = s1;
            out[k++] = e1;
        }
        if (middle >= 0) {
            out[k++] = middle;
            out[k++] = middle + 1;
        }
        if (s2 < e2) {
            out[k++] = s2;
            out[k++] = e2;
        }
        return java.util.Arrays.copyOf(out, k);
    }
}
