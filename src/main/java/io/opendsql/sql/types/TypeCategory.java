package io.opendsql.sql.types;

/** PostgreSQL's pg_type.typcategory, used by overload resolution to prefer casts within a category. */
public enum TypeCategory {
    ARRAY('A'),
    BOOLEAN('B'),
    COMPOSITE('C'),
    DATETIME('D'),
    ENUM('E'),
    GEOMETRIC('G'),
    NETWORK('I'),
    NUMERIC('N'),
    PSEUDO('P'),
    RANGE('R'),
    STRING('S'),
    TIMESPAN('T'),
    USER_DEFINED('U'),
    BIT_STRING('V'),
    UNKNOWN('X'),
    INTERNAL('Z');

    private final char code;

    TypeCategory(char code) {
        this.code = code;
    }

    /** The one-letter code stored in pg_type.typcategory. */
    public char code() {
        return code;
    }
}
