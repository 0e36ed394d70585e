package io.opendsql.catalog;

/** Privileges of GRANT, with their aclitem letters. */
public enum Privilege {
    SELECT('r'),
    INSERT('a'),
    UPDATE('w'),
    DELETE('d'),
    TRUNCATE('D'),
    REFERENCES('x'),
    TRIGGER('t'),
    USAGE('U'),
    CREATE('C'),
    EXECUTE('X');

    private final char letter;

    Privilege(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }
}
