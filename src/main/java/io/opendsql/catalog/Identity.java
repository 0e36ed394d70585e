package io.opendsql.catalog;

/** {@code GENERATED ... AS IDENTITY} of a column: pg_attribute.attidentity plus the backing sequence. */
public record Identity(Kind kind, long sequenceOid) {
    /** attidentity: 'a' always, 'd' by default. */
    public enum Kind {
        ALWAYS('a'),
        BY_DEFAULT('d');

        private final char code;

        Kind(char code) {
            this.code = code;
        }

        public char code() {
            return code;
        }
    }

    public Identity {
        java.util.Objects.requireNonNull(kind, "kind");
    }
}
