package io.opendsql.sql.parse;

import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.DefElem;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.RangeVar;
import io.opendsql.sql.parse.ast.TableDdl.Constraint;
import io.opendsql.sql.parse.ast.TableDdl.ConstraintType;
import io.opendsql.sql.parse.ast.TypeName;

import java.util.ArrayList;
import java.util.List;

/** Column and table constraints (ColConstraint, TableConstraint) and sequence options. */
final class ConstraintParser extends GrammarArea {
    ConstraintParser(Grammar grammar) {
        super(grammar);
    }

    /** Mutable builder for the many optional parts of a constraint. */
    private static final class Builder {
        int location;
        String name;
        ConstraintType type;
        Expr expression;
        List<String> keys = List.of();
        List<String> including = List.of();
        boolean nullsNotDistinct;
        String generatedWhen;
        List<DefElem> options = List.of();
        String indexName;
        RangeVar referencedTable;
        List<String> referencedColumns = List.of();
        String matchType;
        String onDelete;
        List<String> onDeleteColumns = List.of();
        String onUpdate;
        boolean deferrable;
        boolean initiallyDeferred;
        boolean notValid;
        boolean noInherit;

        Constraint build() {
            return new Constraint(location, name, type, expression, keys, including, nullsNotDistinct, generatedWhen,
                    options, indexName, referencedTable, referencedColumns, matchType, onDelete, onDeleteColumns,
                    onUpdate, deferrable, initiallyDeferred, notValid, noInherit);
        }
    }

    boolean startsTableConstraint() {
        Token t = peek();
        return t.isKeyword("constraint") || t.isKeyword("check") || t.isKeyword("unique") || t.isKeyword("primary")
                || t.isKeyword("foreign")
                || (t.isKeyword("exclude") && (isChar(1, '(') || isKeyword(1, "using")));
    }

    /** ColQualList; a COLLATE clause is returned through {@code collation}. */
    List<Constraint> columnConstraints(List<List<String>> collation) {
        List<Constraint> result = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.isKeyword("collate")) {
                next();
                collation.add(anyName());
                continue;
            }
            if (isAttribute()) {
                if (result.isEmpty()) {
                    throw error(SqlState.SYNTAX_ERROR, "misplaced " + attributeName() + " clause", t.start());
                }
                Builder last = toBuilder(result.remove(result.size() - 1));
                attributes(last, false);
                result.add(last.build());
                continue;
            }
            String name = null;
            if (t.isKeyword("constraint")) {
                next();
                name = colId();
            } else if (!startsColumnConstraint()) {
                return result;
            }
            result.add(columnConstraint(t.start(), name));
        }
    }

    private boolean startsColumnConstraint() {
        Token t = peek();
        return t.isKeyword("not") || t.isKeyword("null") || t.isKeyword("unique") || t.isKeyword("primary")
                || t.isKeyword("check") || t.isKeyword("default") || t.isKeyword("generated")
                || t.isKeyword("references");
    }

    private boolean isAttribute() {
        return isKeyword("deferrable") || isKeyword("initially") || (isKeyword("not") && isKeyword(1, "deferrable"));
    }

    private String attributeName() {
        if (isKeyword("deferrable")) {
            return "DEFERRABLE";
        }
        if (isKeyword("not")) {
            return "NOT DEFERRABLE";
        }
        return isKeyword(1, "deferred") ? "INITIALLY DEFERRED" : "INITIALLY IMMEDIATE";
    }

    private static Builder toBuilder(Constraint c) {
        Builder b = new Builder();
        b.location = c.location();
        b.name = c.name();
        b.type = c.type();
        b.expression = c.expression();
        b.keys = c.keys();
        b.including = c.including();
        b.nullsNotDistinct = c.nullsNotDistinct();
        b.generatedWhen = c.generatedWhen();
        b.options = c.options();
        b.indexName = c.indexName();
        b.referencedTable = c.referencedTable();
        b.referencedColumns = c.referencedColumns();
        b.matchType = c.matchType();
        b.onDelete = c.onDelete();
        b.onDeleteColumns = c.onDeleteColumns();
        b.onUpdate = c.onUpdate();
        b.deferrable = c.deferrable();
        b.initiallyDeferred = c.initiallyDeferred();
        b.notValid = c.notValid();
        b.noInherit = c.noInherit();
        return b;
    }

    private Constraint columnConstraint(int at, String name) {
        Builder b = new Builder();
        b.location = at;
        b.name = name;
        Token t = next();
        switch (t.value()) {
            case "not" -> {
                expectKeyword("null");
                b.type = ConstraintType.NOT_NULL;
            }
            case "null" -> b.type = ConstraintType.NULL;
            case "unique" -> {
                b.type = ConstraintType.UNIQUE;
                b.nullsNotDistinct = g.ddl.nullsDistinct();
                indexParameters(b);
            }
            case "primary" -> {
                expectKeyword("key");
                b.type = ConstraintType.PRIMARY_KEY;
                indexParameters(b);
            }
            case "check" -> {
                b.type = ConstraintType.CHECK;
                expectChar('(');
                b.expression = g.expressions.expr();
                expectChar(')');
                if (isKeyword("no") && isKeyword(1, "inherit")) {
                    next();
                    next();
                    b.noInherit = true;
                }
            }
            case "default" -> {
                b.type = ConstraintType.DEFAULT;
                b.expression = g.expressions.restrictedExpr();
            }
            case "generated" -> {
                Token when = peek();
                b.generatedWhen = generatedWhen();
                expectKeyword("as");
                if (acceptKeyword("identity")) {
                    b.type = ConstraintType.IDENTITY;
                    if (isChar('(')) {
                        next();
                        b.options = sequenceOptions(true);
                        expectChar(')');
                    }
                } else {
                    b.type = ConstraintType.GENERATED;
                    expectChar('(');
                    b.expression = g.expressions.expr();
                    expectChar(')');
                    expectKeyword("stored");
                    if (!b.generatedWhen.equals("always")) {
                        throw error(SqlState.SYNTAX_ERROR,
                                "for a generated column, GENERATED ALWAYS must be specified", when.start());
                    }
                }
            }
            case "references" -> {
                b.type = ConstraintType.FOREIGN_KEY;
                references(b);
            }
            default -> throw in.syntaxError(t);
        }
        return b.build();
    }

    private String generatedWhen() {
        if (acceptKeyword("always")) {
            return "always";
        }
        expectKeyword("by");
        expectKeyword("default");
        return "by default";
    }

    /** opt_c_include opt_definition OptConsTableSpace (column form has no INCLUDE). */
    private void indexParameters(Builder b) {
        if (isKeyword("include")) {
            next();
            b.including = parenthesizedColIds();
        }
        if (isKeyword("with") && isChar(1, '(')) {
            next();
            b.options = g.ddl.reloptions();
        }
        if (acceptKeyword("using")) {
            expectKeyword("index");
            expectKeyword("tablespace");
            colId();
        }
    }

    private void references(Builder b) {
        b.referencedTable = qualifiedName();
        if (isChar('(')) {
            b.referencedColumns = parenthesizedColIds();
        }
        if (isKeyword("match")) {
            Token m = next();
            if (acceptKeyword("full")) {
                b.matchType = "full";
            } else if (acceptKeyword("simple")) {
                b.matchType = "simple";
            } else if (acceptKeyword("partial")) {
                throw error(SqlState.FEATURE_NOT_SUPPORTED, "MATCH PARTIAL not yet implemented", m.start());
            } else {
                throw syntaxError();
            }
        }
        boolean deleteSeen = false;
        boolean updateSeen = false;
        while (isKeyword("on") && !(deleteSeen && updateSeen)) {
            next();
            Token which = peek();
            if (!(which.isKeyword("delete") && !deleteSeen || which.isKeyword("update") && !updateSeen)) {
                throw syntaxError();
            }
            boolean delete = next().isKeyword("delete");
            Token actionStart = peek();
            List<String> columns = new ArrayList<>();
            String action = keyAction(columns);
            if (delete) {
                deleteSeen = true;
                b.onDelete = action;
                b.onDeleteColumns = columns;
            } else {
                updateSeen = true;
                if (!columns.isEmpty()) {
                    throw error(SqlState.FEATURE_NOT_SUPPORTED, "a column list with " + action.toUpperCase(
                            java.util.Locale.ROOT) + " is only supported for ON DELETE actions", actionStart.start());
                }
                b.onUpdate = action;
            }
        }
    }

    private String keyAction(List<String> columns) {
        if (acceptKeyword("no")) {
            expectKeyword("action");
            return "no action";
        }
        if (acceptKeyword("restrict")) {
            return "restrict";
        }
        if (acceptKeyword("cascade")) {
            return "cascade";
        }
        expectKeyword("set");
        String action;
        if (acceptKeyword("null")) {
            action = "set null";
        } else {
            expectKeyword("default");
            action = "set default";
        }
        if (isChar('(')) {
            columns.addAll(parenthesizedColIds());
        }
        return action;
    }

    /** TableConstraint: [CONSTRAINT name] ConstraintElem ConstraintAttributeSpec. */
    Constraint tableConstraint() {
        Builder b = new Builder();
        Token start = peek();
        b.location = start.start();
        if (acceptKeyword("constraint")) {
            b.name = colId();
        }
        Token t = next();
        switch (t.value()) {
            case "check" -> {
                b.type = ConstraintType.CHECK;
                expectChar('(');
                b.expression = g.expressions.expr();
                expectChar(')');
            }
            case "unique", "primary" -> {
                if (t.isKeyword("primary")) {
                    expectKeyword("key");
                    b.type = ConstraintType.PRIMARY_KEY;
                } else {
                    b.type = ConstraintType.UNIQUE;
                    b.nullsNotDistinct = g.ddl.nullsDistinct();
                }
                if (isKeyword("using") && isKeyword(1, "index")) {
                    next();
                    next();
                    b.indexName = colId();
                } else {
                    b.keys = parenthesizedColIds();
                    indexParameters(b);
                }
            }
            case "foreign" -> {
                expectKeyword("key");
                b.type = ConstraintType.FOREIGN_KEY;
                b.keys = parenthesizedColIds();
                expectKeyword("references");
                references(b);
            }
            case "exclude" -> {
                b.type = ConstraintType.EXCLUSION;
                if (acceptKeyword("using")) {
                    colId();
                }
                expectChar('(');
                do {
                    g.ddl.indexElement();
                    expectKeyword("with");
                    if (isKeyword("operator")) {
                        g.expressions.qualifiedOperator();
                    } else {
                        next();
                    }
                } while (acceptChar(','));
                expectChar(')');
                indexParameters(b);
                if (acceptKeyword("where")) {
                    expectChar('(');
                    b.expression = g.expressions.expr();
                    expectChar(')');
                }
            }
            default -> throw in.syntaxError(t);
        }
        attributes(b, true);
        return b.build();
    }

    /** ConstraintAttributeSpec; NOT VALID and NO INHERIT only when {@code table}. */
    private void attributes(Builder b, boolean table) {
        while (true) {
            if (isKeyword("deferrable")) {
                next();
                b.deferrable = true;
            } else if (isKeyword("not") && (table || isKeyword(1, "deferrable"))) {
                next();
                if (table && acceptKeyword("valid")) {
                    b.notValid = true;
                } else {
                    expectKeyword("deferrable");
                    b.deferrable = false;
                }
            } else if (isKeyword("initially")) {
                next();
                if (acceptKeyword("deferred")) {
                    b.initiallyDeferred = true;
                } else {
                    expectKeyword("immediate");
                    b.initiallyDeferred = false;
                }
            } else if (table && isKeyword("not") && isKeyword(1, "valid")) {
                next();
                next();
                b.notValid = true;
            } else if (table && isKeyword("no") && isKeyword(1, "inherit")) {
                next();
                next();
                b.noInherit = true;
            } else {
                return;
            }
            if (!table) {
                return;
            }
        }
    }

    /** SeqOptList (one or more SeqOptElem); {@code optional} allows an empty list. */
    List<DefElem> sequenceOptions(boolean optional) {
        return sequenceOptions(optional, Integer.MAX_VALUE);
    }

    /** Up to {@code limit} SeqOptElems. */
    List<DefElem> sequenceOptions(boolean optional, int limit) {
        List<DefElem> options = new ArrayList<>();
        while (options.size() < limit) {
            Token t = peek();
            switch (t.kind() == TokenKind.KEYWORD ? t.value() : "") {
                case "as" -> {
                    next();
                    TypeName type = g.types.simpleTypename();
                    options.add(new DefElem("as", new Expr.TypeCast(t.start(), new Expr.Literal(t.start(),
                            Expr.LiteralKind.NULL, "null"), type, Expr.CastSyntax.CAST)));
                }
                case "cache", "maxvalue", "minvalue" -> {
                    next();
                    options.add(new DefElem(t.value(), g.utility.numericOnly()));
                }
                case "cycle" -> {
                    next();
                    options.add(new DefElem("cycle", null));
                }
                case "no" -> {
                    next();
                    Token what = peek();
                    if (!(what.isKeyword("cycle") || what.isKeyword("maxvalue") || what.isKeyword("minvalue"))) {
                        throw syntaxError();
                    }
                    next();
                    options.add(new DefElem("no " + what.value(), null));
                }
                case "increment" -> {
                    next();
                    acceptKeyword("by");
                    options.add(new DefElem("increment", g.utility.numericOnly()));
                }
                case "owned" -> {
                    next();
                    expectKeyword("by");
                    Token owner = peek();
                    List<String> names = anyName();
                    options.add(new DefElem("owned by", new Expr.ColumnRef(owner.start(), names, false)));
                }
                case "sequence" -> {
                    next();
                    expectKeyword("name");
                    Token seq = peek();
                    options.add(new DefElem("sequence name", new Expr.ColumnRef(seq.start(), anyName(), false)));
                }
                case "start" -> {
                    next();
                    acceptKeyword("with");
                    options.add(new DefElem("start", g.utility.numericOnly()));
                }
                case "restart" -> {
                    next();
                    acceptKeyword("with");
                    Token n = peek();
                    Expr value = (n.kind() == TokenKind.INTEGER || n.kind() == TokenKind.NUMERIC || n.isChar('-')
                            || n.isChar('+')) ? g.utility.numericOnly() : null;
                    options.add(new DefElem("restart", value));
                }
                case "logged", "unlogged" -> {
                    next();
                    options.add(new DefElem(t.value(), null));
                }
                default -> {
                    if (options.isEmpty() && !optional) {
                        throw syntaxError();
                    }
                    return options;
                }
            }
        }
        return options;
    }
}
