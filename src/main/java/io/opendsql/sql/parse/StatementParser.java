package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.WithClause;

import java.util.ArrayList;
import java.util.List;

/** stmtmulti: statements separated by ';', and the dispatch on each statement's first keyword. */
final class StatementParser extends GrammarArea {
    StatementParser(Grammar grammar) {
        super(grammar);
    }

    List<Statement> statements() {
        List<Statement> result = new ArrayList<>();
        while (true) {
            while (acceptChar(';')) {
                // empty statement
            }
            if (is(TokenKind.EOF)) {
                return result;
            }
            Token first = peek();
            Stmt node = statement();
            Token last = in.previous();
            if (!isChar(';') && !is(TokenKind.EOF)) {
                throw syntaxError();
            }
            result.add(new Statement(node, in.sql.substring(first.start(), last.end()), first.start()));
        }
    }

    /** One statement (also used for EXPLAIN, PREPARE and CREATE SCHEMA elements). */
    Stmt statement() {
        Token t = peek();
        int at = t.start();
        if (t.isChar('(')) {
            return g.queries.select(null, at);
        }
        if (t.kind() == TokenKind.IDENT && t.value().equals("aws")) {
            return g.privileges.awsIam();
        }
        if (t.kind() != TokenKind.KEYWORD) {
            throw syntaxError();
        }
        switch (t.value()) {
            case "select", "values", "table":
                return g.queries.select(null, at);
            case "with": {
                WithClause with = g.queries.withClause();
                Token after = peek();
                if (after.isKeyword("insert") || after.isKeyword("update") || after.isKeyword("delete")) {
                    return g.dml.statement(with, at);
                }
                return g.queries.select(with, at);
            }
            case "insert", "update", "delete":
                return g.dml.statement(null, at);
            case "create":
                return g.objects.create();
            case "alter":
                return g.objects.alter();
            case "drop":
                return g.objects.drop();
            case "grant", "revoke":
                return g.privileges.grantOrRevoke();
            case "comment":
                return g.objects.comment();
            default:
                return g.utility.statement();
        }
    }
}
