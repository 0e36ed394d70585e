package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.Stmt;

final class AlterTableParser extends GrammarArea {
    AlterTableParser(Grammar grammar) {
        super(grammar);
    }

    Stmt grantOrRevoke() {
        throw syntaxError();
    }

    Stmt awsIam() {
        throw syntaxError();
    }
}
