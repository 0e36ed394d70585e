package io.opendsql.catalog;

/** pg_constraint.contype. */
public enum ConstraintKind {
    PRIMARY_KEY('p'),
    UNIQUE('u'),
    CHECK('c'),
    FOREIGN_KEY('f');

    private final char code;

    ConstraintKind(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }
}
