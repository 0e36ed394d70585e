package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.SortBy;
import io.opendsql.sql.parse.ast.TypeName;
import io.opendsql.sql.parse.ast.WindowDef;

import java.util.ArrayList;
import java.util.List;

/** PostgreSQL 16's SQL/JSON constructors (json_object_constructor, json_array_constructor, json_aggregate_func). */
final class JsonParser extends GrammarArea {
    JsonParser(Grammar grammar) {
        super(grammar);
    }

    /** The cursor is at the function keyword, which is followed by '('. */
    Expr constructor(Token t) {
        next();
        expectChar('(');
        String function = t.value();
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        List<String> options = new ArrayList<>();
        List<SortBy> orderBy = List.of();
        SelectStmt query = null;
        boolean legacy = false;
        boolean object = function.startsWith("json_object");
        boolean aggregate = function.endsWith("agg");
        if (!atClauses()) {
            if (function.equals("json_array") && PrimaryParser.startsSelect(peek())
                    && !(isKeyword("values") && !isChar(1, '('))) {
                query = g.queries.select(null, peek().start());
                formatClause(options);
            } else {
                do {
                    Expr first = g.expressions.expr();
                    if (object && (isChar(':') || isKeyword("value"))) {
                        next();
                        keys.add(first);
                        values.add(g.expressions.expr());
                        formatClause(options);
                    } else if (object && !aggregate && keys.isEmpty()) {
                        // json_object(text[]) and json_object(keys, values): the pre-SQL/JSON function.
                        legacy = true;
                        values.add(first);
                    } else if (!object) {
                        values.add(first);
                        formatClause(options);
                    } else {
                        throw syntaxError();
                    }
                } while (!aggregate && acceptChar(','));
                if (legacy && !isChar(')')) {
                    throw syntaxError();
                }
                if (function.equals("json_arrayagg") && isKeyword("order")) {
                    orderBy = g.queries.sortClause();
                }
            }
        }
        if (!legacy) {
            clauses(options, object);
        }
        TypeName returning = null;
        if (!legacy && acceptKeyword("returning")) {
            returning = g.types.typeName();
            formatClause(options);
        }
        expectChar(')');
        Expr filter = null;
        WindowDef over = null;
        if (aggregate) {
            if (isKeyword("filter") && isChar(1, '(')) {
                next();
                next();
                expectKeyword("where");
                filter = g.expressions.expr();
                expectChar(')');
            }
            if (acceptKeyword("over")) {
                if (isChar('(')) {
                    over = g.functions.windowSpecification(null);
                } else {
                    Token name = peek();
                    over = new WindowDef(name.start(), colId(), null, List.of(), List.of(), null);
                }
            }
        }
        return new Expr.JsonConstructor(t.start(), function, keys, values, query, orderBy, options, returning,
                legacy, filter, over);
    }

    private boolean atClauses() {
        return isChar(')') || isKeyword("returning") || (isKeyword("null") && isKeyword(1, "on"))
                || isKeyword("absent");
    }

    private void formatClause(List<String> options) {
        if (isKeyword("format") && isKeyword(1, "json")) {
            next();
            next();
            if (acceptKeyword("encoding")) {
                options.add("FORMAT JSON ENCODING " + colId().toUpperCase(java.util.Locale.ROOT));
            } else {
                options.add("FORMAT JSON");
            }
        }
    }

    /** json_*_constructor_null_clause_opt and json_key_uniqueness_constraint_opt. */
    private void clauses(List<String> options, boolean object) {
        if (isKeyword("null") && isKeyword(1, "on")) {
            next();
            next();
            expectKeyword("null");
            options.add("NULL ON NULL");
        } else if (acceptKeyword("absent")) {
            expectKeyword("on");
            expectKeyword("null");
            options.add("ABSENT ON NULL");
        }
        if (object && (isKeyword("with") || isKeyword("without")) && isKeyword(1, "unique")) {
            String word = next().value().toUpperCase(java.util.Locale.ROOT);
            next();
            acceptKeyword("keys");
            options.add(word + " UNIQUE KEYS");
        }
    }
}
