package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.DefElem;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.ObjectDdl;
import io.opendsql.sql.parse.ast.ObjectDdl.FunctionParameter;
import io.opendsql.sql.parse.ast.ObjectType;
import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.TypeName;

import java.util.ArrayList;
import java.util.List;

/** CREATE FUNCTION/PROCEDURE, ALTER FUNCTION actions, and function_with_argtypes. */
final class FunctionDdlParser extends GrammarArea {
    FunctionDdlParser(Grammar grammar) {
        super(grammar);
    }

    /** After CREATE [OR REPLACE]; the cursor is at FUNCTION or PROCEDURE. */
    Stmt create(int at, boolean replace) {
        boolean procedure = next().isKeyword("procedure");
        List<String> name = functionName();
        expectChar('(');
        List<FunctionParameter> parameters = new ArrayList<>();
        if (!isChar(')')) {
            do {
                parameters.add(parameter(true));
            } while (acceptChar(','));
        }
        expectChar(')');
        TypeName returnType = null;
        List<FunctionParameter> returnsTable = List.of();
        if (!procedure && acceptKeyword("returns")) {
            if (isKeyword("table")) {
                next();
                expectChar('(');
                returnsTable = new ArrayList<>();
                do {
                    String column = colId();
                    returnsTable.add(new FunctionParameter(column, funcType(), "table", null));
                } while (acceptChar(','));
                expectChar(')');
            } else {
                returnType = funcType();
            }
        }
        List<DefElem> options = new ArrayList<>();
        while (true) {
            DefElem option = createOption();
            if (option == null) {
                break;
            }
            options.add(option);
        }
        List<Stmt> body = null;
        if (isKeyword("return")) {
            Token ret = next();
            Expr value = g.expressions.expr();
            body = List.of(returnAsSelect(ret, value));
        } else if (isKeyword("begin") && isKeyword(1, "atomic")) {
            next();
            next();
            body = new ArrayList<>();
            while (!isKeyword("end")) {
                if (is(TokenKind.EOF)) {
                    throw syntaxError();
                }
                if (acceptChar(';')) {
                    continue;
                }
                body.add(g.statements.statement());
                if (!isChar(';')) {
                    throw syntaxError();
                }
            }
            next();
        }
        return new ObjectDdl.CreateFunctionStmt(at, replace, procedure, name, parameters, returnType, returnsTable,
                options, body);
    }

    private Stmt returnAsSelect(Token ret, Expr value) {
        return io.opendsql.sql.parse.ast.SelectStmt.of(ret.start(), new io.opendsql.sql.parse.ast.SelectBody.SelectCore(
                ret.start(), io.opendsql.sql.parse.ast.SelectBody.Distinct.NONE, List.of(),
                List.of(new io.opendsql.sql.parse.ast.ResTarget(value.location(), value, null)), null, List.of(),
                null, false, List.of(), null, List.of()));
    }

    /** func_name: type_function_name | ColId indirection. */
    List<String> functionName() {
        Token t = peek();
        if (!isTypeFunctionName(t) && !isColId(t)) {
            throw syntaxError();
        }
        List<String> names = new ArrayList<>();
        names.add(next().value());
        while (acceptChar('.')) {
            names.add(colLabel());
        }
        if (names.size() == 1 && !isTypeFunctionName(t)) {
            throw syntaxError();
        }
        return names;
    }

    /** func_type: Typename | SETOF Typename | name%TYPE. */
    TypeName funcType() {
        return g.types.typeName();
    }

    /** func_arg[_with_default]: [mode] [name] type [DEFAULT | = expr]. */
    FunctionParameter parameter(boolean defaults) {
        String mode = null;
        Token t = peek();
        if (t.isKeyword("in") || t.isKeyword("out") || t.isKeyword("inout") || t.isKeyword("variadic")) {
            next();
            mode = t.value();
        }
        String name = null;
        Token first = peek();
        Token second = peek(1);
        if (isTypeFunctionName(first) && startsType(second)) {
            name = next().value();
            if (mode == null && (isKeyword("in") || isKeyword("out") || isKeyword("inout")
                    || isKeyword("variadic"))) {
                mode = next().value();
            }
        }
        TypeName type = funcType();
        Expr defaultValue = null;
        if (defaults && (acceptKeyword("default") || acceptChar('='))) {
            defaultValue = g.expressions.expr();
        }
        return new FunctionParameter(name, type, mode, defaultValue);
    }

    private boolean startsType(Token t) {
        if (t.kind() == TokenKind.IDENT) {
            return true;
        }
        if (t.kind() != TokenKind.KEYWORD) {
            return false;
        }
        if (TypeNameParser.CONST_TYPE_KEYWORDS.contains(t.value()) || t.value().equals("setof")
                || t.value().equals("double")) {
            return true;
        }
        if (t.value().equals("in") || t.value().equals("out") || t.value().equals("inout")
                || t.value().equals("variadic")) {
            return true;
        }
        Keywords.Category c = t.category();
        return c == Keywords.Category.UNRESERVED || c == Keywords.Category.TYPE_FUNC_NAME;
    }

    /** createfunc_opt_item, or null when the current token does not start one. */
    private DefElem createOption() {
        Token t = peek();
        if (t.isKeyword("as")) {
            next();
            Token body = peek();
            String code = stringConstant();
            if (acceptChar(',')) {
                Token symbol = peek();
                String link = stringConstant();
                return new DefElem("as", new Expr.Row(body.start(), List.of(
                        new Expr.Literal(body.start(), Expr.LiteralKind.STRING, code),
                        new Expr.Literal(symbol.start(), Expr.LiteralKind.STRING, link)), false));
            }
            return new DefElem("as", new Expr.Literal(body.start(), Expr.LiteralKind.STRING, code));
        }
        if (t.isKeyword("language")) {
            next();
            Token language = peek();
            if (language.kind() != TokenKind.STRING && !isNonReservedWord(language)) {
                throw syntaxError();
            }
            next();
            return new DefElem("language", new Expr.Literal(language.start(), Expr.LiteralKind.STRING,
                    language.value()));
        }
        if (t.isKeyword("window")) {
            next();
            return new DefElem("window", null);
        }
        return commonOption();
    }

    /** common_func_opt_item (shared with ALTER FUNCTION), or null. */
    DefElem commonOption() {
        Token t = peek();
        String word = t.kind() == TokenKind.KEYWORD ? t.value() : "";
        switch (word) {
            case "called" -> {
                next();
                expectKeyword("on");
                expectKeyword("null");
                expectKeyword("input");
                return new DefElem("strict", literal(t, "false"));
            }
            case "returns" -> {
                next();
                expectKeyword("null");
                expectKeyword("on");
                expectKeyword("null");
                expectKeyword("input");
                return new DefElem("strict", literal(t, "true"));
            }
            case "strict" -> {
                next();
                return new DefElem("strict", literal(t, "true"));
            }
            case "immutable", "stable", "volatile" -> {
                next();
                return new DefElem("volatility", literal(t, word));
            }
            case "external", "security" -> {
                next();
                if (word.equals("external")) {
                    expectKeyword("security");
                }
                if (acceptKeyword("definer")) {
                    return new DefElem("security", literal(t, "definer"));
                }
                expectKeyword("invoker");
                return new DefElem("security", literal(t, "invoker"));
            }
            case "leakproof" -> {
                next();
                return new DefElem("leakproof", literal(t, "true"));
            }
            case "not" -> {
                if (!isKeyword(1, "leakproof")) {
                    return null;
                }
                next();
                next();
                return new DefElem("leakproof", literal(t, "false"));
            }
            case "cost", "rows" -> {
                next();
                return new DefElem(word, g.utility.numericOnly());
            }
            case "support" -> {
                next();
                return new DefElem("support", new Expr.ColumnRef(t.start(), anyName(), false));
            }
            case "parallel" -> {
                next();
                Token level = peek();
                colId();
                return new DefElem("parallel", literal(level, level.value()));
            }
            case "set" -> {
                Token start = next();
                return new DefElem("set", new Expr.Literal(start.start(), Expr.LiteralKind.STRING,
                        UtilityPrinter.set(g.utility.settings().setRest(start.start(), false))));
            }
            case "reset" -> {
                next();
                String name = acceptKeyword("all") ? "all" : g.utility.settings().varName();
                return new DefElem("reset", literal(t, name));
            }
            default -> {
                return null;
            }
        }
    }

    private static Expr literal(Token at, String value) {
        return new Expr.Literal(at.start(), Expr.LiteralKind.STRING, value);
    }

    /** function_with_argtypes: name, with the argument types when a list is given (else null). */
    record FunctionReference(List<String> name, List<TypeName> arguments) {
    }

    FunctionReference functionWithArgtypes() {
        List<String> name = functionName();
        List<TypeName> arguments = null;
        if (acceptChar('(')) {
            arguments = new ArrayList<>();
            if (!isChar(')')) {
                do {
                    FunctionParameter parameter = parameter(false);
                    if (!"out".equals(parameter.mode())) {
                        arguments.add(parameter.type());
                    }
                } while (acceptChar(','));
            }
            expectChar(')');
        }
        return new FunctionReference(name, arguments);
    }

    /** ALTER FUNCTION|PROCEDURE|ROUTINE f(args) alterfunc_opt_list [RESTRICT]. */
    Stmt alterActions(int at, ObjectType type, FunctionReference function) {
        List<DefElem> actions = new ArrayList<>();
        DefElem action = commonOption();
        if (action == null) {
            throw syntaxError();
        }
        actions.add(action);
        while ((action = commonOption()) != null) {
            actions.add(action);
        }
        acceptKeyword("restrict");
        return new ObjectDdl.AlterFunctionStmt(at, type, function.name(), function.arguments(), actions);
    }
}
