package io.opendsql.sql.parse;

import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.Alias;
import io.opendsql.sql.parse.ast.ColumnDef;
import io.opendsql.sql.parse.ast.DefElem;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.RangeVar;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.SortBy;
import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.TableDdl;
import io.opendsql.sql.parse.ast.TableDdl.Constraint;
import io.opendsql.sql.parse.ast.TableDdl.ConstraintType;
import io.opendsql.sql.parse.ast.TypeName;

import java.util.ArrayList;
import java.util.List;

/** CREATE TABLE (columns, constraints, LIKE, and the clauses DSQL rejects), CREATE TABLE AS, CREATE INDEX. */
final class TableDdlParser extends GrammarArea {
    private final ConstraintParser constraints;

    TableDdlParser(Grammar grammar) {
        super(grammar);
        this.constraints = new ConstraintParser(grammar);
    }

    ConstraintParser constraints() {
        return constraints;
    }

    /** After CREATE [persistence] TABLE. */
    Stmt createTable(int at, String persistence) {
        boolean ifNotExists = ifNotExists();
        RangeVar relation = qualifiedName();
        if (isChar('(')) {
            if (isColumnNameList()) {
                return createTableAs(at, relation, ifNotExists, persistence, false);
            }
        } else if (isKeyword("as") || isKeyword("with") || isKeyword("using") || isKeyword("tablespace")
                || (isKeyword("on") && isKeyword(1, "commit"))) {
            if (!isKeyword("with") || !isChar(1, '(') || asFollowsOptions()) {
                return createTableAs(at, relation, ifNotExists, persistence, false);
            }
        }
        List<TableDdl.TableElement> elements = new ArrayList<>();
        RangeVar partitionOf = null;
        String partitionBound = null;
        if (isKeyword("partition") && isKeyword(1, "of")) {
            next();
            next();
            partitionOf = qualifiedName();
            if (isChar('(')) {
                next();
                if (!isChar(')')) {
                    do {
                        elements.add(typedTableElement());
                    } while (acceptChar(','));
                }
                expectChar(')');
            }
            int boundStart = peek().start();
            partitionBound();
            partitionBound = in.sql.substring(boundStart, in.previous().end());
        } else {
            expectChar('(');
            if (!isChar(')')) {
                do {
                    elements.add(tableElement());
                } while (acceptChar(','));
            }
            expectChar(')');
        }
        List<RangeVar> inherits = List.of();
        if (partitionOf == null && acceptKeyword("inherits")) {
            expectChar('(');
            inherits = new ArrayList<>();
            do {
                inherits.add(qualifiedName());
            } while (acceptChar(','));
            expectChar(')');
        }
        TableDdl.PartitionSpec partitionBy = null;
        if (isKeyword("partition") && isKeyword(1, "by")) {
            next();
            next();
            String strategy = colId();
            expectChar('(');
            List<TableDdl.IndexElem> parameters = new ArrayList<>();
            do {
                parameters.add(indexElement());
            } while (acceptChar(','));
            expectChar(')');
            partitionBy = new TableDdl.PartitionSpec(strategy, parameters);
        }
        String accessMethod = null;
        if (acceptKeyword("using")) {
            accessMethod = colId();
        }
        List<DefElem> with = optionalWith();
        String onCommit = onCommit();
        String tablespace = null;
        if (acceptKeyword("tablespace")) {
            tablespace = colId();
        }
        return new TableDdl.CreateStmt(at, relation, elements, ifNotExists, persistence, inherits, partitionBy,
                partitionOf, partitionBound, with, onCommit, tablespace, accessMethod);
    }

    /** '(' ColId (',' ColId)* ')': CREATE TABLE AS's column list rather than table elements. */
    private boolean isColumnNameList() {
        int i = 1;
        while (true) {
            if (!isColId(peek(i))) {
                return false;
            }
            Token after = peek(i + 1);
            if (after.isChar(')')) {
                return true;
            }
            if (!after.isChar(',')) {
                return false;
            }
            i += 2;
        }
    }

    private boolean asFollowsOptions() {
        int close = g.expressions.primary().matchingParen(1);
        return close > 0 && peek(close + 1).isKeyword("as");
    }

    boolean ifNotExists() {
        if (isKeyword("if") && isKeyword(1, "not")) {
            next();
            expectKeyword("not");
            expectKeyword("exists");
            return true;
        }
        return false;
    }

    /** OptWith: WITH reloptions | WITHOUT OIDS | empty. */
    private List<DefElem> optionalWith() {
        if (isKeyword("with") && isChar(1, '(')) {
            next();
            return reloptions();
        }
        if (isKeyword("without") && isKeyword(1, "oids")) {
            next();
            next();
        }
        return List.of();
    }

    private String onCommit() {
        if (isKeyword("on") && isKeyword(1, "commit")) {
            next();
            next();
            if (acceptKeyword("drop")) {
                return "drop";
            }
            if (acceptKeyword("delete")) {
                expectKeyword("rows");
                return "delete rows";
            }
            expectKeyword("preserve");
            expectKeyword("rows");
            return "preserve rows";
        }
        return null;
    }

    /** CREATE TABLE ... AS and CREATE MATERIALIZED VIEW ... AS; the cursor is after the name. */
    Stmt createTableAs(int at, RangeVar relation, boolean ifNotExists, String persistence, boolean materialized) {
        List<String> columns = isChar('(') ? parenthesizedColIds() : List.of();
        if (acceptKeyword("using")) {
            colId();
        }
        optionalWith();
        if (!materialized) {
            onCommit();
        }
        if (acceptKeyword("tablespace")) {
            colId();
        }
        expectKeyword("as");
        SelectStmt query;
        if (isKeyword("execute")) {
            Token execute = peek();
            g.utility.statement();
            throw error(SqlState.FEATURE_NOT_SUPPORTED, "CREATE TABLE AS EXECUTE is not supported", execute.start());
        }
        query = g.queries.select(null, peek().start());
        boolean withData = true;
        if (acceptKeyword("with")) {
            if (acceptKeyword("no")) {
                withData = false;
            }
            expectKeyword("data");
        }
        return new TableDdl.CreateTableAsStmt(at, relation.withAlias(columns.isEmpty() ? null
                : new Alias(relation.name(), columns)), columns, query, materialized, ifNotExists, persistence,
                withData);
    }

    private TableDdl.TableElement tableElement() {
        Token t = peek();
        if (t.isKeyword("like")) {
            next();
            RangeVar source = qualifiedName();
            List<String> options = new ArrayList<>();
            while (isKeyword("including") || isKeyword("excluding")) {
                String mode = next().value();
                Token option = peek();
                if (!(option.isKeyword("comments") || option.isKeyword("compression")
                        || option.isKeyword("constraints") || option.isKeyword("defaults")
                        || option.isKeyword("identity") || option.isKeyword("generated") || option.isKeyword("indexes")
                        || option.isKeyword("statistics") || option.isKeyword("storage") || option.isKeyword("all"))) {
                    throw syntaxError();
                }
                next();
                options.add(mode + " " + option.value());
            }
            return new TableDdl.TableLike(t.start(), source, options);
        }
        if (constraints.startsTableConstraint()) {
            return constraints.tableConstraint();
        }
        return new TableDdl.ColumnElement(columnDef());
    }

    /** A typed table / partition element: ColId WITH OPTIONS ColQualList, or a table constraint. */
    private TableDdl.TableElement typedTableElement() {
        if (constraints.startsTableConstraint()) {
            return constraints.tableConstraint();
        }
        Token t = peek();
        String name = colId();
        if (isKeyword("with") && isKeyword(1, "options")) {
            next();
            next();
        }
        return new TableDdl.ColumnElement(new ColumnDef(t.start(), name, null, null, null,
                constraints.columnConstraints(new ArrayList<>())));
    }

    /** PartitionBoundSpec: FOR VALUES IN (...) | FROM (...) TO (...) | WITH (MODULUS n, REMAINDER n) | DEFAULT. */
    private void partitionBound() {
        if (acceptKeyword("default")) {
            return;
        }
        expectKeyword("for");
        expectKeyword("values");
        if (acceptKeyword("in")) {
            expectChar('(');
            g.expressions.exprList();
            expectChar(')');
        } else if (acceptKeyword("from")) {
            expectChar('(');
            g.expressions.exprList();
            expectChar(')');
            expectKeyword("to");
            expectChar('(');
            g.expressions.exprList();
            expectChar(')');
        } else {
            expectKeyword("with");
            expectChar('(');
            do {
                nonReservedWord();
                integerConstant();
            } while (acceptChar(','));
            expectChar(')');
        }
    }

    /** columnDef: ColId Typename [STORAGE s] [COMPRESSION c] ColQualList. */
    ColumnDef columnDef() {
        Token t = peek();
        String name = colId();
        TypeName type = g.types.typeName();
        String storage = null;
        if (acceptKeyword("storage")) {
            storage = acceptKeyword("default") ? "default" : colId();
        }
        if (acceptKeyword("compression")) {
            if (!acceptKeyword("default")) {
                colId();
            }
        }
        List<List<String>> collation = new ArrayList<>();
        List<Constraint> columnConstraints = constraints.columnConstraints(collation);
        return new ColumnDef(t.start(), name, type, storage, collation.isEmpty() ? null : collation.get(0),
                columnConstraints);
    }

    /** CREATE [UNIQUE] INDEX ...; the cursor is after INDEX. */
    Stmt createIndex(int at, boolean unique) {
        boolean concurrent = acceptKeyword("concurrently");
        boolean async = false;
        if (!concurrent && peek().kind() == TokenKind.IDENT && peek().value().equals("async")) {
            // DSQL's CREATE INDEX ASYNC (PostgreSQL would read "async" as the index name).
            next();
            async = true;
        }
        boolean ifNotExists = ifNotExists();
        String name = null;
        if (ifNotExists) {
            name = colId();
        } else if (!isKeyword("on")) {
            name = colId();
        }
        expectKeyword("on");
        RangeVar relation = g.from.relationExpr();
        String method = null;
        if (acceptKeyword("using")) {
            method = colId();
        }
        expectChar('(');
        List<TableDdl.IndexElem> elements = new ArrayList<>();
        do {
            elements.add(indexElement());
        } while (acceptChar(','));
        expectChar(')');
        List<TableDdl.IndexElem> including = new ArrayList<>();
        if (acceptKeyword("include")) {
            expectChar('(');
            do {
                including.add(indexElement());
            } while (acceptChar(','));
            expectChar(')');
        }
        boolean nullsNotDistinct = nullsDistinct();
        List<DefElem> with = List.of();
        if (isKeyword("with")) {
            next();
            with = reloptions();
        }
        String tablespace = null;
        if (acceptKeyword("tablespace")) {
            tablespace = colId();
        }
        Expr where = null;
        if (acceptKeyword("where")) {
            where = g.expressions.expr();
        }
        return new TableDdl.IndexStmt(at, name, relation, method, elements, including, with, tablespace, where, unique,
                nullsNotDistinct, concurrent, async, ifNotExists);
    }

    /** opt_unique_null_treatment: NULLS [NOT] DISTINCT; returns true for NOT DISTINCT. */
    boolean nullsDistinct() {
        if (isKeyword("nulls") && (isKeyword(1, "distinct") || isKeyword(1, "not"))) {
            next();
            boolean not = acceptKeyword("not");
            expectKeyword("distinct");
            return not;
        }
        return false;
    }

    /** index_elem: ColId | func_expr_windowless | '(' a_expr ')', then COLLATE, opclass, ASC/DESC, NULLS. */
    TableDdl.IndexElem indexElement() {
        Token t = peek();
        String name = null;
        Expr expression = null;
        if (isChar('(')) {
            next();
            expression = g.expressions.expr();
            expectChar(')');
        } else if (isColId(t) && !isChar(1, '(') && !isChar(1, '.')) {
            name = next().value();
        } else {
            expression = g.expressions.primary().primary();
            if (!(expression instanceof Expr.FuncCall) && !(expression instanceof Expr.Coalesce)
                    && !(expression instanceof Expr.MinMax) && !(expression instanceof Expr.NullIf)
                    && !(expression instanceof Expr.SqlValueFunction) && !(expression instanceof Expr.TypeCast
                    && ((Expr.TypeCast) expression).syntax() == Expr.CastSyntax.CAST)) {
                throw in.syntaxError(t);
            }
        }
        List<String> collation = List.of();
        if (acceptKeyword("collate")) {
            collation = anyName();
        }
        List<String> opclass = List.of();
        if (isColId(peek()) && !isKeyword("nulls")) {
            opclass = anyName();
            if (isChar('(')) {
                // opclass parameters: skip a reloptions list
                g.ddl.reloptions();
            }
        } else if (isKeyword("nulls") && !(isKeyword(1, "first") || isKeyword(1, "last"))) {
            opclass = anyName();
        }
        SortBy.Direction direction = SortBy.Direction.DEFAULT;
        if (acceptKeyword("asc")) {
            direction = SortBy.Direction.ASC;
        } else if (acceptKeyword("desc")) {
            direction = SortBy.Direction.DESC;
        }
        SortBy.Nulls nulls = SortBy.Nulls.DEFAULT;
        if (isKeyword("nulls") && (isKeyword(1, "first") || isKeyword(1, "last"))) {
            next();
            nulls = next().isKeyword("first") ? SortBy.Nulls.FIRST : SortBy.Nulls.LAST;
        }
        return new TableDdl.IndexElem(t.start(), name, expression, collation, opclass, direction, nulls);
    }

    List<DefElem> reloptions() {
        expectChar('(');
        List<DefElem> options = new ArrayList<>();
        do {
            StringBuilder name = new StringBuilder(colLabel());
            if (acceptChar('.')) {
                name.append('.').append(colLabel());
            }
            Expr value = null;
            if (acceptChar('=')) {
                value = defArg();
            }
            options.add(new DefElem(name.toString(), value));
        } while (acceptChar(','));
        expectChar(')');
        return options;
    }

    /** def_arg: func_type | reserved_keyword | qual_all_Op | NumericOnly | Sconst | NONE. */
    Expr defArg() {
        Token t = peek();
        if (t.kind() == TokenKind.STRING) {
            next();
            return literal(t, Expr.LiteralKind.STRING);
        }
        if (t.kind() == TokenKind.INTEGER || t.kind() == TokenKind.NUMERIC || t.isChar('-') || t.isChar('+')) {
            return g.utility.numericOnly();
        }
        if (t.kind() == TokenKind.KEYWORD || t.kind() == TokenKind.IDENT) {
            next();
            return new Expr.Literal(t.start(), Expr.LiteralKind.STRING, t.value());
        }
        throw syntaxError();
    }
}
