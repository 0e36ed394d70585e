package io.opendsql.sql.parse;

import static java.util.Objects.requireNonNull;

/**
 * One token. {@code start} and {@code end} are offsets (Java chars) into the whole query string;
 * the raw text between them is what PostgreSQL prints in "at or near" messages.
 *
 * @param kind the terminal kind
 * @param value identifier (folded), keyword (lower case), literal value, or operator text
 * @param start offset of the first character
 * @param end offset after the last character
 */
public record Token(TokenKind kind, String value, int start, int end) {
    public Token {
        requireNonNull(kind, "kind");
        requireNonNull(value, "value");
    }

    public boolean isKeyword(String word) {
        return kind == TokenKind.KEYWORD && value.equals(word);
    }

    public boolean isChar(char c) {
        return kind == TokenKind.CHAR && value.length() == 1 && value.charAt(0) == c;
    }

    /** End of input, or the point where scanning failed. */
    public boolean isEnd() {
        return kind == TokenKind.EOF || kind == TokenKind.ERROR;
    }

    /** The keyword's category, or null for a token that is not a keyword. */
    public Keywords.Category category() {
        return kind == TokenKind.KEYWORD ? Keywords.category(value) : null;
    }
}
