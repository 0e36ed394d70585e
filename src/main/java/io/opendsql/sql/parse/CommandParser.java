package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.DefElem;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.RangeVar;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.TypeName;
import io.opendsql.sql.parse.ast.UtilityStmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** EXPLAIN, VACUUM/ANALYZE, CALL, PREPARE/EXECUTE/DEALLOCATE, cursors, DISCARD, LISTEN/NOTIFY, LOCK, TRUNCATE, COPY, DO. */
final class CommandParser extends GrammarArea {
    CommandParser(Grammar grammar) {
        super(grammar);
    }

    Stmt explain() {
        Token start = expectKeyword("explain");
        List<DefElem> options = new ArrayList<>();
        if (isChar('(')) {
            options = g.utility.utilityOptions();
        } else {
            if (acceptKeyword("analyze") || acceptKeyword("analyse")) {
                options.add(new DefElem("analyze", null));
            }
            if (acceptKeyword("verbose")) {
                options.add(new DefElem("verbose", null));
            }
        }
        Token t = peek();
        Stmt query;
        if (t.isKeyword("select") || t.isKeyword("values") || t.isKeyword("table") || t.isKeyword("with")
                || t.isChar('(') || t.isKeyword("insert") || t.isKeyword("update") || t.isKeyword("delete")
                || t.isKeyword("execute") || t.isKeyword("declare") || t.isKeyword("create")) {
            if (t.isKeyword("create") && !(isKeyword(1, "table") || isKeyword(1, "materialized")
                    || isKeyword(1, "temp") || isKeyword(1, "temporary") || isKeyword(1, "unlogged"))) {
                next();
                throw syntaxError();
            }
            query = g.statements.statement();
        } else {
            throw syntaxError();
        }
        return new UtilityStmt.ExplainStmt(start.start(), query, options);
    }

    Stmt vacuum() {
        Token start = next();
        boolean vacuum = start.isKeyword("vacuum");
        List<DefElem> options = new ArrayList<>();
        if (isChar('(')) {
            options = g.utility.utilityOptions();
        } else if (vacuum) {
            for (String word : List.of("full", "freeze", "verbose")) {
                if (acceptKeyword(word)) {
                    options.add(new DefElem(word, null));
                }
            }
            if (acceptKeyword("analyze") || acceptKeyword("analyse")) {
                options.add(new DefElem("analyze", null));
            }
        } else if (acceptKeyword("verbose")) {
            options.add(new DefElem("verbose", null));
        }
        List<UtilityStmt.VacuumRelation> relations = new ArrayList<>();
        if (isColId(peek())) {
            do {
                RangeVar relation = qualifiedName();
                List<String> columns = isChar('(') ? parenthesizedColIds() : List.of();
                relations.add(new UtilityStmt.VacuumRelation(relation, columns));
            } while (acceptChar(','));
        }
        return new UtilityStmt.VacuumStmt(start.start(), vacuum, options, relations);
    }

    Stmt call() {
        Token start = expectKeyword("call");
        Token name = peek();
        Expr call;
        if (name.kind() == TokenKind.KEYWORD && (call = g.functions.specialFunction(name)) != null) {
            throw in.syntaxError(name);
        }
        List<String> names = new ArrayList<>();
        if (!isTypeFunctionName(name) && !isColId(name)) {
            throw syntaxError();
        }
        names.add(next().value());
        while (acceptChar('.')) {
            names.add(colLabel());
        }
        if (names.size() == 1 && !isTypeFunctionName(name)) {
            throw syntaxError();
        }
        if (!isChar('(')) {
            throw syntaxError();
        }
        call = g.functions.functionCall(name.start(), names);
        if (!(call instanceof Expr.FuncCall function) || function.over() != null || function.filter() != null
                || function.withinGroup()) {
            throw syntaxError();
        }
        return new UtilityStmt.CallStmt(start.start(), function);
    }

    Stmt prepare() {
        Token start = expectKeyword("prepare");
        String name = colId();
        List<TypeName> types = List.of();
        if (acceptChar('(')) {
            types = g.utility.typeList();
            expectChar(')');
        }
        expectKeyword("as");
        Token open = peek();
        Stmt query = g.queries.preparableStatement(open);
        return new UtilityStmt.PrepareStmt(start.start(), name, types, query);
    }

    Stmt execute() {
        Token start = expectKeyword("execute");
        String name = colId();
        List<Expr> parameters = List.of();
        if (acceptChar('(')) {
            parameters = g.expressions.exprList();
            expectChar(')');
        }
        return new UtilityStmt.ExecuteStmt(start.start(), name, parameters);
    }

    Stmt deallocate() {
        Token start = expectKeyword("deallocate");
        acceptKeyword("prepare");
        if (acceptKeyword("all")) {
            return new UtilityStmt.DeallocateStmt(start.start(), null);
        }
        return new UtilityStmt.DeallocateStmt(start.start(), colId());
    }

    Stmt declare() {
        Token start = expectKeyword("declare");
        String name = colId();
        List<String> options = new ArrayList<>();
        while (true) {
            if (isKeyword("no")) {
                next();
                expectKeyword("scroll");
                options.add("no scroll");
            } else if (isKeyword("scroll") || isKeyword("binary") || isKeyword("insensitive")
                    || isKeyword("asensitive")) {
                options.add(next().value());
            } else {
                break;
            }
        }
        expectKeyword("cursor");
        if (acceptKeyword("with")) {
            expectKeyword("hold");
            options.add("with hold");
        } else if (isKeyword("without")) {
            next();
            expectKeyword("hold");
            options.add("without hold");
        }
        expectKeyword("for");
        SelectStmt query = g.queries.select(null, peek().start());
        return new UtilityStmt.DeclareCursorStmt(start.start(), name, options, query);
    }

    Stmt fetch() {
        Token start = next();
        StringBuilder direction = new StringBuilder();
        Token t = peek();
        if (peek(1).isChar(';') || peek(1).isEnd()) {
            // FETCH name: a lone word such as NEXT is the cursor's name.
            return new UtilityStmt.FetchStmt(start.start(), start.isKeyword("move"), null, colId());
        }
        if (t.isKeyword("next") || t.isKeyword("prior") || t.isKeyword("first") || t.isKeyword("last")) {
            direction.append(next().value());
        } else if (t.isKeyword("absolute") || t.isKeyword("relative")) {
            direction.append(next().value()).append(' ').append(signedInteger());
        } else if (t.isKeyword("all")) {
            direction.append(next().value());
        } else if (t.isKeyword("forward") || t.isKeyword("backward")) {
            direction.append(next().value());
            if (isKeyword("all")) {
                direction.append(' ').append(next().value());
            } else if (is(TokenKind.INTEGER) || isChar('-') || isChar('+')) {
                direction.append(' ').append(signedInteger());
            }
        } else if (t.kind() == TokenKind.INTEGER || t.isChar('-') || t.isChar('+')) {
            direction.append(signedInteger());
        }
        if (!direction.isEmpty()) {
            if (!acceptKeyword("from")) {
                acceptKeyword("in");
            }
        } else if (acceptKeyword("from") || acceptKeyword("in")) {
            direction.append("");
        }
        return new UtilityStmt.FetchStmt(start.start(), start.isKeyword("move"),
                direction.isEmpty() ? null : direction.toString(), colId());
    }

    private String signedInteger() {
        String sign = "";
        if (acceptChar('-')) {
            sign = "-";
        } else {
            acceptChar('+');
        }
        return sign + integerConstant();
    }

    Stmt close() {
        Token start = expectKeyword("close");
        if (acceptKeyword("all")) {
            return new UtilityStmt.ClosePortalStmt(start.start(), null);
        }
        return new UtilityStmt.ClosePortalStmt(start.start(), colId());
    }

    Stmt discard() {
        Token start = expectKeyword("discard");
        Token t = peek();
        if (t.isKeyword("all") || t.isKeyword("plans") || t.isKeyword("sequences") || t.isKeyword("temp")) {
            next();
            return new UtilityStmt.DiscardStmt(start.start(), t.value());
        }
        if (t.isKeyword("temporary")) {
            next();
            return new UtilityStmt.DiscardStmt(start.start(), "temp");
        }
        throw syntaxError();
    }

    Stmt listen() {
        Token start = next();
        switch (start.value()) {
            case "listen" -> {
                return new UtilityStmt.ListenStmt(start.start(), colId());
            }
            case "unlisten" -> {
                if (acceptChar('*')) {
                    return new UtilityStmt.UnlistenStmt(start.start(), null);
                }
                return new UtilityStmt.UnlistenStmt(start.start(), colId());
            }
            default -> {
                String channel = colId();
                String payload = null;
                if (acceptChar(',')) {
                    payload = stringConstant();
                }
                return new UtilityStmt.NotifyStmt(start.start(), channel, payload);
            }
        }
    }

    Stmt lock() {
        Token start = expectKeyword("lock");
        acceptKeyword("table");
        List<RangeVar> relations = g.utility.relationList();
        String mode = "access exclusive";
        if (acceptKeyword("in")) {
            mode = lockMode();
            expectKeyword("mode");
        }
        boolean nowait = acceptKeyword("nowait");
        return new UtilityStmt.LockStmt(start.start(), relations, mode, nowait);
    }

    private String lockMode() {
        if (acceptKeyword("access")) {
            if (acceptKeyword("share")) {
                return "access share";
            }
            expectKeyword("exclusive");
            return "access exclusive";
        }
        if (acceptKeyword("row")) {
            if (acceptKeyword("share")) {
                return "row share";
            }
            expectKeyword("exclusive");
            return "row exclusive";
        }
        if (acceptKeyword("share")) {
            if (acceptKeyword("update")) {
                expectKeyword("exclusive");
                return "share update exclusive";
            }
            if (acceptKeyword("row")) {
                expectKeyword("exclusive");
                return "share row exclusive";
            }
            return "share";
        }
        expectKeyword("exclusive");
        return "exclusive";
    }

    Stmt truncate() {
        Token start = expectKeyword("truncate");
        acceptKeyword("table");
        List<RangeVar> relations = g.utility.relationList();
        boolean restart = false;
        if (acceptKeyword("restart")) {
            expectKeyword("identity");
            restart = true;
        } else if (acceptKeyword("continue")) {
            expectKeyword("identity");
        }
        boolean cascade = acceptKeyword("cascade");
        if (!cascade) {
            acceptKeyword("restrict");
        }
        return new UtilityStmt.TruncateStmt(start.start(), relations, restart, cascade);
    }

    Stmt copy() {
        Token start = expectKeyword("copy");
        List<DefElem> options = new ArrayList<>();
        RangeVar relation = null;
        Stmt query = null;
        List<String> columns = List.of();
        boolean from;
        if (isChar('(')) {
            Token open = next();
            query = g.queries.preparableStatement(open);
            expectChar(')');
            expectKeyword("to");
            from = false;
        } else {
            if (acceptKeyword("binary")) {
                options.add(new DefElem("format", new Expr.Literal(start.start(), Expr.LiteralKind.STRING,
                        "binary")));
            }
            relation = qualifiedName();
            if (isChar('(')) {
                columns = parenthesizedColIds();
            }
            if (acceptKeyword("from")) {
                from = true;
            } else {
                expectKeyword("to");
                from = false;
            }
        }
        boolean program = acceptKeyword("program");
        String fileName = null;
        if (is(TokenKind.STRING)) {
            fileName = next().value();
        } else if (!acceptKeyword("stdin") && !acceptKeyword("stdout")) {
            throw syntaxError();
        }
        if (query == null && (isKeyword("using") || isKeyword("delimiters"))) {
            acceptKeyword("using");
            expectKeyword("delimiters");
            options.add(new DefElem("delimiter", literal(next(), Expr.LiteralKind.STRING)));
        }
        acceptKeyword("with");
        if (isChar('(')) {
            next();
            do {
                Token name = peek();
                if (!isColLabel(name)) {
                    throw syntaxError();
                }
                next();
                Expr value = null;
                if (!isChar(',') && !isChar(')')) {
                    if (isChar('(')) {
                        next();
                        List<Expr> list = new ArrayList<>();
                        if (acceptChar('*')) {
                            list.add(new Expr.ColumnRef(name.start(), List.of(), true));
                        } else {
                            do {
                                list.add(g.utility.optionValue());
                            } while (acceptChar(','));
                        }
                        expectChar(')');
                        value = new Expr.Row(name.start(), list, false);
                    } else if (isChar('*')) {
                        Token star = next();
                        value = new Expr.ColumnRef(star.start(), List.of(), true);
                    } else {
                        value = g.utility.optionValue();
                    }
                }
                options.add(new DefElem(name.value().toLowerCase(Locale.ROOT), value));
            } while (acceptChar(','));
            expectChar(')');
        } else {
            legacyCopyOptions(options);
        }
        if (query == null && acceptKeyword("where")) {
            g.expressions.expr();
        }
        return new UtilityStmt.CopyStmt(start.start(), relation, columns, query, from, program, fileName, options);
    }

    private void legacyCopyOptions(List<DefElem> options) {
        while (true) {
            Token t = peek();
            if (t.isKeyword("binary") || t.isKeyword("csv") || t.isKeyword("header") || t.isKeyword("freeze")) {
                next();
                options.add(new DefElem(t.value(), null));
            } else if (t.isKeyword("delimiter") || t.isKeyword("null") || t.isKeyword("quote")
                    || t.isKeyword("escape") || t.isKeyword("encoding")) {
                next();
                acceptKeyword("as");
                Token value = peek();
                stringConstant();
                options.add(new DefElem(t.value(), literal(value, Expr.LiteralKind.STRING)));
            } else if (t.isKeyword("force")) {
                next();
                if (acceptKeyword("not")) {
                    expectKeyword("null");
                    options.add(new DefElem("force_not_null", null));
                } else if (acceptKeyword("null")) {
                    options.add(new DefElem("force_null", null));
                } else {
                    expectKeyword("quote");
                    options.add(new DefElem("force_quote", null));
                }
                if (!acceptChar('*')) {
                    do {
                        colId();
                    } while (acceptChar(','));
                }
            } else {
                return;
            }
        }
    }

    Stmt doStatement() {
        Token start = expectKeyword("do");
        String language = null;
        String code = null;
        do {
            if (acceptKeyword("language")) {
                Token t = peek();
                if (t.kind() != TokenKind.STRING && !isNonReservedWord(t)) {
                    throw syntaxError();
                }
                language = next().value();
            } else if (is(TokenKind.STRING)) {
                code = next().value();
            } else {
                throw syntaxError();
            }
        } while (is(TokenKind.STRING) || isKeyword("language"));
        if (code == null) {
            code = "";
        }
        return new UtilityStmt.DoStmt(start.start(), language, code);
    }
}
