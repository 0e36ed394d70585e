package io.opendsql.sql.func.aggregate;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Interval;
import io.opendsql.sql.types.PgArray;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.ValueOrder;
import io.opendsql.sql.types.ValueSize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered-set aggregates percentile_cont, percentile_disc and mode (orderedsetaggs.c). Their input arrives
 * already in the WITHIN GROUP order; NULL inputs are ignored. A percentile is a float8 or a float8 array (one
 * result per element, NULL elements giving NULL).
 */
final class OrderedSet implements Accumulator {
    enum Kind { PERCENTILE_CONT, PERCENTILE_DISC, MODE }

    private final Kind kind;
    private final PgType type;
    private final Object fraction;
    private final List<Object> values = new ArrayList<>();
    private long held;

    OrderedSet(Kind kind, PgType type, Object fraction) {
        this.kind = kind;
        this.type = type;
        this.fraction = fraction;
    }

    @Override
    public void add(Object[] args) {
        if (args[0] != null) {
            values.add(args[0]);
            held += 8 + ValueSize.of(args[0]);
        }
    }

    @Override
    public long heldBytes() {
        return held;
    }

    @Override
    public Object result() {
        if (kind == Kind.MODE) {
            return mode();
        }
        if (fraction == null) {
            return null;
        }
        if (fraction instanceof PgArray fractions) {
            if (values.isEmpty()) {
                return null;
            }
            List<Object> results = new ArrayList<>();
            for (Object element : fractions.elements()) {
                results.add(element == null ? null : percentile(checked((Double) element)));
            }
            return new PgArray(fractions.dimensions(), fractions.lowerBounds(), results);
        }
        double percentile = checked((Double) fraction);
        return values.isEmpty() ? null : percentile(percentile);
    }

    private static double checked(double percentile) {
        if (percentile < 0 || percentile > 1 || Double.isNaN(percentile)) {
            throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "percentile value %s is not between 0 and 1",
                    formatG(percentile));
        }
        return percentile;
    }

    private Object percentile(double percentile) {
        int count = values.size();
        if (kind == Kind.PERCENTILE_DISC) {
            long row = (long) Math.ceil(percentile * count);
            return values.get((int) Math.max(row, 1) - 1);
        }
        double position = percentile * (count - 1);
        long firstRow = (long) Math.floor(position);
        long secondRow = (long) Math.ceil(position);
        Object first = values.get((int) firstRow);
        if (firstRow == secondRow) {
            return first;
        }
        Object second = values.get((int) secondRow);
        double proportion = position - firstRow;
        if (type == PgType.INTERVAL) {
            Interval low = (Interval) first;
            Interval difference = IntervalMath.add((Interval) second, low, -1);
            return IntervalMath.add(IntervalMath.multiply(difference, proportion), low, 1);
        }
        double low = (Double) first;
        return low + ((Double) second - low) * proportion;
    }

    private Object mode() {
        Object best = null;
        long bestCount = 0;
        Object current = null;
        long currentCount = 0;
        for (Object value : values) {
            if (current != null && ValueOrder.compare(type, current, value) == 0) {
                currentCount++;
            } else {
                current = value;
                currentCount = 1;
            }
            if (currentCount > bestCount) {
                best = current;
                bestCount = currentCount;
            }
        }
        return best;
    }

    /** C's printf {@code %g}: six significant digits, trailing zeros removed, exponent form outside 1e-4..1e6. */
    static String formatG(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(6));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= -4 && exponent < 6) {
            String plain = rounded.setScale(Math.max(5 - exponent, 0), java.math.RoundingMode.UNNECESSARY)
                    .toPlainString();
            return stripZeros(plain);
        }
        BigDecimal mantissa = rounded.movePointLeft(exponent);
        String digits = stripZeros(mantissa.setScale(5, java.math.RoundingMode.UNNECESSARY).toPlainString());
        return digits + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }

    private static String stripZeros(String number) {
        if (number.indexOf('.') < 0) {
            return number;
        }
        String stripped = number.replaceAll("0+$", "");
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
