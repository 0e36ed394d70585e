package io.opendsql.sql.func.aggregate;

import java.util.Locale;
import java.util.Optional;

/**
 * The built-in window functions that are not aggregates (pg_proc prokind 'w'). The window operator computes
 * them from a partition's rows, their order and peers; their argument and result types are bound by the
 * analyzer.
 */
public enum WindowFunction {
    ROW_NUMBER, RANK, DENSE_RANK, PERCENT_RANK, CUME_DIST, NTILE, LAG, LEAD, FIRST_VALUE, LAST_VALUE, NTH_VALUE;

    /** The function called {@code name}, if it is one of these. */
    public static Optional<WindowFunction> byName(String name) {
        for (WindowFunction f : values()) {
            if (f.sqlName().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
