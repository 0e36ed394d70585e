package io.opendsql.sql.exec;

/**
 * The current rows of the enclosing query levels, innermost first: what correlated references
 * ({@link io.opendsql.sql.analyze.BoundExpr.OuterRef}) read.
 */
public record Frames(Object[] row, Frames parent) {
    /** No enclosing level. */
    public static final Frames NONE = new Frames(null, null);

    /** The row {@code levels} levels out (1 = this frame). */
    public Object[] at(int levels) {
        Frames frame = this;
        for (int i = 1; i < levels; i++) {
            frame = frame.parent;
        }
        return frame.row;
    }

    /** A new innermost level. */
    public Frames push(Object[] current) {
        return new Frames(current, this);
    }
}
