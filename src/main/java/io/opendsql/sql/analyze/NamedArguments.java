package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.func.OverloadResolver;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calls with {@code name => value} arguments of the built-in functions whose parameters have names
 * and defaults: each argument goes to its parameter, the others take their defaults, and the
 * positional call is resolved as usual.
 */
final class NamedArguments {
    private record Parameter(String name, PgType type, Object defaultValue) {
    }

    private static final Map<String, List<Parameter>> FUNCTIONS = Map.of("make_interval", List.of(
            new Parameter("years", PgType.INT4, 0), new Parameter("months", PgType.INT4, 0),
            new Parameter("weeks", PgType.INT4, 0), new Parameter("days", PgType.INT4, 0),
            new Parameter("hours", PgType.INT4, 0), new Parameter("mins", PgType.INT4, 0),
            new Parameter("secs", PgType.FLOAT8, 0.0)));

    private NamedArguments() {
    }

    static boolean handles(String name, List<Expr> args) {
        return FUNCTIONS.containsKey(name) && args.stream().anyMatch(a -> a instanceof Expr.NamedArg);
    }

    static BoundExpr bind(ExpressionAnalyzer analyzer, String name, List<Expr> args, int location) {
        List<Parameter> parameters = FUNCTIONS.get(name);
        BoundExpr[] bound = new BoundExpr[parameters.size()];
        List<String> written = new ArrayList<>();
        boolean unknownName = false;
        for (int i = 0; i < args.size(); i++) {
            Expr arg = args.get(i);
            BoundExpr value;
            int slot;
            if (arg instanceof Expr.NamedArg named) {
                value = analyzer.analyze(named.arg());
                written.add(named.name() + " => " + OverloadResolver.typeText(value.type().type()));
                slot = -1;
                for (int p = 0; p < parameters.size(); p++) {
                    if (parameters.get(p).name().equals(named.name())) {
                        slot = p;
                    }
                }
                if (slot >= 0 && bound[slot] != null) {
                    throw DsqlException.of(SqlState.SYNTAX_ERROR, "argument name \"%s\" used more than once",
                            named.name()).at(named.location() + 1);
                }
                unknownName |= slot < 0;
            } else {
                value = analyzer.analyze(arg);
                written.add(OverloadResolver.typeText(value.type().type()));
                slot = i < parameters.size() ? i : -1;
                unknownName |= slot < 0;
            }
            if (slot >= 0) {
                bound[slot] = value;
            }
        }
        List<BoundExpr> full = new ArrayList<>();
        boolean coercible = !unknownName;
        for (int p = 0; p < parameters.size(); p++) {
            Parameter parameter = parameters.get(p);
            BoundExpr value = bound[p] != null ? bound[p]
                    : new BoundExpr.Const(SqlType.of(parameter.type()), parameter.defaultValue());
            coercible &= OverloadResolver.coercible(value.type().type(), parameter.type());
            full.add(value);
        }
        if (!coercible) {
            throw DsqlException.of(SqlState.UNDEFINED_FUNCTION, "function %s(%s) does not exist", name,
                    String.join(", ", written)).hint("No function matches the given name and argument types. "
                    + "You might need to add explicit type casts.").at(location + 1);
        }
        return analyzer.resolvedCall(name, full, location);
    }
}
