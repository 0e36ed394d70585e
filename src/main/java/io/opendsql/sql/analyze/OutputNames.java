package io.opendsql.sql.analyze;

import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.IndirectionStep;
import java.util.Locale;

/**
 * PostgreSQL's FigureColname: the name of a result column without an alias. Names carry a strength
 * as in FigureColnameInternal: a cast's type name (1) gives way to what its argument names strongly
 * (2), so {@code '{1}'::int[]::text} is {@code text} but {@code ARRAY[1]::text} is {@code array}.
 */
public final class OutputNames {
    private OutputNames() {
    }

    private record Name(String name, int strength) {
        static final Name NONE = new Name(null, 0);

        static Name strong(String name) {
            return new Name(name, 2);
        }
    }

    public static String of(Expr expr) {
        String name = figure(expr).name();
        return name == null ? "?column?" : name;
    }

    private static Name figure(Expr expr) {
        return switch (expr) {
            case Expr.ColumnRef c -> c.star() || c.names().isEmpty() ? Name.NONE
                    : Name.strong(c.names().get(c.names().size() - 1));
            case Expr.FuncCall f -> Name.strong(f.name().get(f.name().size() - 1));
            case Expr.TypeCast c -> {
                Name inner = figure(c.arg());
                yield inner.strength() <= 1
                        ? new Name(c.type().names().get(c.type().names().size() - 1), 1) : inner;
            }
            case Expr.Case c -> {
                Name otherwise = c.otherwise() == null ? Name.NONE : figure(c.otherwise());
                yield otherwise.strength() <= 1 ? new Name("case", 1) : otherwise;
            }
            case Expr.Coalesce c -> Name.strong("coalesce");
            case Expr.MinMax m -> Name.strong(m.greatest() ? "greatest" : "least");
            case Expr.NullIf n -> Name.strong("nullif");
            case Expr.SqlValueFunction v -> Name.strong(v.name().toLowerCase(Locale.ROOT));
            case Expr.Row r -> Name.strong("row");
            case Expr.ArrayConstructor a -> Name.strong("array");
            case Expr.Collate c -> figure(c.arg());
            case Expr.Indirection i -> {
                String last = null;
                for (IndirectionStep step : i.steps()) {
                    last = step instanceof IndirectionStep.Field f ? f.name() : last;
                }
                yield last != null ? Name.strong(last) : figure(i.arg());
            }
            case Expr.SubLink s -> switch (s.kind()) {
                case EXISTS -> Name.strong("exists");
                case ARRAY -> Name.strong("array");
                default -> Name.NONE;
            };
            case Expr.Grouping g -> Name.strong("grouping");
            case Expr.AtTimeZone z -> Name.strong("timezone");
            case Expr.JsonConstructor j -> Name.strong(j.function().toLowerCase(Locale.ROOT));
            default -> Name.NONE;
        };
    }
}
