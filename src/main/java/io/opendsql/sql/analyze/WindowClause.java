package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.func.OverloadResolver;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.SortBy;
import io.opendsql.sql.parse.ast.WindowDef;
import io.opendsql.sql.plan.SortKey;
import io.opendsql.sql.plan.WindowSpec;
import io.opendsql.sql.types.CastContext;
import io.opendsql.sql.types.Casts;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A level's WINDOW clause and the windows of its OVER clauses: named windows and the rules for building on one
 * ({@code OVER w}, {@code OVER (w ORDER BY …)}), PARTITION BY and ORDER BY bound over the level's input, and
 * frames with their offsets (bigint for ROWS and GROUPS; for RANGE, the in_range offset type of the single
 * ORDER BY key's type), with PostgreSQL's 42P20 errors.
 */
final class WindowClause {
    private final SelectAggregation aggregation;
    private final List<WindowDef> definitions;

    WindowClause(SelectAggregation aggregation, List<WindowDef> definitions) {
        this.aggregation = aggregation;
        this.definitions = definitions;
    }

    /** The window of an OVER clause. */
    WindowSpec resolve(WindowDef over) {
        WindowDef effective;
        if (over.name() != null && over.refName() == null && over.partitionBy().isEmpty() && over.orderBy().isEmpty()
                && over.frame() == null) {
            effective = named(over.name(), over.location(), definitions.size());
        } else {
            effective = merged(over, definitions.size());
        }
        return bind(effective);
    }

    /** Transforms every WINDOW clause definition, as PostgreSQL does even for unused ones. */
    void checkAll() {
        Map<String, WindowDef> seen = new HashMap<>();
        for (int i = 0; i < definitions.size(); i++) {
            WindowDef def = definitions.get(i);
            if (seen.put(def.name(), def) != null) {
                throw DsqlException.of(SqlState.WINDOWING_ERROR, "window \"%s\" is already defined", def.name())
                        .at(def.location() + 1);
            }
            bind(merged(def, i));
        }
    }

    /** The definition named {@code name} among the first {@code limit} of the WINDOW clause, resolved. */
    private WindowDef named(String name, int location, int limit) {
        for (int i = 0; i < limit; i++) {
            WindowDef def = definitions.get(i);
            if (def.name().equals(name)) {
                return merged(def, i);
            }
        }
        throw DsqlException.of(SqlState.UNDEFINED_OBJECT, "window \"%s\" does not exist", name).at(location + 1);
    }

    /** A specification with the window it names in {@code refName} copied in, under transformWindowDefinitions' rules. */
    private WindowDef merged(WindowDef def, int limit) {
        if (def.refName() == null) {
            return def;
        }
        WindowDef base = named(def.refName(), def.location(), limit);
        if (!def.partitionBy().isEmpty()) {
            throw DsqlException.of(SqlState.WINDOWING_ERROR, "cannot override PARTITION BY clause of window \"%s\"",
                    def.refName()).at(def.location() + 1);
        }
        if (!def.orderBy().isEmpty() && !base.orderBy().isEmpty()) {
            throw DsqlException.of(SqlState.WINDOWING_ERROR, "cannot override ORDER BY clause of window \"%s\"",
                    def.refName()).at(def.location() + 1);
        }
        if (base.frame() != null) {
            DsqlException e = DsqlException.of(SqlState.WINDOWING_ERROR,
                    "cannot copy window \"%s\" because it has a frame clause", def.refName());
            if (def.name() == null && def.orderBy().isEmpty() && def.frame() == null) {
                e = e.hint("Omit the parentheses in this OVER clause.");
            }
            throw e.at(def.location() + 1);
        }
        return new WindowDef(def.location(), def.name(), null, base.partitionBy(),
                def.orderBy().isEmpty() ? base.orderBy() : def.orderBy(), def.frame());
    }

    private WindowSpec bind(WindowDef def) {
        ExpressionAnalyzer analyzer = aggregation.input().withCalls(CallContext.windowDefinition(aggregation));
        List<BoundExpr> partition = new ArrayList<>();
        for (Expr e : def.partitionBy()) {
            BoundExpr bound = analyzer.analyze(e);
            bound = bound.type().type() == PgType.UNKNOWN ? analyzer.coerce(bound, PgType.TEXT) : bound;
            Comparability.requireEquality(bound, e.location());
            partition.add(bound);
        }
        List<SortKey> order = new ArrayList<>();
        for (SortBy sort : def.orderBy()) {
            order.add(sortKey(analyzer, sort));
        }
        WindowDef.Frame frame = def.frame();
        if (frame == null) {
            return new WindowSpec(partition, order, WindowSpec.Frame.DEFAULT);
        }
        WindowDef.Bound start = frame.start();
        WindowDef.Bound end = frame.end() != null ? frame.end()
                : new WindowDef.Bound(WindowDef.BoundKind.CURRENT_ROW, null);
        boolean offsets = hasOffset(start) || hasOffset(end);
        if (frame.mode() == WindowDef.FrameMode.RANGE && offsets && order.size() != 1) {
            throw DsqlException.of(SqlState.WINDOWING_ERROR,
                    "RANGE with offset PRECEDING/FOLLOWING requires exactly one ORDER BY column")
                    .at(def.location() + 1);
        }
        if (frame.mode() == WindowDef.FrameMode.GROUPS && order.isEmpty()) {
            throw DsqlException.of(SqlState.WINDOWING_ERROR, "GROUPS mode requires an ORDER BY clause")
                    .at(def.location() + 1);
        }
        return new WindowSpec(partition, order, new WindowSpec.Frame(frame.mode(), bound(start, frame.mode(), order),
                bound(end, frame.mode(), order), frame.exclusion()));
    }

    /** A sort key of an ORDER BY inside a window or an aggregate call. */
    static SortKey sortKey(ExpressionAnalyzer analyzer, SortBy sort) {
        if (sort.direction() == SortBy.Direction.USING) {
            throw QueryAnalyzer.notYet(sort.location());
        }
        BoundExpr expr = analyzer.analyze(sort.expr());
        if (expr.type().type() == PgType.UNKNOWN) {
            expr = analyzer.coerce(expr, PgType.TEXT);
        }
        Comparability.requireOrdering(expr, sort.expr().location());
        boolean descending = sort.direction() == SortBy.Direction.DESC;
        boolean nullsFirst = sort.nulls() == SortBy.Nulls.DEFAULT ? descending : sort.nulls() == SortBy.Nulls.FIRST;
        return new SortKey(expr, descending, nullsFirst);
    }

    private static boolean hasOffset(WindowDef.Bound bound) {
        return bound.kind() == WindowDef.BoundKind.PRECEDING || bound.kind() == WindowDef.BoundKind.FOLLOWING;
    }

    private WindowSpec.Bound bound(WindowDef.Bound bound, WindowDef.FrameMode mode, List<SortKey> order) {
        if (!hasOffset(bound)) {
            return new WindowSpec.Bound(bound.kind(), null);
        }
        String construct = mode.name();
        Expr offset = bound.offset();
        ExpressionAnalyzer analyzer = aggregation.input().inClause("window " + construct);
        BoundExpr value = analyzer.analyze(offset);
        BoundExprs.visit(value, e -> {
            if (e instanceof BoundExpr.ColumnRef) {
                throw DsqlException.of(SqlState.INVALID_COLUMN_REFERENCE, "argument of %s must not contain variables",
                        construct).at(offset.location() + 1);
            }
        });
        PgType target = mode == WindowDef.FrameMode.RANGE
                ? rangeOffsetType(order.get(0).expr().type().type(), value.type().type(), offset.location())
                : PgType.INT8;
        return new WindowSpec.Bound(bound.kind(), coerce(analyzer, value, target, construct, offset.location()));
    }

    /** coerce_to_specific_type: assignment coercion, else 42804 naming the construct. */
    private static BoundExpr coerce(ExpressionAnalyzer analyzer, BoundExpr value, PgType target, String construct,
                                    int location) {
        PgType source = value.type().type();
        if (source == target || source == PgType.UNKNOWN) {
            return analyzer.coerce(value, target);
        }
        boolean allowed = Casts.find(source, target).map(c -> c.context().allowedIn(CastContext.ASSIGNMENT))
                .orElse(false);
        if (!allowed) {
            throw DsqlException.of(SqlState.DATATYPE_MISMATCH, "argument of %s must be type %s, not type %s",
                    construct, OverloadResolver.typeText(target), value.type().formatType()).at(location + 1);
        }
        return new BoundExpr.Cast(io.opendsql.sql.types.SqlType.of(target), value, false);
    }

    /** The in_range offset types PostgreSQL 15 has for a sort key type, in pg_amproc order. */
    private static List<PgType> inRangeOffsets(PgType key) {
        return switch (key) {
            case INT2 -> List.of(PgType.INT8, PgType.INT4, PgType.INT2);
            case INT4 -> List.of(PgType.INT8, PgType.INT4, PgType.INT2);
            case INT8 -> List.of(PgType.INT8);
            case FLOAT4, FLOAT8 -> List.of(PgType.FLOAT8);
            case NUMERIC -> List.of(PgType.NUMERIC);
            case DATE, TIME, TIMETZ, TIMESTAMP, TIMESTAMPTZ, INTERVAL -> List.of(PgType.INTERVAL);
            default -> List.of();
        };
    }

    /** transformFrameOffset's choice of in_range function for RANGE. */
    private static PgType rangeOffsetType(PgType key, PgType offset, int location) {
        List<PgType> candidates = inRangeOffsets(key);
        if (candidates.isEmpty()) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "RANGE with offset PRECEDING/FOLLOWING is not supported for column type %s",
                    OverloadResolver.typeText(key)).at(location + 1);
        }
        PgType preferred = offset != PgType.UNKNOWN ? offset : key;
        PgType selected = null;
        int matches = 0;
        for (PgType candidate : candidates) {
            if (!OverloadResolver.coercible(offset, candidate)) {
                continue;
            }
            matches++;
            if (candidate == preferred || selected == null) {
                selected = candidate;
            }
        }
        if (matches == 0) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "RANGE with offset PRECEDING/FOLLOWING is not supported for column type %s and offset type %s",
                    OverloadResolver.typeText(key), OverloadResolver.typeText(offset))
                    .hint("Cast the offset value to an appropriate type.").at(location + 1);
        }
        if (matches != 1 && selected != preferred) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "RANGE with offset PRECEDING/FOLLOWING has multiple interpretations for column type %s and offset type %s",
                    OverloadResolver.typeText(key), OverloadResolver.typeText(offset))
                    .hint("Cast the offset value to the exact intended type.").at(location + 1);
        }
        return selected;
    }
}
