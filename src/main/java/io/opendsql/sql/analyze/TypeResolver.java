package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.TypeName;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import io.opendsql.sql.types.TypeNames;
import java.util.ArrayList;
import java.util.List;

/** A written type name ({@code pg_catalog.int4}, {@code varchar(3)}, {@code int[]}) as a {@link SqlType}. */
public final class TypeResolver {
    private TypeResolver() {
    }

    public static SqlType resolve(TypeName name) {
        List<String> names = name.names();
        String base = names.get(names.size() - 1);
        boolean qualifiedElsewhere = names.size() > 1 && !names.get(0).equals("pg_catalog");
        PgType type = qualifiedElsewhere ? null : TypeNames.lookup(base).orElse(null);
        if (type == null || name.percentType() || name.setof()) {
            throw DsqlException.of(SqlState.UNDEFINED_OBJECT, "type \"%s\" does not exist", String.join(".", names))
                    .at(name.location() + 1);
        }
        List<Integer> modifiers = new ArrayList<>();
        for (Expr modifier : name.modifiers()) {
            if (!(modifier instanceof Expr.Literal l) || l.kind() != Expr.LiteralKind.INTEGER) {
                throw DsqlException.of(SqlState.SYNTAX_ERROR, "type modifiers must be simple constants or identifiers")
                        .at(modifier.location() + 1);
            }
            modifiers.add(Integer.parseInt(l.value()));
        }
        SqlType result;
        if (type == PgType.INTERVAL) {
            String written = "interval" + (name.intervalFields() == null ? "" : " " + name.intervalFields())
                    + (modifiers.isEmpty() ? "" : "(" + modifiers.get(0) + ")");
            result = TypeNames.parse(written);
        } else if (modifiers.isEmpty()) {
            result = SqlType.of(type);
        } else {
            result = switch (type) {
                case VARCHAR -> SqlType.varchar(modifiers.get(0));
                case BPCHAR -> SqlType.bpchar(modifiers.get(0));
                case NUMERIC -> modifiers.size() > 1 ? SqlType.numeric(modifiers.get(0), modifiers.get(1))
                        : SqlType.numeric(modifiers.get(0), 0);
                case TIME, TIMETZ, TIMESTAMP, TIMESTAMPTZ -> SqlType.withPrecision(type, modifiers.get(0));
                default -> throw DsqlException.of(SqlState.SYNTAX_ERROR, "type modifier is not allowed for type \"%s\"",
                        type.typeName()).at(name.location() + 1);
            };
        }
        for (int i = 0; i < name.arrayBounds().size() && !result.type().isArray(); i++) {
            result = result.arrayOf();
        }
        return result;
    }
}
