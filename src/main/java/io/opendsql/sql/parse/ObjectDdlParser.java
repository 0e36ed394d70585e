package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.Stmt;

final class ObjectDdlParser extends GrammarArea {
    ObjectDdlParser(Grammar grammar) {
        super(grammar);
    }

    Stmt create() {
        throw syntaxError();
    }

    Stmt alter() {
        throw syntaxError();
    }

    Stmt drop() {
        throw syntaxError();
    }

    Stmt comment() {
        throw syntaxError();
    }
}
