package io.opendsql.sql.types;

/** pg_cast.castcontext: where a cast may be applied without being written. */
public enum CastContext {
    /** 'i': anywhere, e.g. integer to bigint in an expression. */
    IMPLICIT,
    /** 'a': when storing into a column (INSERT, UPDATE), or written explicitly. */
    ASSIGNMENT,
    /** 'e': only when written as CAST or ::. */
    EXPLICIT;

    /** Whether a cast of this context may be applied in the given context. */
    public boolean allowedIn(CastContext requested) {
        return ordinal() <= requested.ordinal();
    }
}
