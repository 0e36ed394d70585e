package io.opendsql.sql.types;

import java.math.BigDecimal;

/**
 * A rough estimate of the heap bytes a value of any type occupies (object header, fields, contents), for the
 * operators' temp space accounting. It need not be exact, only proportional to what a value really holds.
 */
public final class ValueSize {
    private ValueSize() {
    }

    private static final long HEADER = 16;

    /** Estimated bytes of one value; 0 for SQL NULL. */
    public static long of(Object value) {
        return switch (value) {
            case null -> 0;
            case String s -> HEADER + 24 + s.length() * 2L;
            case byte[] b -> HEADER + b.length;
            case Numeric n -> HEADER + 16 + (n.isFinite() ? decimal(n.decimal()) : 0);
            case PgArray a -> {
                long total = HEADER + 64 + 8L * a.elements().size();
                for (Object element : a.elements()) {
                    total += of(element);
                }
                yield total;
            }
            default -> HEADER + 16;
        };
    }

    private static long decimal(BigDecimal value) {
        return HEADER + 24 + value.precision() / 2 + 8;
    }

    /** Estimated bytes of a row: the array itself and every value in it. */
    public static long ofRow(Object[] row) {
        long total = HEADER + 8L * row.length;
        for (Object value : row) {
            total += of(value);
        }
        return total;
    }
}
