package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.Stmt;

final class PrivilegeParser extends GrammarArea {
    PrivilegeParser(Grammar grammar) {
        super(grammar);
    }

    Stmt grantOrRevoke() {
        throw syntaxError();
    }

    Stmt awsIam() {
        throw syntaxError();
    }
}
