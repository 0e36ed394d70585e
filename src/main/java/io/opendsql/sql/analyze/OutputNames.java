package io.opendsql.sql.analyze;

import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.IndirectionStep;

/** PostgreSQL's FigureColname: the name of a result column without an alias. */
public final class OutputNames {
    private OutputNames() {
    }

    public static String of(Expr expr) {
        String name = figure(expr);
        return name == null ? "?column?" : name;
    }

    /**
     * The name of a result column given its analyzed expression as well: a scalar subquery, bare or under casts,
     * is named after its own result column, as PostgreSQL names it once the subquery is analyzed.
     */
    public static String of(Expr expr, BoundExpr bound) {
        Expr inner = expr;
        while (inner instanceof Expr.TypeCast cast) {
            inner = cast.arg();
        }
        BoundExpr value = bound;
        while (value instanceof BoundExpr.Cast cast) {
            value = cast.arg();
        }
        if (inner instanceof Expr.SubLink link && link.kind() == Expr.SubLinkKind.EXPR
                && value instanceof BoundExpr.Subquery subquery) {
            return subquery.plan().columns().get(0).name();
        }
        return of(expr);
    }

    /** FigureColname's strength 1: the name is a cast's type name, which an outer cast replaces. */
    private static boolean fromTypeName(Expr expr) {
        return switch (expr) {
            case Expr.TypeCast c -> figure(c.arg()) == null || fromTypeName(c.arg());
            case Expr.Collate c -> fromTypeName(c.arg());
            default -> false;
        };
    }

    private static String figure(Expr expr) {
        return switch (expr) {
            case Expr.ColumnRef c -> c.star() || c.names().isEmpty() ? null : c.names().get(c.names().size() - 1);
            case Expr.FuncCall f -> f.name().get(f.name().size() - 1);
            case Expr.TypeCast c -> {
                // a name from the inner expression wins over the type's, except a type name from an inner cast
                String inner = figure(c.arg());
                yield inner != null && !fromTypeName(c.arg()) ? inner
                        : c.type().names().get(c.type().names().size() - 1);
            }
            case Expr.Case c -> "case";
            case Expr.Coalesce c -> "coalesce";
            case Expr.MinMax m -> m.greatest() ? "greatest" : "least";
            case Expr.NullIf n -> "nullif";
            case Expr.SqlValueFunction v -> v.name().toLowerCase(java.util.Locale.ROOT);
            case Expr.Row r -> "row";
            case Expr.ArrayConstructor a -> "array";
            case Expr.Collate c -> figure(c.arg());
            case Expr.Indirection i -> {
                String last = null;
                for (IndirectionStep step : i.steps()) {
                    last = step instanceof IndirectionStep.Field f ? f.name() : last;
                }
                yield last != null ? last : figure(i.arg());
            }
            case Expr.SubLink s -> switch (s.kind()) {
                case EXISTS -> "exists";
                case ARRAY -> "array";
                default -> null;
            };
            case Expr.Grouping g -> "grouping";
            case Expr.AtTimeZone z -> "timezone";
            case Expr.JsonConstructor j -> j.function().toLowerCase(java.util.Locale.ROOT);
            default -> null;
        };
    }
}
