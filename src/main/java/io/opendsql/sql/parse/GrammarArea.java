package io.opendsql.sql.parse;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.RangeVar;

import java.util.ArrayList;
import java.util.List;

/**
 * Shared helpers for the parsers of each grammar area: token tests, name productions with
 * PostgreSQL's keyword categories (ColId, ColLabel, type_function_name, ...), and errors.
 */
abstract class GrammarArea {
    final Grammar g;
    final TokenCursor in;

    GrammarArea(Grammar grammar) {
        this.g = grammar;
        this.in = grammar.cursor;
    }

    Token peek() {
        return in.peek();
    }

    Token peek(int ahead) {
        return in.peek(ahead);
    }

    Token next() {
        return in.next();
    }

    boolean isKeyword(String word) {
        return in.peek().isKeyword(word);
    }

    boolean isKeyword(int ahead, String word) {
        return in.peek(ahead).isKeyword(word);
    }

    boolean isChar(char c) {
        return in.peek().isChar(c);
    }

    boolean isChar(int ahead, char c) {
        return in.peek(ahead).isChar(c);
    }

    boolean is(TokenKind kind) {
        return in.peek().kind() == kind;
    }

    boolean acceptKeyword(String word) {
        if (isKeyword(word)) {
            in.next();
            return true;
        }
        return false;
    }

    boolean acceptChar(char c) {
        if (isChar(c)) {
            in.next();
            return true;
        }
        return false;
    }

    Token expectKeyword(String word) {
        if (!isKeyword(word)) {
            throw in.syntaxError();
        }
        return in.next();
    }

    Token expectChar(char c) {
        if (!isChar(c)) {
            throw in.syntaxError();
        }
        return in.next();
    }

    DsqlException syntaxError() {
        return in.syntaxError();
    }

    DsqlException error(SqlState state, String message, int offset) {
        return SyntaxErrors.plain(in.sql, state, message, offset);
    }

    // ---- name productions --------------------------------------------------------------------

    static boolean isColId(Token t) {
        if (t.kind() == TokenKind.IDENT) {
            return true;
        }
        Keywords.Category c = t.category();
        return c == Keywords.Category.UNRESERVED || c == Keywords.Category.COL_NAME;
    }

    static boolean isTypeFunctionName(Token t) {
        if (t.kind() == TokenKind.IDENT) {
            return true;
        }
        Keywords.Category c = t.category();
        return c == Keywords.Category.UNRESERVED || c == Keywords.Category.TYPE_FUNC_NAME;
    }

    static boolean isNonReservedWord(Token t) {
        if (t.kind() == TokenKind.IDENT) {
            return true;
        }
        Keywords.Category c = t.category();
        return c != null && c != Keywords.Category.RESERVED;
    }

    static boolean isColLabel(Token t) {
        return t.kind() == TokenKind.IDENT || t.kind() == TokenKind.KEYWORD;
    }

    static boolean isBareColLabel(Token t) {
        return t.kind() == TokenKind.IDENT || (t.kind() == TokenKind.KEYWORD && Keywords.isBareLabel(t.value()));
    }

    String colId() {
        if (!isColId(peek())) {
            throw syntaxError();
        }
        return next().value();
    }

    String colLabel() {
        if (!isColLabel(peek())) {
            throw syntaxError();
        }
        return next().value();
    }

    String typeFunctionName() {
        if (!isTypeFunctionName(peek())) {
            throw syntaxError();
        }
        return next().value();
    }

    String nonReservedWord() {
        if (!isNonReservedWord(peek())) {
            throw syntaxError();
        }
        return next().value();
    }

    /** any_name: ColId ('.' ColLabel)*. */
    List<String> anyName() {
        List<String> names = new ArrayList<>();
        names.add(colId());
        while (isChar('.')) {
            next();
            names.add(colLabel());
        }
        return names;
    }

    /** '(' name_list ')' where name is ColId. */
    List<String> parenthesizedColIds() {
        expectChar('(');
        List<String> names = new ArrayList<>();
        do {
            names.add(colId());
        } while (acceptChar(','));
        expectChar(')');
        return names;
    }

    /** qualified_name: ColId | ColId indirection (up to catalog.schema.relation). */
    RangeVar qualifiedName() {
        Token first = peek();
        List<String> names = anyName();
        rejectSubscripts();
        return rangeVar(first, names);
    }

    /** The grammar's indirection allows subscripts after a qualified name; check_qualified_name rejects them. */
    void rejectSubscripts() {
        if (isChar('[')) {
            while (isChar('[')) {
                next();
                if (!isChar(':')) {
                    g.expressions.expr();
                }
                if (acceptChar(':') && !isChar(']')) {
                    g.expressions.expr();
                }
                expectChar(']');
                while (isChar('.')) {
                    next();
                    colLabel();
                }
            }
            throw syntaxError();
        }
    }

    RangeVar rangeVar(Token first, List<String> names) {
        return switch (names.size()) {
            case 1 -> new RangeVar(first.start(), null, null, names.get(0), true, null);
            case 2 -> new RangeVar(first.start(), null, names.get(0), names.get(1), true, null);
            case 3 -> new RangeVar(first.start(), names.get(0), names.get(1), names.get(2), true, null);
            default -> throw error(SqlState.SYNTAX_ERROR, "improper qualified name (too many dotted names): "
                    + String.join(".", names), first.start());
        };
    }

    /** Iconst, with an optional sign handled by callers. */
    int integerConstant() {
        if (!is(TokenKind.INTEGER)) {
            throw syntaxError();
        }
        return Integer.parseInt(next().value());
    }

    /** Sconst. */
    String stringConstant() {
        if (!is(TokenKind.STRING)) {
            throw syntaxError();
        }
        return next().value();
    }

    Expr.Literal literal(Token t, Expr.LiteralKind kind) {
        return new Expr.Literal(t.start(), kind, t.value());
    }
}
