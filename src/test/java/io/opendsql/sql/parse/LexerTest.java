package io.opendsql.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendsql.common.DsqlException;

import java.util.List;

import org.junit.jupiter.api.Test;

class LexerTest {
    private static List<String> describe(String sql) {
        return Lexer.tokenize(sql).stream()
                .map(t -> t.kind() + ":" + t.value() + "@" + t.start() + "-" + t.end())
                .toList();
    }

    @Test
    void identifiersFoldUnquotedAndKeepQuoted() {
        assertThat(describe("SeLeCt Foo, \"Foo\"\"x\", U&\"d\\0061t\", _a$1"))
                .containsExactly("KEYWORD:select@0-6", "IDENT:foo@7-10", "CHAR:,@10-11", "IDENT:Foo\"x@12-20",
                        "CHAR:,@20-21", "IDENT:dat@22-33", "CHAR:,@33-34", "IDENT:_a$1@35-39", "EOF:@39-39");
    }

    @Test
    void longIdentifiersAreTruncatedTo63Bytes() {
        String name = "a".repeat(70);
        assertThat(Lexer.tokenize(name).get(0).value()).hasSize(63);
        String multibyte = "é".repeat(40);
        assertThat(Lexer.tokenize(multibyte).get(0).value()).hasSize(31);
    }

    @Test
    void operatorsFollowPostgresRules() {
        assertThat(describe("a+-b")).containsExactly("IDENT:a@0-1", "CHAR:+@1-2", "CHAR:-@2-3", "IDENT:b@3-4",
                "EOF:@4-4");
        assertThat(describe("a@-b")).containsExactly("IDENT:a@0-1", "OPERATOR:@-@1-3", "IDENT:b@3-4", "EOF:@4-4");
        assertThat(describe("a != b <> c <= d >= e => f :: g := h .. i")).extracting(s -> s.split("@")[0])
                .containsExactly("IDENT:a", "NOT_EQUALS:<>", "IDENT:b", "NOT_EQUALS:<>", "IDENT:c", "LESS_EQUALS:<=",
                        "IDENT:d", "GREATER_EQUALS:>=", "IDENT:e", "EQUALS_GREATER:=>", "IDENT:f", "TYPECAST:::",
                        "IDENT:g", "COLON_EQUALS::=", "IDENT:h", "DOT_DOT:..", "IDENT:i", "EOF:");
        assertThat(describe("1*/*c*/2")).extracting(s -> s.split("@")[0])
                .containsExactly("INTEGER:1", "CHAR:*", "INTEGER:2", "EOF:");
        assertThat(describe("a<--c\nb")).extracting(s -> s.split("@")[0])
                .containsExactly("IDENT:a", "CHAR:<", "IDENT:b", "EOF:");
    }

    @Test
    void numbers() {
        assertThat(describe("1 2147483647 2147483648 1.5 .5e-3 1e10 1_000 0x7fffffff 0xFFFFFFFF 0o17 0b11"))
                .extracting(s -> s.split("@")[0])
                .containsExactly("INTEGER:1", "INTEGER:2147483647", "NUMERIC:2147483648", "NUMERIC:1.5",
                        "NUMERIC:.5e-3", "NUMERIC:1e10", "INTEGER:1000", "INTEGER:2147483647", "NUMERIC:4294967295",
                        "INTEGER:15", "INTEGER:3", "EOF:");
        assertThat(describe("1..2")).extracting(s -> s.split("@")[0])
                .containsExactly("INTEGER:1", "DOT_DOT:..", "INTEGER:2", "EOF:");
    }

    @Test
    void strings() {
        assertThat(Lexer.tokenize("'a' -- c\n 'b'").get(0).value()).isEqualTo("ab");
        assertThat(Lexer.tokenize("'a' 'b'").get(1).value()).isEqualTo("b");
        assertThat(Lexer.tokenize("E'\\x41\\101\\u00e9\\U0001F600\\n'").get(0).value()).isEqualTo("AAé😀\n");
        assertThat(Lexer.tokenize("U&'!0041' UESCAPE '!'").get(0).value()).isEqualTo("A");
        assertThat(Lexer.tokenize("$a$ $$ $b$ $a$").get(0).value()).isEqualTo(" $$ $b$ ");
        assertThat(describe("B'01' X'ff' n'x'")).extracting(s -> s.split("@")[0])
                .containsExactly("BIT_STRING:01", "HEX_STRING:ff", "KEYWORD:nchar", "STRING:x", "EOF:");
    }

    @Test
    void nestedCommentsAndParameters() {
        assertThat(describe("/* a /* b */ c */ $12")).containsExactly("PARAM:12@18-21", "EOF:@21-21");
        assertThatThrownBy(() -> Lexer.tokenize("/* a /* b */"))
                .isInstanceOfSatisfying(DsqlException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("unterminated /* comment at or near \"/* a /* b */\"");
                    assertThat(e.position()).isEqualTo(1);
                });
    }

    @Test
    void positionsCountCharactersNotUtf16Units() {
        assertThatThrownBy(() -> Parser.parse("SELECT '😀😀' +"))
                .isInstanceOfSatisfying(DsqlException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("syntax error at end of input");
                    assertThat(e.position()).isEqualTo(14);
                });
    }
}
