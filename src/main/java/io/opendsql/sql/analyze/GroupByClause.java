package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.plan.OutputColumn;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * GROUP BY into grouping keys and grouping sets. An item is an expression over the FROM items, or, as
 * PostgreSQL's findTargetlistEntrySQL92 allows, a select-list position or a bare output column name (a name of
 * a FROM column wins over an output name). ROLLUP, CUBE and GROUPING SETS expand to their sets, and the items'
 * sets combine as a cross product; GROUP BY DISTINCT drops repeated sets.
 */
final class GroupByClause {
    /**
     * The keys (distinct expressions over the input row) and the grouping sets over them; {@code present} is
     * false when the query has no GROUP BY at all.
     */
    record Result(List<BoundExpr> keys, List<List<Integer>> sets, boolean present) {
        static final Result NONE = new Result(List.of(), List.of(List.of()), false);
    }

    private static final int MAX_CUBE = 12;
    private static final int MAX_SETS = 4096;

    private final ExpressionAnalyzer analyzer;
    private final SelectAggregation aggregation;
    private final List<OutputColumn> targets;
    private final List<BoundExpr> targetExprs;
    private final List<BoundExpr> keys = new ArrayList<>();

    /**
     * @param targets     the visible select-list columns, with {@code targetExprs} their bound expressions
     */
    GroupByClause(SelectAggregation aggregation, List<OutputColumn> targets, List<BoundExpr> targetExprs) {
        this.analyzer = aggregation.input().inClause("GROUP BY");
        this.aggregation = aggregation;
        this.targets = targets;
        this.targetExprs = targetExprs;
    }

    Result analyze(List<Expr> items, boolean distinct) {
        if (items.isEmpty()) {
            return Result.NONE;
        }
        List<List<Integer>> sets = new ArrayList<>();
        sets.add(List.of());
        for (Expr item : items) {
            List<List<Integer>> itemSets = expand(item, true);
            List<List<Integer>> product = new ArrayList<>();
            for (List<Integer> left : sets) {
                for (List<Integer> right : itemSets) {
                    List<Integer> combined = new ArrayList<>(left);
                    combined.addAll(right);
                    product.add(combined);
                }
            }
            if (product.size() > MAX_SETS) {
                throw DsqlException.of(SqlState.STATEMENT_TOO_COMPLEX, "too many grouping sets present (maximum 4096)")
                        .at(location(item) + 1);
            }
            sets = product;
        }
        if (distinct) {
            Set<Set<Integer>> seen = new LinkedHashSet<>();
            List<List<Integer>> unique = new ArrayList<>();
            for (List<Integer> set : sets) {
                if (seen.add(new TreeSet<>(set))) {
                    unique.add(set);
                }
            }
            sets = unique;
        }
        return new Result(keys, sets, true);
    }

    /** The grouping sets one item contributes; {@code top} for a direct GROUP BY item. */
    private List<List<Integer>> expand(Expr item, boolean top) {
        if (item instanceof Expr.GroupingSet g) {
            return switch (g.kind()) {
                case EMPTY -> List.of(List.of());
                case ROLLUP -> {
                    List<List<Integer>> elements = elements(g.content());
                    List<List<Integer>> out = new ArrayList<>();
                    for (int n = elements.size(); n >= 0; n--) {
                        out.add(concat(elements.subList(0, n)));
                    }
                    yield out;
                }
                case CUBE -> {
                    List<List<Integer>> elements = elements(g.content());
                    if (elements.size() > MAX_CUBE) {
                        throw DsqlException.of(SqlState.TOO_MANY_COLUMNS, "CUBE is limited to 12 elements")
                                .at(g.location() + 1);
                    }
                    List<List<Integer>> out = new ArrayList<>();
                    int n = elements.size();
                    for (int mask = (1 << n) - 1; mask >= 0; mask--) {
                        List<List<Integer>> chosen = new ArrayList<>();
                        for (int i = 0; i < n; i++) {
                            if ((mask & (1 << (n - 1 - i))) != 0) {
                                chosen.add(elements.get(i));
                            }
                        }
                        out.add(concat(chosen));
                    }
                    yield out;
                }
                case SETS -> {
                    List<List<Integer>> out = new ArrayList<>();
                    for (Expr element : g.content()) {
                        out.addAll(expand(element, false));
                    }
                    yield out;
                }
            };
        }
        if (item instanceof Expr.Row row && !row.explicit()) {
            List<Integer> set = new ArrayList<>();
            for (Expr arg : row.args()) {
                set.add(key(arg));
            }
            return List.of(set);
        }
        return List.of(List.of(key(item)));
    }

    /** ROLLUP and CUBE elements: an expression, or a parenthesized list of them. */
    private List<List<Integer>> elements(List<Expr> content) {
        List<List<Integer>> out = new ArrayList<>();
        for (Expr element : content) {
            if (element instanceof Expr.Row row && !row.explicit()) {
                List<Integer> keysOfRow = new ArrayList<>();
                for (Expr arg : row.args()) {
                    keysOfRow.add(key(arg));
                }
                out.add(keysOfRow);
            } else {
                out.add(List.of(key(element)));
            }
        }
        return out;
    }

    private static List<Integer> concat(List<List<Integer>> parts) {
        List<Integer> out = new ArrayList<>();
        parts.forEach(out::addAll);
        return out;
    }

    /** The key index of one grouping expression. */
    private int key(Expr item) {
        BoundExpr expr = resolve(item);
        if (expr.type().type() == PgType.UNKNOWN) {
            expr = analyzer.coerce(expr, PgType.TEXT);
        }
        Comparability.requireEquality(expr, item.location());
        int index = keys.indexOf(expr);
        if (index < 0) {
            index = keys.size();
            keys.add(expr);
        }
        return index;
    }

    private BoundExpr resolve(Expr item) {
        if (item instanceof Expr.ColumnRef c && c.names().size() == 1 && !c.star()
                && !fromColumn(c.names().get(0))) {
            BoundExpr found = null;
            for (int i = 0; i < targets.size(); i++) {
                if (targets.get(i).name().equals(c.names().get(0))) {
                    if (found != null && !found.equals(targetExprs.get(i))) {
                        throw DsqlException.of(SqlState.AMBIGUOUS_COLUMN, "GROUP BY \"%s\" is ambiguous",
                                c.names().get(0)).at(c.location() + 1);
                    }
                    if (found == null) {
                        found = targetExprs.get(i);
                    }
                }
            }
            if (found != null) {
                return target(found);
            }
        }
        if (item instanceof Expr.Literal l) {
            if (l.kind() == Expr.LiteralKind.INTEGER) {
                int position = Integer.parseInt(l.value());
                if (position < 1 || position > targets.size()) {
                    throw DsqlException.of(SqlState.INVALID_COLUMN_REFERENCE, "GROUP BY position %d is not in select list",
                            position).at(l.location() + 1);
                }
                return target(targetExprs.get(position - 1));
            }
            throw DsqlException.of(SqlState.SYNTAX_ERROR, "non-integer constant in GROUP BY").at(l.location() + 1);
        }
        return analyzer.analyze(item);
    }

    /** A select-list expression used as a grouping key: it may not contain aggregate or window calls. */
    private BoundExpr target(BoundExpr expr) {
        int aggregate = aggregation.callLocation(expr, false);
        if (aggregate >= 0) {
            throw DsqlException.of(SqlState.GROUPING_ERROR, "aggregate functions are not allowed in GROUP BY")
                    .at(aggregate + 1);
        }
        int window = aggregation.callLocation(expr, true);
        if (window >= 0) {
            throw DsqlException.of(SqlState.WINDOWING_ERROR, "window functions are not allowed in GROUP BY")
                    .at(window + 1);
        }
        if (expr.type().type() == PgType.UNKNOWN) {
            return analyzer.coerce(expr, PgType.TEXT);
        }
        return expr;
    }

    /** True when a FROM item of this level has a visible column of that name (PostgreSQL's colNameToVar). */
    private boolean fromColumn(String name) {
        for (Scope.Entry entry : analyzer.scope().entries()) {
            if (entry.columnsVisible() && entry.columns().stream().anyMatch(c -> c.name().equals(name))) {
                return true;
            }
        }
        return false;
    }

    private static int location(Expr expr) {
        return switch (expr) {
            case Expr.GroupingSet g -> g.location();
            default -> 0;
        };
    }
}
