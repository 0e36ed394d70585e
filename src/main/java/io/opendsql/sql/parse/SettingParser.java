package io.opendsql.sql.parse;

import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.TypeName;
import io.opendsql.sql.parse.ast.UtilityStmt;
import io.opendsql.sql.parse.ast.UtilityStmt.SetKind;
import io.opendsql.sql.parse.ast.UtilityStmt.VariableSetStmt;

import java.util.ArrayList;
import java.util.List;

/** SET, RESET and SHOW (VariableSetStmt, VariableShowStmt), and SET CONSTRAINTS. */
final class SettingParser extends GrammarArea {
    SettingParser(Grammar grammar) {
        super(grammar);
    }

    Stmt statement() {
        Token t = next();
        if (t.isKeyword("show")) {
            return show(t.start());
        }
        if (t.isKeyword("reset")) {
            return reset(t.start());
        }
        if (isKeyword("constraints") && !assignmentFollows()) {
            return constraints(t.start());
        }
        boolean local = false;
        if (isKeyword("local") && !assignmentFollows()) {
            next();
            local = true;
        } else if (isKeyword("session") && !isKeyword(1, "authorization") && !isKeyword(1, "characteristics")
                && !assignmentFollows()) {
            next();
        }
        return setRest(t.start(), local);
    }

    /** True when '=' or TO follows the current token: a generic "SET name = value". */
    private boolean assignmentFollows() {
        return isChar(1, '=') || isKeyword(1, "to") || isChar(1, '.');
    }

    /** set_rest (also used by ALTER ROLE ... SET). */
    VariableSetStmt setRest(int at, boolean local) {
        if (assignmentFollows() && !isKeyword("time")) {
            return genericSet(at, local);
        }
        if (acceptKeyword("transaction")) {
            if (acceptKeyword("snapshot")) {
                Token value = peek();
                stringConstant();
                return new VariableSetStmt(at, SetKind.VALUE, "transaction_snapshot", List.of(
                        literal(value, Expr.LiteralKind.STRING)), local, List.of(), false);
            }
            return new VariableSetStmt(at, SetKind.MULTI, "transaction", List.of(), local,
                    g.utility.requiredTransactionModes(), false);
        }
        if (isKeyword("session") && isKeyword(1, "characteristics")) {
            next();
            next();
            expectKeyword("as");
            expectKeyword("transaction");
            return new VariableSetStmt(at, SetKind.MULTI, "transaction", List.of(), local,
                    g.utility.requiredTransactionModes(), true);
        }
        if (isKeyword("time") && isKeyword(1, "zone")) {
            next();
            next();
            return zoneValue(at, local);
        }
        if (isKeyword("catalog")) {
            Token t = next();
            stringConstant();
            throw error(SqlState.FEATURE_NOT_SUPPORTED, "current database cannot be changed", t.start());
        }
        if (isKeyword("schema") && peek(1).kind() == TokenKind.STRING) {
            next();
            Token value = next();
            return new VariableSetStmt(at, SetKind.VALUE, "search_path", List.of(literal(value,
                    Expr.LiteralKind.STRING)), local, List.of(), false);
        }
        if (isKeyword("names") && !(isChar(1, '=') || isKeyword(1, "to"))) {
            next();
            List<Expr> values = new ArrayList<>();
            if (isKeyword("default")) {
                next();
                return new VariableSetStmt(at, SetKind.DEFAULT, "client_encoding", List.of(), local, List.of(),
                        false);
            }
            if (is(TokenKind.STRING)) {
                Token value = next();
                values.add(new Expr.Literal(value.start(), Expr.LiteralKind.STRING, value.value()));
            }
            return new VariableSetStmt(at, values.isEmpty() ? SetKind.DEFAULT : SetKind.VALUE, "client_encoding",
                    values, local, List.of(), false);
        }
        if (isKeyword("role") && !(isChar(1, '=') || isKeyword(1, "to"))) {
            next();
            return new VariableSetStmt(at, SetKind.VALUE, "role", List.of(wordOrString()), local, List.of(),
                    false);
        }
        if (isKeyword("session") && isKeyword(1, "authorization")) {
            next();
            next();
            if (acceptKeyword("default")) {
                return new VariableSetStmt(at, SetKind.DEFAULT, "session_authorization", List.of(), local,
                        List.of(), false);
            }
            return new VariableSetStmt(at, SetKind.VALUE, "session_authorization", List.of(wordOrString()), local,
                    List.of(), false);
        }
        return genericSet(at, local);
    }

    /** generic_set: var_name {TO | =} {var_list | DEFAULT}, or var_name FROM CURRENT. */
    private VariableSetStmt genericSet(int at, boolean local) {
        String name = varName();
        if (isKeyword("from")) {
            next();
            expectKeyword("current");
            return new VariableSetStmt(at, SetKind.CURRENT, name, List.of(), local, List.of(), false);
        }
        if (!acceptKeyword("to")) {
            expectChar('=');
        }
        if (acceptKeyword("default")) {
            return new VariableSetStmt(at, SetKind.DEFAULT, name, List.of(), local, List.of(), false);
        }
        List<Expr> values = new ArrayList<>();
        do {
            values.add(g.utility.optionValue());
        } while (acceptChar(','));
        return new VariableSetStmt(at, SetKind.VALUE, name, values, local, List.of(), false);
    }

    /** NonReservedWord_or_Sconst. */
    private Expr wordOrString() {
        Token t = peek();
        if (t.kind() == TokenKind.STRING || isNonReservedWord(t)) {
            next();
            return new Expr.Literal(t.start(), Expr.LiteralKind.STRING, t.value());
        }
        throw syntaxError();
    }

    /** var_name: ColId ('.' ColId)*. */
    String varName() {
        StringBuilder name = new StringBuilder(colId());
        while (acceptChar('.')) {
            name.append('.').append(colId());
        }
        return name.toString();
    }

    private VariableSetStmt zoneValue(int at, boolean local) {
        Token t = peek();
        if (t.isKeyword("default") || t.isKeyword("local")) {
            next();
            return new VariableSetStmt(at, SetKind.DEFAULT, "timezone", List.of(), local, List.of(), false);
        }
        Expr value;
        if (t.kind() == TokenKind.STRING || t.kind() == TokenKind.IDENT) {
            next();
            value = literal(t, Expr.LiteralKind.STRING);
        } else if (t.isKeyword("interval")) {
            TypeName type = g.types.constTypename(true);
            Token string = peek();
            stringConstant();
            if (type.modifiers().isEmpty()) {
                type = g.types.intervalFields(type);
            }
            value = new Expr.TypeCast(t.start(), literal(string, Expr.LiteralKind.STRING), type,
                    Expr.CastSyntax.TYPED_LITERAL);
        } else {
            value = g.utility.numericOnly();
        }
        return new VariableSetStmt(at, SetKind.VALUE, "timezone", List.of(value), local, List.of(), false);
    }

    private VariableSetStmt reset(int at) {
        if (isKeyword("time") && isKeyword(1, "zone")) {
            next();
            next();
            return new VariableSetStmt(at, SetKind.RESET, "timezone", List.of(), false, List.of(), false);
        }
        if (isKeyword("transaction") && isKeyword(1, "isolation")) {
            next();
            next();
            expectKeyword("level");
            return new VariableSetStmt(at, SetKind.RESET, "transaction_isolation", List.of(), false, List.of(),
                    false);
        }
        if (isKeyword("session") && isKeyword(1, "authorization")) {
            next();
            next();
            return new VariableSetStmt(at, SetKind.RESET, "session_authorization", List.of(), false, List.of(),
                    false);
        }
        if (acceptKeyword("all")) {
            return new VariableSetStmt(at, SetKind.RESET_ALL, null, List.of(), false, List.of(), false);
        }
        return new VariableSetStmt(at, SetKind.RESET, varName(), List.of(), false, List.of(), false);
    }

    private UtilityStmt.VariableShowStmt show(int at) {
        if (isKeyword("time") && isKeyword(1, "zone")) {
            next();
            next();
            return new UtilityStmt.VariableShowStmt(at, "timezone");
        }
        if (isKeyword("transaction") && isKeyword(1, "isolation")) {
            next();
            next();
            expectKeyword("level");
            return new UtilityStmt.VariableShowStmt(at, "transaction_isolation");
        }
        if (isKeyword("session") && isKeyword(1, "authorization")) {
            next();
            next();
            return new UtilityStmt.VariableShowStmt(at, "session_authorization");
        }
        if (acceptKeyword("all")) {
            return new UtilityStmt.VariableShowStmt(at, "all");
        }
        return new UtilityStmt.VariableShowStmt(at, varName());
    }

    private UtilityStmt.ConstraintsSetStmt constraints(int at) {
        expectKeyword("constraints");
        List<List<String>> names = new ArrayList<>();
        if (!acceptKeyword("all")) {
            do {
                names.add(anyName());
            } while (acceptChar(','));
        }
        boolean deferred;
        if (acceptKeyword("deferred")) {
            deferred = true;
        } else {
            expectKeyword("immediate");
            deferred = false;
        }
        return new UtilityStmt.ConstraintsSetStmt(at, names, deferred);
    }
}
