package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.func.FunctionDef;
import io.opendsql.sql.func.OverloadResolver;
import io.opendsql.sql.func.Polymorphic;
import io.opendsql.sql.func.SetFunctionDef;
import io.opendsql.sql.func.SetFunctions;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.types.CastContext;
import io.opendsql.sql.types.Casts;
import io.opendsql.sql.types.CommonType;
import io.opendsql.sql.types.Numeric;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import io.opendsql.sql.types.TypeContext;
import io.opendsql.sql.types.TypeIo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns parse-tree expressions into {@link BoundExpr}s: literal typing, casts, operator and function
 * resolution, and parameter types inferred from how each {@code $n} is used. Column references
 * resolve through the {@link Scope} of the query level being analyzed (none: every reference is an error,
 * as in PostgreSQL without FROM).
 */
public final class ExpressionAnalyzer {
    private final Parameters parameters;
    private final TypeContext typeContext;
    private final Scope scope;
    private final ArrayAnalyzer arrays = new ArrayAnalyzer(this);
    private final CallContext calls;
    private final CatalogReader catalog;
    private final String setFunctionClause;

    public ExpressionAnalyzer(Parameters parameters, TypeContext typeContext) {
        this(parameters, typeContext, null, null, null, null);
    }

    private ExpressionAnalyzer(Parameters parameters, TypeContext typeContext, Scope scope, CallContext calls,
                               CatalogReader catalog, String setFunctionClause) {
        this.parameters = parameters;
        this.typeContext = typeContext;
        this.scope = scope;
        this.calls = calls;
        this.catalog = catalog;
        this.setFunctionClause = setFunctionClause;
    }

    /** An analyzer for a query level whose names are {@code scope}, sharing this one's parameters. */
    public ExpressionAnalyzer withScope(Scope newScope) {
        return new ExpressionAnalyzer(parameters, typeContext, newScope, null, catalog, null);
    }

    /** This analyzer with aggregate, window and GROUPING calls bound as {@code context} says. */
    ExpressionAnalyzer withCalls(CallContext context) {
        return new ExpressionAnalyzer(parameters, typeContext, scope, context, catalog, setFunctionClause);
    }

    /** This analyzer reading tables (of subqueries in expressions) through {@code reader}. */
    public ExpressionAnalyzer withCatalog(CatalogReader reader) {
        return reader == catalog ? this
                : new ExpressionAnalyzer(parameters, typeContext, scope, calls, reader, setFunctionClause);
    }

    /**
     * This analyzer for an expression of {@code clause} (WHERE, JOIN conditions, LIMIT, …), where aggregate and
     * window functions are not allowed and set-returning functions are refused, with PostgreSQL's messages
     * naming the clause.
     */
    public ExpressionAnalyzer inClause(String clause) {
        return new ExpressionAnalyzer(parameters, typeContext, scope, CallContext.forbidden(clause), catalog, clause);
    }

    /** How aggregate, window and GROUPING calls bind here. */
    CallContext calls() {
        return calls == null ? CallContext.forbidden(null) : calls;
    }

    /** The catalog subqueries read (null: none, as in a statement that reads no table). */
    public CatalogReader catalog() {
        return catalog;
    }

    /** The clause refusing set-returning functions, or null where they are allowed. */
    String setFunctionClause() {
        return setFunctionClause;
    }

    public Scope scope() {
        return scope;
    }

    public Parameters parameters() {
        return parameters;
    }

    public TypeContext typeContext() {
        return typeContext;
    }

    public BoundExpr analyze(Expr expr) {
        try {
            return bind(expr);
        } catch (DsqlException e) {
            throw e.position() > 0 ? e : e.at(expr.location() + 1);
        }
    }

    private BoundExpr bind(Expr expr) {
        return switch (expr) {
            case Expr.Literal l -> literal(l);
            case Expr.Param p -> parameters.reference(p.number() - 1, p.location());
            case Expr.ColumnRef c -> column(c);
            case Expr.TypeCast c -> typeCast(c);
            case Expr.Operator o -> operator(o.symbol(), o.left() == null ? null : analyze(o.left()),
                    analyze(o.right()), o.location());
            case Expr.BoolExpr b -> {
                List<BoundExpr> args = new ArrayList<>();
                for (Expr arg : b.args()) {
                    args.add(toBoolean(analyze(arg), b.op().name(), arg.location()));
                }
                yield new BoundExpr.Bool(BoundExpr.Logic.valueOf(b.op().name()), args);
            }
            case Expr.NullTest n -> new BoundExpr.NullTest(analyze(n.arg()), n.not());
            case Expr.BooleanTest b -> new BoundExpr.TruthTest(
                    toBoolean(analyze(b.arg()), "IS " + b.kind().name().substring(3).replace('_', ' '),
                            b.arg().location()),
                    BoundExpr.Truth.valueOf(b.kind().name().substring(3)));
            case Expr.DistinctFrom d -> new BoundExpr.DistinctTest(
                    operator("=", analyze(d.left()), analyze(d.right()), d.location()), d.not());
            case Expr.Between b -> between(b);
            case Expr.InList in -> inList(in);
            case Expr.Like l -> like(l);
            case Expr.Case c -> noSetFunctions(caseExpr(c), "CASE");
            case Expr.Coalesce c -> {
                List<BoundExpr> args = common(c.args(), "COALESCE");
                yield noSetFunctions(new BoundExpr.Coalesce(args.get(0).type(), args), "COALESCE");
            }
            case Expr.MinMax m -> {
                List<BoundExpr> args = common(m.args(), m.greatest() ? "GREATEST" : "LEAST");
                yield new BoundExpr.MinMax(args.get(0).type(), m.greatest(), args);
            }
            case Expr.NullIf n -> {
                BoundExpr.Call equality = operator("=", analyze(n.left()), analyze(n.right()), n.location());
                yield new BoundExpr.NullIf(equality.args().get(0).type(), equality.args().get(0), equality);
            }
            case Expr.FuncCall f -> function(f);
            case Expr.Collate c -> Collations.apply(analyze(c.arg()), c.collation(), c.location());
            case Expr.SqlValueFunction v -> sqlValueFunction(v);
            case Expr.Grouping g -> AggregateCalls.grouping(this, g);
            case Expr.SubLink s -> SubqueryAnalyzer.bind(this, s);
            case Expr.AtTimeZone z -> z.zone() == null ? notYetValue(z)
                    : resolvedCall("timezone", List.of(analyze(z.zone()), analyze(z.arg())), z.location());
            case Expr.ArrayConstructor a -> arrays.construct(a, null);
            case Expr.Indirection i -> arrays.indirection(i);
            case Expr.ArrayComparison c -> arrays.compare(c);
            default -> throw notYet(expr);
        };
    }

    private BoundExpr column(Expr.ColumnRef c) {
        if (c.star()) {
            throw scope == null || scope.entries().isEmpty()
                    ? DsqlException.of(SqlState.SYNTAX_ERROR, "SELECT * with no tables specified is not valid")
                            .at(c.location() + 1)
                    : notYet(c);
        }
        if (scope == null) {
            throw DsqlException.of(SqlState.UNDEFINED_COLUMN, "column \"%s\" does not exist",
                    String.join(".", c.names())).at(c.location() + 1);
        }
        BoundExpr resolved = scope.resolve(c.names(), c.location());
        return calls == null || calls.aggregation() == null ? resolved
                : calls.aggregation().columnReference(c, resolved);
    }

    /** PostgreSQL refuses set-returning functions inside CASE and COALESCE, which may skip evaluating them. */
    private static BoundExpr noSetFunctions(BoundExpr expr, String construct) {
        if (SetFunctionCalls.any(expr)) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "set-returning functions are not allowed in %s",
                    construct).hint("You might be able to move the set-returning function into a LATERAL FROM item.");
        }
        return expr;
    }

    private static BoundExpr notYetValue(Expr expr) {
        throw notYet(expr);
    }

    /** A call of a function resolved by name over bound arguments (SQL syntax such as AT TIME ZONE). */
    BoundExpr resolvedCall(String name, List<BoundExpr> args, int location) {
        FunctionDef def;
        try {
            def = OverloadResolver.resolveFunction(name, args.stream().map(a -> a.type().type()).toList());
        } catch (DsqlException e) {
            throw e.at(location + 1);
        }
        return call(def, args);
    }

    static DsqlException notYet(Expr expr) {
        return DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "OpenDSQL cannot evaluate this expression yet")
                .at(expr.location() + 1);
    }

    private BoundExpr literal(Expr.Literal l) {
        return switch (l.kind()) {
            case INTEGER -> integer(l.value());
            case NUMERIC -> l.value().matches("-?[0-9]+") ? integer(l.value())
                    : new BoundExpr.Const(SqlType.of(PgType.NUMERIC), Numeric.parse(l.value()));
            case STRING -> new BoundExpr.Const(SqlType.of(PgType.UNKNOWN), l.value());
            case BOOLEAN -> new BoundExpr.Const(SqlType.of(PgType.BOOL), Boolean.parseBoolean(l.value()));
            case NULL -> new BoundExpr.Const(SqlType.of(PgType.UNKNOWN), null);
            case BIT_STRING, HEX_STRING -> throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "OpenDSQL cannot evaluate bit strings yet").at(l.location() + 1);
        };
    }

    private static BoundExpr integer(String digits) {
        try {
            long value = Long.parseLong(digits);
            if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
                return new BoundExpr.Const(SqlType.of(PgType.INT4), (int) value);
            }
            return new BoundExpr.Const(SqlType.of(PgType.INT8), value);
        } catch (NumberFormatException e) {
            return new BoundExpr.Const(SqlType.of(PgType.NUMERIC), Numeric.parse(digits));
        }
    }

    /** The target type first, as PostgreSQL looks it up; an ARRAY[...] argument is built as that type. */
    private BoundExpr typeCast(Expr.TypeCast c) {
        SqlType target = TypeResolver.resolve(c.type());
        BoundExpr arg = c.arg() instanceof Expr.ArrayConstructor a && target.type().isArray()
                ? arrays.construct(a, target) : bind(c.arg());
        return explicitCast(arg, target, c.location());
    }

    /** CAST(x AS t), x::t and typed literals: unknown literals are read directly as the type. */
    BoundExpr explicitCast(BoundExpr arg, SqlType target, int location) {
        if (arg instanceof BoundExpr.Const c && c.type().type() == PgType.UNKNOWN) {
            Object value = c.value() == null ? null
                    : TypeIo.applyTypmod(target, TypeIo.parse(SqlType.of(target.type()), (String) c.value(),
                            typeContext), true);
            return new BoundExpr.Const(target, value);
        }
        if (arg instanceof BoundExpr.Param p && p.type().type() == PgType.UNKNOWN) {
            BoundExpr typed = parameters.assign(p.index(), target.type());
            return target.typmod() < 0 ? typed : new BoundExpr.Cast(target, typed, true);
        }
        PgType source = arg.type().type();
        if (source == target.type() && target.typmod() < 0) {
            return arg;
        }
        if (Casts.find(source, target.type()).isEmpty()) {
            throw DsqlException.of(SqlState.CANNOT_COERCE, "cannot cast type %s to %s",
                    OverloadResolver.typeText(source), OverloadResolver.typeText(target.type())).at(location + 1);
        }
        return new BoundExpr.Cast(target, arg, true);
    }

    /** coerce_type in implicit or assignment context; the caller has checked it is allowed. */
    public BoundExpr coerce(BoundExpr arg, PgType target) {
        PgType source = arg.type().type();
        if (source == target) {
            return arg;
        }
        if (arg instanceof BoundExpr.Const c && source == PgType.UNKNOWN) {
            Object value = c.value() == null ? null : TypeIo.parse(SqlType.of(target), (String) c.value(), typeContext);
            return new BoundExpr.Const(SqlType.of(target), value);
        }
        if (arg instanceof BoundExpr.Param p && source == PgType.UNKNOWN) {
            return parameters.assign(p.index(), target);
        }
        return new BoundExpr.Cast(SqlType.of(target), arg, false);
    }

    /**
     * Coerces a value stored into a column (INSERT, UPDATE) to the column's type in assignment context, as
     * PostgreSQL's transformAssignedExpr: {@code 42804 column "c" is of type … but expression is of type …}
     * when no implicit or assignment cast exists.
     */
    public BoundExpr assign(BoundExpr arg, SqlType target, String column, int location) {
        PgType source = arg.type().type();
        if (arg instanceof BoundExpr.Const c && source == PgType.UNKNOWN) {
            Object value = c.value() == null ? null
                    : TypeIo.applyTypmod(target, TypeIo.parse(SqlType.of(target.type()), (String) c.value(),
                            typeContext), false);
            return new BoundExpr.Const(target, value);
        }
        if (arg instanceof BoundExpr.Param p && source == PgType.UNKNOWN) {
            BoundExpr typed = parameters.assign(p.index(), target.type());
            return target.typmod() < 0 ? typed : new BoundExpr.Cast(target, typed, false);
        }
        if (source == target.type()) {
            return target.typmod() < 0 || arg.type().typmod() == target.typmod() ? arg
                    : new BoundExpr.Cast(target, arg, false);
        }
        boolean allowed = source == PgType.UNKNOWN || Casts.find(source, target.type())
                .map(cast -> cast.context().allowedIn(CastContext.ASSIGNMENT)).orElse(false);
        if (!allowed) {
            throw DsqlException.of(SqlState.DATATYPE_MISMATCH, "column \"%s\" is of type %s but expression is of type %s",
                    column, target.formatType(), arg.type().formatType())
                    .hint("You will need to rewrite or cast the expression.").at(location + 1);
        }
        return new BoundExpr.Cast(target, arg, false);
    }

    public BoundExpr toBoolean(BoundExpr arg, String construct, int location) {
        PgType source = arg.type().type();
        if (source != PgType.BOOL && source != PgType.UNKNOWN) {
            throw DsqlException.of(SqlState.DATATYPE_MISMATCH, "argument of %s must be type boolean, not type %s",
                    construct, arg.type().formatType()).at(location + 1);
        }
        return coerce(arg, PgType.BOOL);
    }

    BoundExpr.Call operator(String symbol, BoundExpr left, BoundExpr right, int location) {
        List<BoundExpr> args = left == null ? List.of(right) : List.of(left, right);
        List<PgType> types = args.stream().map(a -> a.type().type()).toList();
        FunctionDef def;
        try {
            def = OverloadResolver.resolveOperator(symbol, types);
        } catch (DsqlException e) {
            throw e.at(location + 1);
        }
        return call(def, args);
    }

    /** A call of the chosen variant, its arguments coerced to its (resolved polymorphic) types. */
    BoundExpr.Call call(FunctionDef def, List<BoundExpr> args) {
        Polymorphic.Signature signature = OverloadResolver.signature(def,
                args.stream().map(a -> a.type().type()).toList());
        List<BoundExpr> coerced = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            coerced.add(coerce(args.get(i), signature.argTypes().get(i)));
        }
        return new BoundExpr.Call(SqlType.of(signature.resultType()), def, coerced);
    }

    private BoundExpr between(Expr.Between b) {
        BoundExpr arg = analyze(b.arg());
        BoundExpr low = analyze(b.low());
        BoundExpr high = analyze(b.high());
        BoundExpr inRange = new BoundExpr.Bool(BoundExpr.Logic.AND, List.of(
                operator(">=", arg, low, b.location()), operator("<=", arg, high, b.location())));
        if (b.symmetric()) {
            inRange = new BoundExpr.Bool(BoundExpr.Logic.OR, List.of(inRange, new BoundExpr.Bool(BoundExpr.Logic.AND,
                    List.of(operator(">=", arg, high, b.location()), operator("<=", arg, low, b.location())))));
        }
        return b.not() ? new BoundExpr.Bool(BoundExpr.Logic.NOT, List.of(inRange)) : inRange;
    }

    private BoundExpr inList(Expr.InList in) {
        BoundExpr arg = analyze(in.arg());
        List<BoundExpr> tests = new ArrayList<>();
        for (Expr item : in.list()) {
            tests.add(operator(in.not() ? "<>" : "=", arg, analyze(item), in.location()));
        }
        return tests.size() == 1 ? tests.get(0)
                : new BoundExpr.Bool(in.not() ? BoundExpr.Logic.AND : BoundExpr.Logic.OR, tests);
    }

    private BoundExpr like(Expr.Like l) {
        if (l.kind() == Expr.LikeKind.SIMILAR) {
            return similar(l);
        }
        String symbol = (l.not() ? "!" : "") + (l.kind() == Expr.LikeKind.ILIKE ? "~~*" : "~~");
        BoundExpr pattern = analyze(l.pattern());
        if (l.escape() != null) {
            pattern = call(OverloadResolver.resolveFunction("like_escape",
                    List.of(pattern.type().type(), analyze(l.escape()).type().type())),
                    List.of(pattern, analyze(l.escape())));
        }
        return operator(symbol, analyze(l.arg()), pattern, l.location());
    }

    /** {@code x [NOT] SIMILAR TO p [ESCAPE e]} is {@code x ~ similar_to_escape(p [, e])}, as gram.y builds it. */
    private BoundExpr similar(Expr.Like l) {
        List<BoundExpr> escapeArgs = new ArrayList<>();
        escapeArgs.add(analyze(l.pattern()));
        if (l.escape() != null) {
            escapeArgs.add(analyze(l.escape()));
        }
        FunctionDef escape;
        try {
            escape = OverloadResolver.resolveFunction("similar_to_escape",
                    escapeArgs.stream().map(a -> a.type().type()).toList());
        } catch (DsqlException e) {
            throw e.at(l.pattern().location() + 1);
        }
        return operator(l.not() ? "!~" : "~", analyze(l.arg()), call(escape, escapeArgs), l.location());
    }

    private BoundExpr caseExpr(Expr.Case c) {
        BoundExpr subject = c.arg() == null ? null : analyze(c.arg());
        List<BoundExpr> conditions = new ArrayList<>();
        List<BoundExpr> results = new ArrayList<>();
        BoundExpr otherwise = c.otherwise() == null ? new BoundExpr.Const(SqlType.of(PgType.UNKNOWN), null)
                : analyze(c.otherwise());
        results.add(otherwise);
        for (Expr.When when : c.whens()) {
            BoundExpr condition = analyze(when.condition());
            conditions.add(subject == null ? toBoolean(condition, "CASE/WHEN", when.condition().location())
                    : operator("=", subject, condition, when.location()));
            results.add(analyze(when.result()));
        }
        List<BoundExpr> typed = unify(results, "CASE");
        List<BoundExpr.When> whens = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            whens.add(new BoundExpr.When(conditions.get(i), typed.get(i + 1)));
        }
        return new BoundExpr.Case(typed.get(0).type(), whens, typed.get(0));
    }

    private List<BoundExpr> common(List<Expr> exprs, String construct) {
        List<BoundExpr> bound = new ArrayList<>();
        for (Expr e : exprs) {
            bound.add(analyze(e));
        }
        return unify(bound, construct);
    }

    /** select_common_type, then each input coerced to it. */
    public List<BoundExpr> unify(List<BoundExpr> inputs, String construct) {
        PgType target = CommonType.select(inputs.stream().map(b -> b.type().type()).toList(), construct);
        List<BoundExpr> out = new ArrayList<>();
        for (BoundExpr input : inputs) {
            out.add(coerce(input, target));
        }
        return out;
    }

    private BoundExpr function(Expr.FuncCall f) {
        String name = f.name().get(f.name().size() - 1);
        if (AggregateCalls.handles(f, name)) {
            return AggregateCalls.bind(this, f, name);
        }
        if (f.star() || f.distinct() || f.over() != null || f.filter() != null || !f.orderBy().isEmpty()
                || f.withinGroup() || (f.variadic() && !name.equals("format")) || f.name().size() > 2
                || (f.name().size() == 2 && !f.name().get(0).equals("pg_catalog")
                        && !f.name().get(0).equals("sys"))) {
            throw notYet(f);
        }
        if (f.name().size() == 2 && f.name().get(0).equals("sys")) {
            name = "sys." + name;
        }
        if (NamedArguments.handles(name, f.args())) {
            return NamedArguments.bind(this, name, f.args(), f.location());
        }
        List<BoundExpr> args = new ArrayList<>();
        for (Expr arg : f.args()) {
            if (arg instanceof Expr.NamedArg) {
                throw notYet(arg);
            }
            args.add(analyze(arg));
        }
        if (AnyTypeCalls.handles(name, args.size())) {
            return AnyTypeCalls.bind(this, name, args, f.location());
        }
        if (name.equals("concat") || name.equals("concat_ws")) {
            boolean separator = name.equals("concat_ws");
            if (args.isEmpty() || (separator && args.size() < 1)) {
                throw DsqlException.of(SqlState.UNDEFINED_FUNCTION, "function %s() does not exist", name)
                        .hint("No function matches the given name and argument types. You might need to add "
                                + "explicit type casts.").at(f.location() + 1);
            }
            List<BoundExpr> typed = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                BoundExpr arg = args.get(i);
                typed.add(arg.type().type() == PgType.UNKNOWN || (separator && i == 0) ? coerce(arg, PgType.TEXT)
                        : arg);
            }
            return new BoundExpr.Concat(SqlType.of(PgType.TEXT), separator, typed);
        }
        if (f.variadic() && !args.get(args.size() - 1).type().type().isArray()) {
            throw DsqlException.of(SqlState.DATATYPE_MISMATCH, "VARIADIC argument must be an array")
                    .at(f.args().get(f.args().size() - 1).location() + 1);
        }
        if (name.equals("unnest") && args.size() == 1 && args.get(0).type().type().isArray()) {
            return setFunction(SetFunctions.unnest(args.get(0).type().type()), args, f);
        }
        if (name.equals("unnest") && args.size() == 1 && args.get(0).type().type() == PgType.UNKNOWN) {
            throw DsqlException.of(SqlState.AMBIGUOUS_FUNCTION, "function unnest(unknown) is not unique")
                    .hint("Could not choose a best candidate function. You might need to add explicit type casts.")
                    .at(f.location() + 1);
        }
        FunctionDef def;
        try {
            List<PgType> types = args.stream().map(a -> a.type().type()).toList();
            def = f.variadic() ? OverloadResolver.resolveVariadicFunction(name, types)
                    : OverloadResolver.resolveFunction(name, types);
        } catch (DsqlException e) {
            throw (f.name().size() == 2 && !name.startsWith("sys.") ? qualified(e, f.name().get(0), name) : e)
                    .at(f.location() + 1);
        }
        BoundExpr.Call call = call(def, args);
        Optional<SetFunctionDef> set = SetFunctions.of(def);
        return set.isPresent() ? setFunction(set.get(), call.args(), f) : call;
    }

    private BoundExpr setFunction(SetFunctionDef def, List<BoundExpr> args, Expr.FuncCall f) {
        if (setFunctionClause != null) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "set-returning functions are not allowed in %s",
                    setFunctionClause).at(f.location() + 1);
        }
        SqlType type = def.columnTypes().size() == 1 ? SqlType.of(def.columnTypes().get(0)) : SqlType.of(PgType.UNKNOWN);
        return new BoundExpr.SetFunction(type, def, args);
    }

    /** A resolution error of a schema-qualified call names the function as written, schema included. */
    private static DsqlException qualified(DsqlException e, String schema, String name) {
        String message = e.getMessage().replaceFirst("^function " + java.util.regex.Pattern.quote(name) + "\\(",
                java.util.regex.Matcher.quoteReplacement("function " + schema + "." + name + "("));
        DsqlException renamed = DsqlException.of(e.state(), "%s", message);
        return e.hint() == null ? renamed : renamed.hint(e.hint());
    }

    private BoundExpr sqlValueFunction(Expr.SqlValueFunction v) {
        String name = v.name().toLowerCase(Locale.ROOT);
        if (name.equals("system_user")) {
            throw notYet(v);
        }
        if (v.precision() >= 0) {
            return DateTimeValues.withPrecision(this, name, v.precision(), v.location());
        }
        return call(OverloadResolver.resolveFunction(name, List.of()), List.of());
    }
}
