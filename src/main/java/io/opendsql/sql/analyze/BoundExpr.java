package io.opendsql.sql.analyze;

import static java.util.Objects.requireNonNull;

import io.opendsql.sql.func.FunctionDef;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.List;

/** An analyzed expression: every node typed, every operator and function resolved. Immutable. */
public sealed interface BoundExpr {
    SqlType type();

    /** A constant; {@code value} null is NULL. An unknown-typed constant holds the literal text. */
    record Const(SqlType type, Object value) implements BoundExpr {
        public Const {
            requireNonNull(type, "type");
        }
    }

    /** Slot {@code index} of the row the operator evaluating this expression is looking at. */
    record ColumnRef(SqlType type, int index) implements BoundExpr {
    }

    /**
     * Slot {@code index} of the current row of an enclosing query, {@code levelsUp} levels out (1 = the query
     * directly around this subquery): a correlated reference.
     */
    record OuterRef(SqlType type, int levelsUp, int index) implements BoundExpr {
    }

    /** Parameter {@code $index+1}; its type is the statement's resolved parameter type. */
    record Param(SqlType type, int index) implements BoundExpr {
    }

    /** A conversion through the types package's casts. */
    record Cast(SqlType type, BoundExpr arg, boolean explicit) implements BoundExpr {
    }

    /** An operator or function application. */
    record Call(SqlType type, FunctionDef function, List<BoundExpr> args) implements BoundExpr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** concat / concat_ws over any argument types. */
    record Concat(SqlType type, boolean withSeparator, List<BoundExpr> args) implements BoundExpr {
        public Concat {
            args = List.copyOf(args);
        }
    }

    enum Logic { AND, OR, NOT }

    record Bool(Logic op, List<BoundExpr> args) implements BoundExpr {
        public Bool {
            args = List.copyOf(args);
        }

        @Override
        public SqlType type() {
            return SqlType.of(PgType.BOOL);
        }
    }

    /** IS [NOT] NULL. */
    record NullTest(BoundExpr arg, boolean not) implements BoundExpr {
        @Override
        public SqlType type() {
            return SqlType.of(PgType.BOOL);
        }
    }

    enum Truth { TRUE, NOT_TRUE, FALSE, NOT_FALSE, UNKNOWN, NOT_UNKNOWN }

    /** IS [NOT] TRUE / FALSE / UNKNOWN. */
    record TruthTest(BoundExpr arg, Truth test) implements BoundExpr {
        @Override
        public SqlType type() {
            return SqlType.of(PgType.BOOL);
        }
    }

    /** IS [NOT] DISTINCT FROM, through the resolved = operator. */
    record DistinctTest(Call equality, boolean not) implements BoundExpr {
        @Override
        public SqlType type() {
            return SqlType.of(PgType.BOOL);
        }
    }

    record When(BoundExpr condition, BoundExpr result) {
    }

    /** CASE WHEN ... (a simple CASE is rewritten to {@code arg = value} conditions). */
    record Case(SqlType type, List<When> whens, BoundExpr otherwise) implements BoundExpr {
        public Case {
            whens = List.copyOf(whens);
            requireNonNull(otherwise, "otherwise");
        }
    }

    record Coalesce(SqlType type, List<BoundExpr> args) implements BoundExpr {
        public Coalesce {
            args = List.copyOf(args);
        }
    }

    /** GREATEST / LEAST, ignoring NULLs. */
    record MinMax(SqlType type, boolean greatest, List<BoundExpr> args) implements BoundExpr {
        public MinMax {
            args = List.copyOf(args);
        }
    }

    /** NULLIF(left, right): NULL when {@code equality} is true, else left. */
    record NullIf(SqlType type, BoundExpr left, Call equality) implements BoundExpr {
    }

    /**
     * {@code ARRAY[...]}: a one-dimensional array of the elements, or, when {@code nested}, an array
     * one dimension deeper than its array-valued elements (which must agree in their dimensions).
     */
    record ArrayConstruct(SqlType type, List<BoundExpr> elements, boolean nested) implements BoundExpr {
        public ArrayConstruct {
            elements = List.copyOf(elements);
        }
    }

    /** One subscript: {@code [upper]}, or {@code [lower:upper]} in a slice (null for an omitted bound). */
    record Index(BoundExpr lower, BoundExpr upper) {
    }

    /** {@code array[i][j]} (the element) or, when {@code slice}, {@code array[i:j]} (an array). */
    record Subscript(SqlType type, BoundExpr array, List<Index> indexes, boolean slice) implements BoundExpr {
        public Subscript {
            indexes = List.copyOf(indexes);
        }
    }

    /**
     * {@code left op ANY|ALL (array)}: {@code operator} applied to {@code left} and each element, its
     * results ORed (ANY) or ANDed (ALL) with SQL's NULL rules.
     */
    record ArrayCompare(BoundExpr left, BoundExpr array, FunctionDef operator, boolean all) implements BoundExpr {
        @Override
        public SqlType type() {
            return SqlType.of(PgType.BOOL);
        }
    }
}
