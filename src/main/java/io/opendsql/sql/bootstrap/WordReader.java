package io.opendsql.sql.bootstrap;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.util.List;

/** A cursor over a statement's words with PostgreSQL-style syntax errors. */
final class WordReader {
    private final List<Word> words;
    private int index;
    private final int endPosition;

    WordReader(List<Word> words) {
        this.words = words;
        Word last = words.get(words.size() - 1);
        this.endPosition = last.position() + Math.max(1, last.text().length());
    }

    Word peek() {
        return index < words.size() ? words.get(index) : null;
    }

    boolean atEnd() {
        return index >= words.size();
    }

    Word next() {
        if (atEnd()) {
            throw DsqlException.of(SqlState.SYNTAX_ERROR, "syntax error at end of input").at(endPosition);
        }
        return words.get(index++);
    }

    /** Consumes the next word if it is the keyword or punctuation given. */
    boolean accept(String text) {
        Word w = peek();
        if (w != null && (w.is(text) || (w.kind() == Word.Kind.PUNCTUATION && w.text().equals(text)))) {
            index++;
            return true;
        }
        return false;
    }

    void expect(String text) {
        if (!accept(text)) {
            throw atEnd() ? syntaxErrorAtEnd() : syntaxError(peek());
        }
    }

    void expectEnd() {
        if (!atEnd()) {
            throw syntaxError(peek());
        }
    }

    DsqlException syntaxError(Word at) {
        return DsqlException.of(SqlState.SYNTAX_ERROR, "syntax error at or near \"%s\"", at.text()).at(at.position());
    }

    DsqlException syntaxErrorAtEnd() {
        return DsqlException.of(SqlState.SYNTAX_ERROR, "syntax error at end of input").at(endPosition);
    }
}
