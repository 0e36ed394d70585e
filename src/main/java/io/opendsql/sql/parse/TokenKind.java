package io.opendsql.sql.parse;

/** Token kinds, following the terminal symbols PostgreSQL's scanner returns. */
public enum TokenKind {
    /** An unquoted (folded to lower case) or quoted identifier that is not a keyword. */
    IDENT,
    /** A keyword; the value is its lower-case spelling. */
    KEYWORD,
    /** A character string constant (already unescaped). */
    STRING,
    /** A bit string constant {@code B'0101'}; the value is the digits. */
    BIT_STRING,
    /** A hexadecimal bit string constant {@code X'1F'}; the value is the digits. */
    HEX_STRING,
    /** An integer constant that fits in 32 bits. */
    INTEGER,
    /** Any other numeric constant (with a point, exponent, or too large for 32 bits). */
    NUMERIC,
    /** A parameter {@code $n}; the value is the number. */
    PARAM,
    /** A single-character token: one of {@code , ( ) [ ] . ; : + - * / % ^ < > =}. */
    CHAR,
    /** A multi-character or user-defined operator. */
    OPERATOR,
    /** {@code ::} */
    TYPECAST,
    /** {@code ..} */
    DOT_DOT,
    /** {@code :=} */
    COLON_EQUALS,
    /** {@code =>} */
    EQUALS_GREATER,
    /** {@code <=} */
    LESS_EQUALS,
    /** {@code >=} */
    GREATER_EQUALS,
    /** {@code <>} or {@code !=}; the value is {@code <>}. */
    NOT_EQUALS,
    /** Any other single character the scanner does not know (PostgreSQL's {other} rule). */
    OTHER,
    /**
     * Where the scanner failed. Scanning stops here; the error is raised only when the parser
     * reaches this position, as PostgreSQL's on-demand scanner does.
     */
    ERROR,
    /** End of input. */
    EOF
}
