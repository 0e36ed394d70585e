package io.opendsql.txn;

/**
 * How a transaction touched a key, for adjudication (spec §4.2). Declaration order is strength: a key touched
 * twice in one transaction is adjudicated with the stronger kind, whose conflicts include the weaker one's.
 *
 * <pre>
 *                 | FULL | NON_KEY_UPDATE | KEY_SHARE      (X = the later committer fails)
 * FULL            |  X   |       X        |    X
 * NON_KEY_UPDATE  |  X   |       X        |
 * KEY_SHARE       |  X   |                |
 * </pre>
 */
public enum WriteKind {
    /** {@code SELECT ... FOR KEY SHARE}, also the implicit lock of a foreign-key check. Writes nothing. */
    KEY_SHARE,
    /** An UPDATE that changes no key column (no column of any unique, non-partial, non-expression index). */
    NON_KEY_UPDATE,
    /** INSERT, DELETE, an UPDATE of a key column, or {@code SELECT ... FOR UPDATE}. */
    FULL;

    /** True when this kind, committing after {@code committed} on the same key, conflicts with it. */
    public boolean conflictsWith(WriteKind committed) {
        return this == FULL || committed == FULL || (this == NON_KEY_UPDATE && committed == NON_KEY_UPDATE);
    }

    public WriteKind strongest(WriteKind other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
