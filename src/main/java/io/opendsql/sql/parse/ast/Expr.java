package io.opendsql.sql.parse.ast;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Value expressions as written (PostgreSQL's raw parse nodes: A_Const, ColumnRef, A_Expr, ...).
 * {@link #location()} is the 0-based offset of the node's first character in the query string.
 */
public sealed interface Expr {
    int location();

    enum LiteralKind { INTEGER, NUMERIC, STRING, BIT_STRING, HEX_STRING, BOOLEAN, NULL }

    /** A constant; {@code value} is the literal text (digits, unescaped string, "true"/"false"). */
    record Literal(int location, LiteralKind kind, String value) implements Expr {
        public Literal {
            requireNonNull(kind, "kind");
        }
    }

    /** A column reference {@code a}, {@code t.a}, {@code s.t.a}, {@code t.*} or {@code *}. */
    record ColumnRef(int location, List<String> names, boolean star) implements Expr {
        public ColumnRef {
            names = List.copyOf(names);
        }
    }

    /** {@code $n}. */
    record Param(int location, int number) implements Expr {
    }

    /** An operator application; {@code left} is null for a prefix operator. {@code name} may be schema-qualified. */
    record Operator(int location, List<String> name, Expr left, Expr right) implements Expr {
        public Operator {
            name = List.copyOf(name);
            requireNonNull(right, "right");
        }

        public String symbol() {
            return name.get(name.size() - 1);
        }
    }

    enum BoolOp { AND, OR, NOT }

    record BoolExpr(int location, BoolOp op, List<Expr> args) implements Expr {
        public BoolExpr {
            requireNonNull(op, "op");
            args = List.copyOf(args);
        }
    }

    /** {@code IS [NOT] NULL}, {@code ISNULL}, {@code NOTNULL}. */
    record NullTest(int location, Expr arg, boolean not) implements Expr {
    }

    enum BoolTestKind { IS_TRUE, IS_NOT_TRUE, IS_FALSE, IS_NOT_FALSE, IS_UNKNOWN, IS_NOT_UNKNOWN }

    record BooleanTest(int location, Expr arg, BoolTestKind kind) implements Expr {
    }

    /**
     * {@code IS [NOT] DOCUMENT}, {@code IS [NOT] [form] NORMALIZED} and PostgreSQL 16's
     * {@code IS [NOT] JSON [VALUE|ARRAY|OBJECT|SCALAR] [WITH|WITHOUT UNIQUE KEYS]}; {@code predicate}
     * is the lower-case words after IS [NOT], e.g. "nfc normalized", "json object with unique keys".
     */
    record IsPredicate(int location, Expr arg, boolean not, String predicate) implements Expr {
    }

    /** {@code IS [NOT] DISTINCT FROM}. */
    record DistinctFrom(int location, Expr left, Expr right, boolean not) implements Expr {
    }

    enum LikeKind { LIKE, ILIKE, SIMILAR }

    /** {@code [NOT] LIKE|ILIKE|SIMILAR TO pattern [ESCAPE e]}; {@code escape} may be null. */
    record Like(int location, LikeKind kind, boolean not, Expr arg, Expr pattern, Expr escape) implements Expr {
    }

    record Between(int location, boolean not, boolean symmetric, Expr arg, Expr low, Expr high) implements Expr {
    }

    /** {@code [NOT] IN (list)}. */
    record InList(int location, boolean not, Expr arg, List<Expr> list) implements Expr {
        public InList {
            list = List.copyOf(list);
        }
    }

    enum SubLinkKind { EXISTS, EXPR, ARRAY, IN, NOT_IN, ANY, ALL }

    /**
     * A subquery in an expression. {@code test} and {@code operator} are set for IN, NOT IN,
     * ANY and ALL ({@code op ANY (SELECT ...)}).
     */
    record SubLink(int location, SubLinkKind kind, Expr test, List<String> operator, SelectStmt query)
            implements Expr {
        public SubLink {
            requireNonNull(kind, "kind");
            operator = operator == null ? List.of() : List.copyOf(operator);
            requireNonNull(query, "query");
        }
    }

    /** {@code left op ANY|SOME|ALL (array expression)}. */
    record ArrayComparison(int location, List<String> operator, boolean all, Expr left, Expr right)
            implements Expr {
        public ArrayComparison {
            operator = List.copyOf(operator);
        }
    }

    enum FuncSyntax {
        /** {@code f(args)}. */
        CALL,
        /** SQL-standard syntax: EXTRACT, POSITION, SUBSTRING, TRIM, OVERLAY, COLLATION FOR, ... */
        SQL
    }

    /**
     * A function call, including aggregates and window functions. {@code star} marks {@code f(*)}.
     * For {@link FuncSyntax#SQL} calls the name is PostgreSQL's internal one (e.g.
     * {@code pg_catalog.extract}, {@code pg_catalog.btrim}).
     */
    record FuncCall(int location, List<String> name, List<Expr> args, boolean star, boolean distinct,
                    boolean variadic, List<SortBy> orderBy, boolean withinGroup, Expr filter, WindowDef over,
                    FuncSyntax syntax) implements Expr {
        public FuncCall {
            name = List.copyOf(name);
            args = List.copyOf(args);
            orderBy = List.copyOf(orderBy);
            requireNonNull(syntax, "syntax");
        }

        public static FuncCall simple(int location, List<String> name, List<Expr> args) {
            return new FuncCall(location, name, args, false, false, false, List.of(), false, null, null,
                    FuncSyntax.CALL);
        }
    }

    /** {@code name => value} as a function argument. */
    record NamedArg(int location, String name, Expr arg) implements Expr {
    }

    enum CastSyntax { CAST, COLONS, TYPED_LITERAL }

    record TypeCast(int location, Expr arg, TypeName type, CastSyntax syntax) implements Expr {
    }

    record When(int location, Expr condition, Expr result) {
    }

    /** {@code CASE [arg] WHEN ... THEN ... [ELSE ...] END}. */
    record Case(int location, Expr arg, List<When> whens, Expr otherwise) implements Expr {
        public Case {
            whens = List.copyOf(whens);
        }
    }

    /** {@code ARRAY[...]} ({@code keyword} true) or a nested {@code [...]} inside one. */
    record ArrayConstructor(int location, List<Expr> elements, boolean keyword) implements Expr {
        public ArrayConstructor {
            elements = List.copyOf(elements);
        }
    }

    /** {@code ROW(...)} ({@code explicit}) or {@code (a, b)}. */
    record Row(int location, List<Expr> args, boolean explicit) implements Expr {
        public Row {
            args = List.copyOf(args);
        }
    }

    /** Field selection and subscripts applied to an expression: {@code (x).f}, {@code a[1]}, {@code a[1:2]}. */
    record Indirection(int location, Expr arg, List<IndirectionStep> steps) implements Expr {
        public Indirection {
            steps = List.copyOf(steps);
        }
    }

    record Collate(int location, Expr arg, List<String> collation) implements Expr {
        public Collate {
            collation = List.copyOf(collation);
        }
    }

    /** {@code arg AT TIME ZONE zone}, or {@code arg AT LOCAL} when {@code zone} is null. */
    record AtTimeZone(int location, Expr arg, Expr zone) implements Expr {
    }

    record Coalesce(int location, List<Expr> args) implements Expr {
        public Coalesce {
            args = List.copyOf(args);
        }
    }

    record MinMax(int location, boolean greatest, List<Expr> args) implements Expr {
        public MinMax {
            args = List.copyOf(args);
        }
    }

    record NullIf(int location, Expr left, Expr right) implements Expr {
    }

    /**
     * CURRENT_DATE, CURRENT_TIME[(p)], CURRENT_TIMESTAMP[(p)], LOCALTIME[(p)], LOCALTIMESTAMP[(p)],
     * CURRENT_ROLE, CURRENT_USER, SESSION_USER, USER, CURRENT_CATALOG, CURRENT_SCHEMA, SYSTEM_USER.
     * {@code precision} is -1 when absent.
     */
    record SqlValueFunction(int location, String name, int precision) implements Expr {
    }

    record Grouping(int location, List<Expr> args) implements Expr {
        public Grouping {
            args = List.copyOf(args);
        }
    }

    enum GroupingSetKind { EMPTY, ROLLUP, CUBE, SETS }

    /** {@code ()}, {@code ROLLUP(...)}, {@code CUBE(...)}, {@code GROUPING SETS(...)} in GROUP BY. */
    record GroupingSet(int location, GroupingSetKind kind, List<Expr> content) implements Expr {
        public GroupingSet {
            content = List.copyOf(content);
        }
    }

    /**
     * PostgreSQL 16's SQL/JSON constructors JSON_OBJECT, JSON_ARRAY, JSON_OBJECTAGG and JSON_ARRAYAGG.
     * {@code keys} is empty except for object forms with {@code key : value} (or {@code key VALUE value})
     * pairs, where it parallels {@code values}; {@code query} is set for {@code JSON_ARRAY(SELECT ...)};
     * {@code options} holds the trailing clauses as written in canonical spelling ("ABSENT ON NULL",
     * "WITH UNIQUE KEYS", "FORMAT JSON"); {@code legacy} marks the plain function-call form
     * {@code json_object(text[])}.
     */
    record JsonConstructor(int location, String function, List<Expr> keys, List<Expr> values, SelectStmt query,
                           List<SortBy> orderBy, List<String> options, TypeName returning, boolean legacy,
                           Expr filter, WindowDef over) implements Expr {
        public JsonConstructor {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
            orderBy = List.copyOf(orderBy);
            options = List.copyOf(options);
        }
    }

    /** {@code DEFAULT} in VALUES or SET. */
    record SetToDefault(int location) implements Expr {
    }
}
