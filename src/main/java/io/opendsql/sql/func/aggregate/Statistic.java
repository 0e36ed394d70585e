package io.opendsql.sql.func.aggregate;

/** What a moments-based aggregate returns from its count, sum and sum of squares. */
enum Statistic {
    AVG, VAR_POP, VAR_SAMP, STDDEV_POP, STDDEV_SAMP;

    boolean sample() {
        return this == VAR_SAMP || this == STDDEV_SAMP;
    }

    boolean root() {
        return this == STDDEV_POP || this == STDDEV_SAMP;
    }
}
