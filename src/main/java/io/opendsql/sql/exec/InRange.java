package io.opendsql.sql.exec;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.func.FunctionContext;
import io.opendsql.sql.func.FunctionDef;
import io.opendsql.sql.func.OverloadResolver;
import io.opendsql.sql.types.Casts;
import io.opendsql.sql.types.Interval;
import io.opendsql.sql.types.Numeric;
import io.opendsql.sql.types.PgTime;
import io.opendsql.sql.types.PgTimeTz;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import io.opendsql.sql.types.ValueOrder;
import java.math.BigInteger;
import java.util.List;

/**
 * The in_range support functions of RANGE frames with an offset: whether {@code value} lies at or before
 * ({@code less}) or at or after {@code base + offset} (or {@code base - offset} when {@code sub}), for the sort
 * key and offset types PostgreSQL has them for, with their treatment of NaN, infinities and overflow, and
 * {@code 22013} for a negative offset.
 */
final class InRange {
    private final PgType keyType;
    private final PgType offsetType;
    private final FunctionContext context;
    private final FunctionDef plus;
    private final FunctionDef minus;

    InRange(PgType keyType, PgType offsetType, FunctionContext context) {
        this.keyType = keyType;
        this.offsetType = offsetType;
        this.context = context;
        boolean datetime = keyType == PgType.DATE || keyType == PgType.TIMESTAMP || keyType == PgType.TIMESTAMPTZ
                || keyType == PgType.INTERVAL;
        this.plus = datetime ? OverloadResolver.resolveOperator("+", List.of(keyType, offsetType)) : null;
        this.minus = datetime ? OverloadResolver.resolveOperator("-", List.of(keyType, offsetType)) : null;
    }

    private static DsqlException invalidSize() {
        return DsqlException.of(SqlState.INVALID_PRECEDING_OR_FOLLOWING_SIZE,
                "invalid preceding or following size in window function");
    }

    boolean test(Object value, Object base, Object offset, boolean sub, boolean less) {
        return switch (keyType) {
            case INT2, INT4, INT8 -> integers(((Number) value).longValue(), ((Number) base).longValue(),
                    ((Number) offset).longValue(), sub, less);
            case FLOAT4, FLOAT8 -> floats(((Number) value).doubleValue(), ((Number) base).doubleValue(),
                    ((Number) offset).doubleValue(), sub, less);
            case NUMERIC -> numerics((Numeric) value, (Numeric) base, (Numeric) offset, sub, less);
            case TIME -> {
                checkInterval(offset);
                long sum = ((PgTime) base).micros() + (sub ? -1 : 1) * ((Interval) offset).micros();
                long v = ((PgTime) value).micros();
                yield less ? v <= sum : v >= sum;
            }
            case TIMETZ -> {
                checkInterval(offset);
                PgTimeTz b = (PgTimeTz) base;
                PgTimeTz v = (PgTimeTz) value;
                long sum = b.micros() + (sub ? -1 : 1) * ((Interval) offset).micros();
                int cmp = Long.compare(v.micros() + v.zoneWest() * 1_000_000L, sum + b.zoneWest() * 1_000_000L);
                if (cmp == 0) {
                    cmp = Integer.compare(v.zoneWest(), b.zoneWest());
                }
                yield less ? cmp <= 0 : cmp >= 0;
            }
            case DATE, TIMESTAMP, TIMESTAMPTZ, INTERVAL -> {
                checkInterval(offset);
                FunctionDef op = sub ? minus : plus;
                Object sum = op.implementation().apply(new FunctionDef.Arguments(new Object[] {base, offset},
                        new PgType[] {keyType, offsetType}, context));
                PgType sumType = op.resultType();
                Object v = keyType == sumType ? value
                        : Casts.cast(value, keyType, SqlType.of(sumType), context.types(), false);
                int cmp = ValueOrder.compare(sumType, v, sum);
                yield less ? cmp <= 0 : cmp >= 0;
            }
            default -> throw new IllegalStateException("no in_range for " + keyType);
        };
    }

    private static boolean integers(long value, long base, long offset, boolean sub, boolean less) {
        if (offset < 0) {
            throw invalidSize();
        }
        BigInteger sum = BigInteger.valueOf(base).add(BigInteger.valueOf(sub ? -offset : offset));
        int cmp = BigInteger.valueOf(value).compareTo(sum);
        return less ? cmp <= 0 : cmp >= 0;
    }

    private static boolean floats(double value, double base, double offset, boolean sub, boolean less) {
        if (Double.isNaN(offset) || offset < 0) {
            throw invalidSize();
        }
        if (Double.isNaN(value)) {
            return Double.isNaN(base) || !less;
        }
        if (Double.isNaN(base)) {
            return less;
        }
        if (Double.isInfinite(offset) && Double.isInfinite(base) && (sub ? base > 0 : base < 0)) {
            return true;
        }
        double sum = sub ? base - offset : base + offset;
        return less ? value <= sum : value >= sum;
    }

    private static boolean numerics(Numeric value, Numeric base, Numeric offset, boolean sub, boolean less) {
        if (offset.isNaN() || offset.kind() == Numeric.Kind.NEGATIVE_INFINITY
                || (offset.isFinite() && offset.decimal().signum() < 0)) {
            throw invalidSize();
        }
        if (value.isNaN()) {
            return base.isNaN() || !less;
        }
        if (base.isNaN()) {
            return less;
        }
        if (!offset.isFinite()) {
            if (sub ? base.kind() == Numeric.Kind.POSITIVE_INFINITY : base.kind() == Numeric.Kind.NEGATIVE_INFINITY) {
                return true;
            }
            if (sub) {
                return !less || value.kind() == Numeric.Kind.NEGATIVE_INFINITY;
            }
            return less || value.kind() == Numeric.Kind.POSITIVE_INFINITY;
        }
        Numeric sum;
        if (!base.isFinite()) {
            sum = base;
        } else {
            sum = Numeric.of(sub ? base.decimal().subtract(offset.decimal()) : base.decimal().add(offset.decimal()));
        }
        int cmp = value.compareTo(sum);
        return less ? cmp <= 0 : cmp >= 0;
    }

    private static void checkInterval(Object offset) {
        if (((Interval) offset).compareTo(Interval.ZERO) < 0) {
            throw invalidSize();
        }
    }
}
