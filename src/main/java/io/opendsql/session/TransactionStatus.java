package io.opendsql.session;

/** The transaction status byte sent in ReadyForQuery. */
public enum TransactionStatus {
    IDLE('I'), IN_BLOCK('T'), FAILED('E');

    private final char indicator;

    TransactionStatus(char indicator) {
        this.indicator = indicator;
    }

    public char indicator() {
        return indicator;
    }
}
