package io.opendsql.sql.parse;

import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.DefElem;
import io.opendsql.sql.parse.ast.ObjectDdl;
import io.opendsql.sql.parse.ast.ObjectType;
import io.opendsql.sql.parse.ast.RangeVar;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.TableDdl;
import io.opendsql.sql.parse.ast.TypeName;

import java.util.ArrayList;
import java.util.List;

/** CREATE dispatch, schemas, views, sequences, domains, and CREATEs that are only recognized. */
final class ObjectDdlParser extends GrammarArea {
    private final FunctionDdlParser functions;
    private final RoleParser roles;
    private final DropParser drops;

    ObjectDdlParser(Grammar grammar) {
        super(grammar);
        this.functions = new FunctionDdlParser(grammar);
        this.roles = new RoleParser(grammar);
        this.drops = new DropParser(grammar);
    }

    FunctionDdlParser functions() {
        return functions;
    }

    RoleParser roles() {
        return roles;
    }

    Stmt drop() {
        return drops.drop();
    }

    Stmt comment() {
        return drops.comment();
    }

    Stmt alter() {
        return drops.alter();
    }

    /** OptTemp: TEMPORARY | TEMP | LOCAL TEMP[ORARY] | GLOBAL TEMP[ORARY] | UNLOGGED; null when absent. */
    private String persistence() {
        if (acceptKeyword("temporary") || acceptKeyword("temp")) {
            return "temp";
        }
        if (isKeyword("local") || isKeyword("global")) {
            next();
            if (!acceptKeyword("temporary")) {
                expectKeyword("temp");
            }
            return "temp";
        }
        if (acceptKeyword("unlogged")) {
            return "unlogged";
        }
        return null;
    }

    Stmt create() {
        Token start = expectKeyword("create");
        int at = start.start();
        boolean replace = false;
        if (isKeyword("or")) {
            next();
            expectKeyword("replace");
            replace = true;
        }
        String persistence = persistence();
        Token t = peek();
        if (persistence != null || replace) {
            if (t.isKeyword("table") && !replace) {
                next();
                return g.ddl.createTable(at, persistence);
            }
            if (t.isKeyword("view") || t.isKeyword("recursive")) {
                return view(at, replace, persistence);
            }
            if (t.isKeyword("sequence") && !replace) {
                next();
                return sequence(at, persistence);
            }
            if (replace && (t.isKeyword("function") || t.isKeyword("procedure"))) {
                return functions.create(at, true);
            }
            if (replace && (t.isKeyword("trigger") || t.isKeyword("constraint") || t.isKeyword("rule")
                    || t.isKeyword("aggregate") || t.isKeyword("language") || t.isKeyword("trusted")
                    || t.isKeyword("procedural") || t.isKeyword("transform"))) {
                return recognized(at, replace);
            }
            throw syntaxError();
        }
        switch (t.kind() == TokenKind.KEYWORD ? t.value() : "") {
            case "table" -> {
                next();
                return g.ddl.createTable(at, null);
            }
            case "unique" -> {
                next();
                expectKeyword("index");
                return g.ddl.createIndex(at, true);
            }
            case "index" -> {
                next();
                return g.ddl.createIndex(at, false);
            }
            case "view", "recursive" -> {
                return view(at, false, null);
            }
            case "materialized" -> {
                next();
                expectKeyword("view");
                boolean ifNotExists = g.ddl.ifNotExists();
                RangeVar relation = qualifiedName();
                return g.ddl.createTableAs(at, relation, ifNotExists, null, true);
            }
            case "schema" -> {
                return schema(at);
            }
            case "sequence" -> {
                next();
                return sequence(at, null);
            }
            case "function", "procedure" -> {
                return functions.create(at, false);
            }
            case "domain" -> {
                return domain(at);
            }
            case "role", "user", "group" -> {
                return roles.create(at);
            }
            default -> {
                return recognized(at, false);
            }
        }
    }

    private Stmt view(int at, boolean replace, String persistence) {
        boolean recursive = acceptKeyword("recursive");
        expectKeyword("view");
        RangeVar view = qualifiedName();
        List<String> columns = List.of();
        if (recursive || isChar('(')) {
            columns = parenthesizedColIds();
        }
        List<DefElem> options = List.of();
        if (isKeyword("with")) {
            next();
            options = g.ddl.reloptions();
        }
        expectKeyword("as");
        SelectStmt query = g.queries.select(null, peek().start());
        String checkOption = null;
        if (isKeyword("with")) {
            next();
            checkOption = "cascaded";
            if (acceptKeyword("local")) {
                checkOption = "local";
            } else {
                acceptKeyword("cascaded");
            }
            expectKeyword("check");
            expectKeyword("option");
            if (recursive) {
                throw error(SqlState.FEATURE_NOT_SUPPORTED,
                        "WITH CHECK OPTION not supported on recursive views", at);
            }
        }
        return new ObjectDdl.ViewStmt(at, view, columns, query, replace, recursive, persistence, options,
                checkOption);
    }

    private Stmt schema(int at) {
        expectKeyword("schema");
        boolean ifNotExists = g.ddl.ifNotExists();
        String name = null;
        String authorization = null;
        if (isKeyword("authorization")) {
            next();
            authorization = roles.roleSpec();
        } else {
            name = colId();
            if (acceptKeyword("authorization")) {
                authorization = roles.roleSpec();
            }
        }
        List<Stmt> elements = new ArrayList<>();
        while (isKeyword("create") || isKeyword("grant")) {
            Token t = peek();
            if (ifNotExists) {
                throw error(SqlState.FEATURE_NOT_SUPPORTED,
                        "CREATE SCHEMA IF NOT EXISTS cannot include schema elements", t.start());
            }
            if (t.isKeyword("grant")) {
                elements.add(g.privileges.grantOrRevoke());
                continue;
            }
            Token what = peek(1);
            if (!(what.isKeyword("table") || what.isKeyword("index") || what.isKeyword("unique")
                    || what.isKeyword("sequence") || what.isKeyword("view") || what.isKeyword("trigger")
                    || what.isKeyword("temp") || what.isKeyword("temporary") || what.isKeyword("or")
                    || what.isKeyword("recursive") || what.isKeyword("unlogged") || what.isKeyword("local")
                    || what.isKeyword("global"))) {
                next();
                throw syntaxError();
            }
            elements.add(create());
        }
        return new ObjectDdl.CreateSchemaStmt(at, name, authorization, ifNotExists, elements);
    }

    private Stmt sequence(int at, String persistence) {
        boolean ifNotExists = g.ddl.ifNotExists();
        RangeVar sequence = qualifiedName();
        List<DefElem> options = g.ddl.constraints().sequenceOptions(true);
        return new ObjectDdl.CreateSeqStmt(at, sequence, options, ifNotExists, persistence);
    }

    private Stmt domain(int at) {
        expectKeyword("domain");
        List<String> name = anyName();
        acceptKeyword("as");
        TypeName type = g.types.typeName();
        List<List<String>> collation = new ArrayList<>();
        List<TableDdl.Constraint> constraints = g.ddl.constraints().columnConstraints(collation);
        return new ObjectDdl.CreateDomainStmt(at, name, type, collation.isEmpty() ? null : collation.get(0),
                constraints);
    }

    /**
     * CREATEs OpenDSQL only recognizes (DSQL rejects them): the statement is consumed up to its end
     * and returned with PostgreSQL's parse-node tag.
     */
    private Stmt recognized(int at, boolean replace) {
        Token t = peek();
        String tag;
        ObjectType type;
        switch (t.kind() == TokenKind.KEYWORD ? t.value() : "") {
            case "database" -> {
                tag = "Createdb";
                type = ObjectType.DATABASE;
            }
            case "extension" -> {
                tag = "CreateExtension";
                type = ObjectType.EXTENSION;
            }
            case "trigger", "constraint" -> {
                if (t.isKeyword("constraint")) {
                    next();
                    if (!isKeyword("trigger")) {
                        throw syntaxError();
                    }
                }
                tag = "CreateTrig";
                type = ObjectType.TRIGGER;
            }
            case "event" -> {
                tag = "CreateEventTrig";
                type = ObjectType.EVENT_TRIGGER;
            }
            case "type" -> {
                tag = typeTag();
                type = ObjectType.TYPE;
                int mark = in.mark();
                next();
                anyName();
                if (!(isKeyword("as") || isChar('(') || isChar(';') || is(TokenKind.EOF))) {
                    throw syntaxError();
                }
                in.reset(mark);
            }
            case "aggregate", "operator", "collation" -> {
                tag = "Define";
                type = t.isKeyword("aggregate") ? ObjectType.AGGREGATE : t.isKeyword("operator")
                        ? ObjectType.OPERATOR : ObjectType.COLLATION;
            }
            case "policy" -> {
                tag = "CreatePolicy";
                type = ObjectType.POLICY;
            }
            case "tablespace" -> {
                tag = "CreateTableSpace";
                type = ObjectType.TABLESPACE;
            }
            case "server" -> {
                tag = "CreateForeignServer";
                type = ObjectType.SERVER;
            }
            case "publication" -> {
                tag = "CreatePublication";
                type = ObjectType.PUBLICATION;
            }
            case "subscription" -> {
                tag = "CreateSubscription";
                type = ObjectType.SUBSCRIPTION;
            }
            case "statistics" -> {
                tag = "CreateStats";
                type = ObjectType.STATISTICS;
            }
            case "rule" -> {
                tag = "Rule";
                type = ObjectType.RULE;
            }
            case "cast" -> {
                tag = "CreateCast";
                type = ObjectType.CAST;
            }
            case "language", "trusted", "procedural" -> {
                tag = "CreatePLang";
                type = ObjectType.LANGUAGE;
            }
            case "foreign" -> {
                tag = isKeyword(1, "table") ? "CreateForeignTable" : "CreateFdw";
                type = isKeyword(1, "table") ? ObjectType.FOREIGN_TABLE : ObjectType.FOREIGN_DATA_WRAPPER;
            }
            case "conversion", "default" -> {
                tag = "CreateConversion";
                type = ObjectType.CONVERSION;
            }
            case "access" -> {
                tag = "CreateAm";
                type = ObjectType.ACCESS_METHOD;
            }
            case "text" -> {
                tag = "Define";
                type = ObjectType.TEXT_SEARCH_CONFIGURATION;
            }
            case "transform" -> {
                tag = "CreateTransform";
                type = ObjectType.TYPE;
            }
            default -> throw syntaxError();
        }
        String name = skipToStatementEnd();
        return new ObjectDdl.RecognizedStmt(at, tag, type, name);
    }

    private String typeTag() {
        // CREATE TYPE name AS ENUM | AS RANGE | AS (...) | (...) | name
        int i = 1;
        while (!peek(i).isEnd() && !peek(i).isKeyword("as") && !peek(i).isChar('(')
                && !peek(i).isChar(';')) {
            i++;
        }
        if (peek(i).isKeyword("as")) {
            if (peek(i + 1).isKeyword("enum")) {
                return "CreateEnum";
            }
            if (peek(i + 1).isKeyword("range")) {
                return "CreateRange";
            }
            return "CompositeType";
        }
        return "Define";
    }

    /** Consumes tokens up to ';' at parenthesis depth 0 or the end; returns the first name seen. */
    String skipToStatementEnd() {
        String name = null;
        int depth = 0;
        boolean first = true;
        while (!is(TokenKind.EOF) && !(depth == 0 && isChar(';'))) {
            Token t = next();
            if (t.isChar('(')) {
                depth++;
            } else if (t.isChar(')')) {
                depth = Math.max(0, depth - 1);
            } else if (name == null && !first && (t.kind() == TokenKind.IDENT
                    || t.category() == Keywords.Category.UNRESERVED && !isStructuralWord(t))) {
                name = t.value();
            }
            first = false;
        }
        return name;
    }

    private static boolean isStructuralWord(Token t) {
        return switch (t.value()) {
            case "if", "not", "exists", "trigger", "extension", "database", "type", "event", "policy", "trusted",
                 "procedural", "language", "server", "publication", "subscription", "statistics", "rule", "cast",
                 "foreign", "data", "wrapper", "conversion", "access", "method", "text", "search", "configuration",
                 "dictionary", "parser", "template", "aggregate", "operator", "collation", "transform",
                 "tablespace" -> true;
            default -> false;
        };
    }
}
