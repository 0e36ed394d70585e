package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.sql.func.FunctionDef;
import io.opendsql.sql.func.JsonBuilders;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls of functions whose arguments may be of any type, arrays included (to_json, to_jsonb,
 * json(b)_build_object, json(b)_build_array): the variant is made for the call's argument types.
 * Unknown literals become text, as PostgreSQL's output of an unknown value is its text; to_json
 * of an unknown literal is PostgreSQL's 42804.
 */
final class AnyTypeCalls {
    private AnyTypeCalls() {
    }

    static boolean handles(String name, int argumentCount) {
        return JsonBuilders.handles(name, argumentCount);
    }

    static BoundExpr bind(ExpressionAnalyzer analyzer, String name, List<BoundExpr> args, int location) {
        List<BoundExpr> typed = new ArrayList<>();
        List<PgType> types = new ArrayList<>();
        boolean polymorphic = name.startsWith("to_");
        for (BoundExpr arg : args) {
            BoundExpr t = arg.type().type() == PgType.UNKNOWN && !polymorphic ? analyzer.coerce(arg, PgType.TEXT) : arg;
            typed.add(t);
            types.add(t.type().type());
        }
        FunctionDef def;
        try {
            def = JsonBuilders.bind(name, types);
        } catch (DsqlException e) {
            throw e.at(location + 1);
        }
        return new BoundExpr.Call(SqlType.of(def.resultType()), def, typed);
    }
}
