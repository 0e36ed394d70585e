package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.func.ArrayValues;
import io.opendsql.sql.func.FunctionDef;
import io.opendsql.sql.func.OverloadResolver;
import io.opendsql.sql.func.Polymorphic;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.IndirectionStep;
import io.opendsql.sql.types.CastContext;
import io.opendsql.sql.types.Casts;
import io.opendsql.sql.types.CommonType;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * Array expressions as parse_expr.c and parse_oper.c analyze them: {@code ARRAY[...]}
 * (transformArrayExpr, with a cast's target type passed down), subscripts and slices
 * (transformContainerSubscripts) and {@code op ANY|ALL (array)} (make_scalar_array_op).
 */
final class ArrayAnalyzer {
    private final ExpressionAnalyzer expressions;

    ArrayAnalyzer(ExpressionAnalyzer expressions) {
        this.expressions = expressions;
    }

    /** ARRAY[...]; {@code target} is the array type of an enclosing cast, or null. */
    BoundExpr construct(Expr.ArrayConstructor a, SqlType target) {
        List<BoundExpr> elements = new ArrayList<>();
        boolean nested = false;
        for (Expr e : a.elements()) {
            if (e instanceof Expr.ArrayConstructor inner) {
                elements.add(construct(inner, target));
                nested = true;
            } else {
                BoundExpr bound = expressions.analyze(e);
                nested |= bound.type().type().isArray();
                elements.add(bound);
            }
        }
        List<BoundExpr> coerced = new ArrayList<>();
        SqlType type;
        if (target != null) {
            SqlType coerceTo = nested ? target : target.element();
            for (int i = 0; i < elements.size(); i++) {
                coerced.add(expressions.explicitCast(elements.get(i), coerceTo, a.elements().get(i).location()));
            }
            type = target;
        } else {
            if (elements.isEmpty()) {
                throw DsqlException.of(SqlState.INDETERMINATE_DATATYPE, "cannot determine type of empty array")
                        .hint("Explicitly cast to the desired type, for example ARRAY[]::integer[].")
                        .at(a.location() + 1);
            }
            PgType common = CommonType.select(elements.stream().map(b -> b.type().type()).toList(), "ARRAY");
            PgType arrayType;
            if (nested) {
                if (!common.isArray()) {
                    throw DsqlException.of(SqlState.UNDEFINED_OBJECT, "could not find element type for data type %s",
                            OverloadResolver.typeText(common)).at(a.location() + 1);
                }
                arrayType = common;
            } else {
                arrayType = common.arrayType().orElseThrow(() -> DsqlException.of(SqlState.UNDEFINED_OBJECT,
                        "could not find array type for data type %s", OverloadResolver.typeText(common))
                        .at(a.location() + 1));
            }
            for (BoundExpr element : elements) {
                coerced.add(expressions.coerce(element, common));
            }
            type = SqlType.of(arrayType);
        }
        return new BoundExpr.ArrayConstruct(type, coerced, nested);
    }

    /** {@code (expr)[...]...}: consecutive subscripts form one subscripting step. */
    BoundExpr indirection(Expr.Indirection indirection) {
        BoundExpr result = expressions.analyze(indirection.arg());
        List<IndirectionStep.Subscript> pending = new ArrayList<>();
        for (IndirectionStep step : indirection.steps()) {
            switch (step) {
                case IndirectionStep.Subscript s -> pending.add(s);
                case IndirectionStep.Star s -> throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                        "row expansion via \"*\" is not supported here").at(indirection.location() + 1);
                case IndirectionStep.Field f -> throw ExpressionAnalyzer.notYet(indirection);
            }
        }
        return subscripts(result, indirection.arg().location(), pending);
    }

    private BoundExpr subscripts(BoundExpr container, int containerLocation, List<IndirectionStep.Subscript> steps) {
        PgType type = container.type().type();
        if (type == PgType.JSONB) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "OpenDSQL cannot evaluate this expression yet")
                    .at(containerLocation + 1);
        }
        if (!type.isArray()) {
            throw DsqlException.of(SqlState.DATATYPE_MISMATCH,
                    "cannot subscript type %s because it does not support subscripting",
                    OverloadResolver.typeText(type)).at(containerLocation + 1);
        }
        boolean slice = steps.stream().anyMatch(IndirectionStep.Subscript::slice);
        List<BoundExpr.Index> indexes = new ArrayList<>();
        for (IndirectionStep.Subscript step : steps) {
            // the parser keeps a plain [i] in lower; PostgreSQL's A_Indices keeps it as the upper bound
            Expr upperExpr = step.slice() ? step.upper() : step.lower();
            BoundExpr lower = null;
            if (slice) {
                if (step.slice() && step.lower() != null) {
                    lower = subscript(step.lower());
                } else if (!step.slice()) {
                    lower = new BoundExpr.Const(SqlType.of(PgType.INT4), 1);
                }
            }
            BoundExpr upper = upperExpr == null ? null : subscript(upperExpr);
            indexes.add(new BoundExpr.Index(lower, upper));
        }
        if (indexes.size() > ArrayValues.MAX_DIMENSIONS) {
            throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "number of array dimensions (%d) exceeds the maximum allowed (%d)", indexes.size(),
                    ArrayValues.MAX_DIMENSIONS);
        }
        SqlType resultType = slice ? container.type() : container.type().element();
        return new BoundExpr.Subscript(resultType, container, indexes, slice);
    }

    /** A subscript coerced to integer in assignment context. */
    private BoundExpr subscript(Expr expr) {
        BoundExpr bound = expressions.analyze(expr);
        PgType source = bound.type().type();
        boolean convertible = source == PgType.INT4 || source == PgType.UNKNOWN
                || Casts.find(source, PgType.INT4).map(c -> c.context() != CastContext.EXPLICIT).orElse(false);
        if (!convertible) {
            throw DsqlException.of(SqlState.DATATYPE_MISMATCH, "array subscript must have type integer")
                    .at(expr.location() + 1);
        }
        return expressions.coerce(bound, PgType.INT4);
    }

    /** {@code left op ANY|ALL (right)}. */
    BoundExpr compare(Expr.ArrayComparison c) {
        BoundExpr left = expressions.analyze(c.left());
        BoundExpr right = expressions.analyze(c.right());
        String symbol = c.operator().get(c.operator().size() - 1);
        PgType leftType = left.type().type();
        PgType arrayType = right.type().type();
        PgType elementType;
        if (arrayType == PgType.UNKNOWN) {
            elementType = PgType.UNKNOWN;
        } else if (arrayType.isArray()) {
            elementType = arrayType.elementType();
        } else {
            throw DsqlException.of(SqlState.WRONG_OBJECT_TYPE, "op ANY/ALL (array) requires array on right side")
                    .at(c.location() + 1);
        }
        FunctionDef operator;
        Polymorphic.Signature signature;
        try {
            operator = OverloadResolver.resolveOperator(symbol, List.of(leftType, elementType));
            signature = OverloadResolver.signature(operator, List.of(leftType, elementType));
        } catch (DsqlException e) {
            throw e.position() > 0 ? e : e.at(c.location() + 1);
        }
        if (signature.resultType() != PgType.BOOL) {
            throw DsqlException.of(SqlState.WRONG_OBJECT_TYPE, "op ANY/ALL (array) requires operator to yield boolean")
                    .at(c.location() + 1);
        }
        PgType declaredElement = signature.argTypes().get(1);
        PgType resultArray = declaredElement.arrayType().orElseThrow(() -> DsqlException.of(
                SqlState.UNDEFINED_OBJECT, "could not find array type for data type %s",
                OverloadResolver.typeText(declaredElement)).at(c.location() + 1));
        return new BoundExpr.ArrayCompare(expressions.coerce(left, signature.argTypes().get(0)),
                expressions.coerce(right, resultArray), operator, c.all());
    }
}
