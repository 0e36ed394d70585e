package io.opendsql.sql.bootstrap;

import io.opendsql.sql.ParsedStatement;
import java.util.List;

/** A statement split out of a query string, as words. */
record BootstrapStatement(String text, List<Word> words) implements ParsedStatement {
    BootstrapStatement {
        words = List.copyOf(words);
    }

    @Override
    public boolean isTransactionControl() {
        return !words.isEmpty() && switch (words.get(0).text()) {
            case "begin", "start", "commit", "end", "rollback", "abort" -> words.get(0).kind() == Word.Kind.IDENTIFIER;
            default -> false;
        };
    }
}
