package io.opendsql.catalog;

/** pg_class.relkind of the relations the catalog stores. */
public enum RelationKind {
    TABLE('r', "table"),
    INDEX('i', "index"),
    VIEW('v', "view"),
    SEQUENCE('S', "sequence");

    private final char code;
    private final String displayName;

    RelationKind(char code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public char code() {
        return code;
    }

    /** The word PostgreSQL uses in messages: "table", "index", "view". */
    public String displayName() {
        return displayName;
    }
}
